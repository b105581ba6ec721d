// Nationality words and the country they stand for ("Hungarian officials" -> Hungary), for
// subjects that name a state only by its adjective. A small table kept here until a shared
// country data module exists; each line is "country|code|adjective forms and plural nouns".

const TABLE = `
Afghanistan|AF|afghan,afghans
Albania|AL|albanian,albanians
Algeria|DZ|algerian,algerians
Angola|AO|angolan,angolans
Argentina|AR|argentine,argentinian,argentinians,argentines
Armenia|AM|armenian,armenians
Australia|AU|australian,australians
Austria|AT|austrian,austrians
Azerbaijan|AZ|azerbaijani,azerbaijanis,azeri,azeris
Bangladesh|BD|bangladeshi,bangladeshis
Belarus|BY|belarusian,belarusians
Belgium|BE|belgian,belgians
Bolivia|BO|bolivian,bolivians
Bosnia and Herzegovina|BA|bosnian,bosnians
Brazil|BR|brazilian,brazilians
Bulgaria|BG|bulgarian,bulgarians
Burundi|BI|burundian,burundians
Cambodia|KH|cambodian,cambodians
Cameroon|CM|cameroonian,cameroonians
Canada|CA|canadian,canadians
Chad|TD|chadian,chadians
Chile|CL|chilean,chileans
China|CN|chinese
Colombia|CO|colombian,colombians
Democratic Republic of the Congo|CD|congolese
Croatia|HR|croatian,croatians,croat,croats
Cuba|CU|cuban,cubans
Cyprus|CY|cypriot,cypriots
Czech Republic|CZ|czech,czechs
Denmark|DK|danish,danes
Ecuador|EC|ecuadorian,ecuadorians
Egypt|EG|egyptian,egyptians
Eritrea|ER|eritrean,eritreans
Estonia|EE|estonian,estonians
Ethiopia|ET|ethiopian,ethiopians
Fiji|FJ|fijian,fijians
Finland|FI|finnish,finns
France|FR|french
Gambia|GM|gambian,gambians
Georgia|GE|georgian,georgians
Germany|DE|german,germans
Ghana|GH|ghanaian,ghanaians
Greece|GR|greek,greeks
Guinea|GN|guinean,guineans
Haiti|HT|haitian,haitians
Hungary|HU|hungarian,hungarians
India|IN|indian,indians
Indonesia|ID|indonesian,indonesians
Iran|IR|iranian,iranians
Iraq|IQ|iraqi,iraqis
Ireland|IE|irish
Israel|IL|israeli,israelis
Italy|IT|italian,italians
Ivory Coast|CI|ivorian,ivorians
Japan|JP|japanese
Jordan|JO|jordanian,jordanians
Kazakhstan|KZ|kazakh,kazakhs
Kenya|KE|kenyan,kenyans
Kosovo|XK|kosovar,kosovars
Kuwait|KW|kuwaiti,kuwaitis
Kyrgyzstan|KG|kyrgyz
Laos|LA|laotian,laotians
Latvia|LV|latvian,latvians
Lebanon|LB|lebanese
Liberia|LR|liberian,liberians
Libya|LY|libyan,libyans
Lithuania|LT|lithuanian,lithuanians
Macedonia|MK|macedonian,macedonians
Malaysia|MY|malaysian,malaysians
Mali|ML|malian,malians
Mauritania|MR|mauritanian,mauritanians
Mexico|MX|mexican,mexicans
Moldova|MD|moldovan,moldovans
Mongolia|MN|mongolian,mongolians
Montenegro|ME|montenegrin,montenegrins
Morocco|MA|moroccan,moroccans
Mozambique|MZ|mozambican,mozambicans
Myanmar|MM|burmese
Namibia|NA|namibian,namibians
Nepal|NP|nepalese,nepali,nepalis
Netherlands|NL|dutch
New Zealand|NZ|new zealander
Nicaragua|NI|nicaraguan,nicaraguans
Niger|NE|nigerien,nigeriens
Nigeria|NG|nigerian,nigerians
North Korea|KP|north korean,north koreans
Norway|NO|norwegian,norwegians
Pakistan|PK|pakistani,pakistanis
Palestine|PS|palestinian,palestinians
Panama|PA|panamanian,panamanians
Peru|PE|peruvian,peruvians
Philippines|PH|philippine,filipino,filipinos
Poland|PL|polish,poles
Portugal|PT|portuguese
Qatar|QA|qatari,qataris
Romania|RO|romanian,romanians
Russia|RU|russian,russians
Rwanda|RW|rwandan,rwandans
Saudi Arabia|SA|saudi,saudis
Senegal|SN|senegalese
Serbia|RS|serbian,serbians,serb,serbs
Sierra Leone|SL|sierra leonean,sierra leoneans
Singapore|SG|singaporean,singaporeans
Slovakia|SK|slovak,slovaks
Slovenia|SI|slovenian,slovenians,slovene,slovenes
Somalia|SO|somali,somalis
South Africa|ZA|south african,south africans
South Korea|KR|south korean,south koreans,korean,koreans
Spain|ES|spanish,spaniards
Sri Lanka|LK|sri lankan,sri lankans
Sudan|SD|sudanese
Sweden|SE|swedish,swedes
Switzerland|CH|swiss
Syria|SY|syrian,syrians
Taiwan|TW|taiwanese
Tajikistan|TJ|tajik,tajiks
Tanzania|TZ|tanzanian,tanzanians
Thailand|TH|thai,thais
Tunisia|TN|tunisian,tunisians
Turkey|TR|turkish,turks
Turkmenistan|TM|turkmen
Uganda|UG|ugandan,ugandans
Ukraine|UA|ukrainian,ukrainians
United Arab Emirates|AE|emirati,emiratis
United Kingdom|GB|british,briton,britons
United States|US|american,americans
Uruguay|UY|uruguayan,uruguayans
Uzbekistan|UZ|uzbek,uzbeks
Venezuela|VE|venezuelan,venezuelans
Vietnam|VN|vietnamese
Yemen|YE|yemeni,yemenis
Zambia|ZM|zambian,zambians
Zimbabwe|ZW|zimbabwean,zimbabweans
European Union|EU|european
`;

export interface Nationality {
  readonly country: string;
  /** ISO 3166-1 alpha-2 code (EU for the European Union), to find the country among the places. */
  readonly code: string;
  /** Number of words of the nationality word ("south korean" is two). */
  readonly words: number;
}

const INDEX = new Map<string, Nationality>();
const BY_CODE = new Map<string, string>();
for (const line of TABLE.trim().split("\n")) {
  const [country, code, forms] = line.split("|") as [string, string, string];
  BY_CODE.set(code, country);
  for (const form of forms.split(",")) INDEX.set(form, { country, code, words: form.split(" ").length });
}

/**
 * The nationality named by the words at `i` (lower case), trying two-word forms first
 * ("south korean" before "korean").
 */
export function nationalityAt(lower: readonly string[], i: number): Nationality | null {
  const two = i + 1 < lower.length ? INDEX.get(`${lower[i]} ${lower[i + 1]}`) : undefined;
  return two ?? INDEX.get(lower[i] ?? "") ?? null;
}

/** The country's name for an ISO code, when the table has it. */
export const countryNamed = (code: string): string | null => BY_CODE.get(code) ?? null;
