// Evidence that a name is an organization: the words organizations end with ("... Bank",
// "... Party", "... Inc"), the heads that open one ("Ministry of ...", "University of ..."), and a
// curated list of well-known organizations and acronyms that carry no such word (Reuters, NATO).

export interface WordRule {
  readonly id: string;
  readonly words: readonly string[];
  readonly reason: string;
}

export const ORG_ENDINGS: readonly WordRule[] = [
  { id: "company-suffix", words: ["inc", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "ag", "sa", "nv", "bv", "gmbh", "spa", "ab", "asa", "oy", "oyj", "kk", "bhd", "pty", "cos", "lp", "group", "holding", "holdings", "industries", "enterprises", "partners", "associates", "brothers", "bros"], reason: "Legal forms and group words close company names." },
  { id: "company-sector", words: ["bank", "bancorp", "airlines", "airline", "airways", "motors", "motor", "petroleum", "oil", "energy", "steel", "telecom", "telecommunications", "communications", "systems", "technologies", "technology", "electronics", "electric", "pharmaceuticals", "pharma", "chemicals", "chemical", "securities", "capital", "investments", "insurance", "assurance", "finance", "financial", "trust", "fund", "funds", "exchange", "railways", "railway", "mining", "mines", "foods", "stores", "shipping", "shipyard", "shipbuilding", "construction", "cement", "textiles", "brewery", "breweries", "media", "press", "publishing", "software", "networks", "network", "entertainment", "pictures", "studios", "records", "resources", "gas", "power", "utilities", "aerospace", "automotive", "logistics", "healthcare", "labs", "laboratories", "international", "worldwide", "markets"], reason: "Sector words that end company names (Deutsche Bank, British Airways)." },
  { id: "public-body", words: ["ministry", "department", "agency", "commission", "committee", "council", "authority", "board", "bureau", "office", "service", "services", "administration", "directorate", "secretariat", "inspectorate", "tribunal", "court", "parliament", "assembly", "congress", "senate", "cabinet", "government", "police", "army", "navy", "force", "forces", "guard", "guards", "militia", "command", "corps", "brigade", "regiment", "reserve", "treasury", "mint", "customs", "representatives", "commons", "lords", "deputies", "councillors", "system"], reason: "Ministries, assemblies, courts, armed forces and other public bodies." },
  { id: "association", words: ["party", "union", "unions", "federation", "association", "associations", "organisation", "organization", "league", "alliance", "coalition", "front", "movement", "society", "foundation", "institute", "institution", "center", "centre", "academy", "university", "college", "school", "church", "club", "chamber", "confederation", "syndicate", "cooperative", "co-operative", "group", "council", "consortium", "network", "conference", "congress", "brigades", "army", "mujahideen", "unit", "team", "project"], reason: "Parties, unions, federations, institutes, clubs and other associations." },
  { id: "media", words: ["times", "post", "news", "journal", "herald", "telegraph", "tribune", "gazette", "daily", "weekly", "magazine", "radio", "television", "tv", "broadcasting", "newspaper", "agency", "monitor", "observer", "guardian", "independent", "chronicle", "express", "mail", "star", "sun", "mirror", "inquirer", "review", "bulletin", "wire", "newswire", "newsroom", "desk", "newsdesk"], reason: "Newspapers, broadcasters and news agencies." },
  { id: "sports-club", words: ["united", "city", "rovers", "wanderers", "athletic", "athletico", "atletico", "albion", "fc", "afc", "cf", "sc", "sv", "rangers", "hotspur", "county", "town", "villa", "forest", "argyle", "orient", "wednesday", "rovers", "thistle", "hearts", "celtic", "stars", "kings", "giants", "yankees", "dodgers", "sox", "cubs", "mets", "braves", "pirates", "reds", "tigers", "twins", "royals", "mariners", "angels", "athletics", "orioles", "brewers", "rockies", "padres", "marlins", "expos", "astros", "indians", "cardinals", "phillies", "blue jays", "rams", "bears", "lions", "eagles", "jets", "bulls", "lakers", "celtics", "knicks", "warriors", "spurs", "rockets", "bucks", "hawks", "heat", "magic", "jazz", "suns", "nets", "pistons", "pacers", "raptors", "canucks", "flames", "oilers", "islanders", "penguins", "sabres", "devils", "bruins", "panthers", "dolphins", "patriots", "steelers", "chiefs", "raiders", "packers", "cowboys", "redskins", "49ers", "seahawks", "broncos", "chargers", "colts", "bengals", "vikings", "saints", "falcons", "buccaneers", "oilers"], reason: "Club and franchise names: the words teams are called by after their town." },
];

/** Heads that open an organization name before "of"/"for" ("Bank of England", "Ministry of Defence"). */
export const ORG_HEADS: WordRule = {
  id: "org-head",
  words: ["bank", "ministry", "department", "university", "college", "institute", "council", "commission", "committee", "association", "federation", "union", "league", "party", "office", "bureau", "board", "court", "chamber", "organisation", "organization", "society", "church", "academy", "agency", "authority", "school", "movement", "front", "alliance", "confederation", "house", "army", "fund", "foundation", "centre", "center", "corporation", "company", "federal", "national", "people's", "congress", "parliament", "assembly", "secretariat", "order", "brotherhood", "friends", "daughters", "sons", "museum", "hospital", "conference", "exchange", "palace", "cabinet"],
  reason: "Heads that take an 'of' or 'for' complement as part of the name.",
};

/** Well-known organizations that no ending word reveals. Names and acronyms, as written. */
export const WELL_KNOWN_ORGS: readonly WordRule[] = [
  { id: "news-agencies", words: ["Reuters", "RTRS", "Associated Press", "AP", "AFP", "Agence France-Presse", "Xinhua", "Itar-Tass", "Tass", "Interfax", "Kyodo", "Bloomberg", "Anadolu", "ANSA", "DPA", "EFE", "MENA", "IRNA", "KCNA", "Yonhap", "Bernama", "Antara", "PAP", "CTK", "MTI", "BTA", "Tanjug", "HINA", "ATA", "ANP", "Belga", "APA", "SDA", "NTB", "TT", "Ritzau", "STT", "BBC", "CNN", "NBC", "CBS", "ABC", "ITN", "Al Jazeera", "Yomiuri", "Asahi", "Mainichi", "Pravda", "Izvestia", "Le Monde", "Der Spiegel", "Bild", "Xinhua News Agency", "Middle East News Agency", "Nasdaq", "NYSE", "Moody's", "Standard & Poor's", "S&P", "Fitch", "Lloyd's", "Moody's Investors Service"], reason: "News agencies, broadcasters, exchanges and raters named by brand; RTRS is Reuters' own code, which opens its wire lines (\"RTRS - ...\")." },
  { id: "international-bodies", words: ["UN", "U.N.", "United Nations", "NATO", "Organisation for Security and Cooperation in Europe", "Organization for Security and Cooperation in Europe", "Organisation of Petroleum Exporting Countries", "Organization of Petroleum Exporting Countries", "Economic Community of West African States", "Commonwealth of Independent States", "Bureau of Alcohol, Tobacco and Firearms", "Organisation of African Unity", "Organization of African Unity", "Organisation of the Islamic Conference", "Organization of the Islamic Conference", "Organisation for Economic Cooperation and Development", "Organization for Economic Cooperation and Development", "Association of Southeast Asian Nations", "Asia-Pacific Economic Cooperation", "United Nations Educational, Scientific and Cultural Organisation", "International Committee of the Red Cross", "Federal Open Market Committee", "Securities and Exchange Commission", "Food and Drug Administration", "Medecins Sans Frontieres", "EU", "European Union", "European Commission", "IMF", "World Bank", "WTO", "WHO", "UNESCO", "UNICEF", "UNHCR", "UNCTAD", "OPEC", "OECD", "OSCE", "ASEAN", "APEC", "G7", "G8", "G20", "Interpol", "Europol", "Red Cross", "Red Crescent", "ICRC", "Amnesty International", "Greenpeace", "Human Rights Watch", "IAEA", "ILO", "FAO", "Arab League", "African Union", "OAU", "Commonwealth", "Mercosur", "Nafta", "NAFTA", "GATT", "ECB", "EBRD", "ADB", "IFC", "Security Council", "Bundesbank", "Fed", "Federal Reserve", "Bank of England", "Bank of Japan", "Eurostat", "CIS", "EFTA", "WEU", "IOC", "FIFA", "UEFA", "ATP", "WTA", "ICC", "NBA", "NFL", "NHL", "MLB", "NCAA", "IAAF", "FIA", "PGA"], reason: "International organizations, central banks and sports governing bodies." },
  { id: "political-groups", words: ["Hamas", "Hezbollah", "Hizbollah", "PLO", "Fatah", "Taleban", "Taliban", "IRA", "Sinn Fein", "ANC", "Likud", "Labour", "Pentagon", "Congress", "Senate", "Duma", "Knesset", "Bundestag", "Politburo", "Vatican", "Mossad", "CIA", "FBI", "KGB", "FSB", "MI5", "MI6", "ETA", "PKK", "KDP", "PUK", "Khmer Rouge", "Polisario", "Mujahideen", "Al Qaeda", "al-Qaeda", "Shin Bet", "Stasi", "Scotland Yard", "Interior Ministry", "Foreign Ministry", "Defence Ministry", "Defense Ministry", "Finance Ministry", "State Department", "Justice Department", "Treasury", "EPA", "FDA", "SEC", "FAA", "NASA", "NTSB", "Supreme Court", "Communist Party", "Parliament"], reason: "Parties, movements, governments named by their seat, and security services." },
  { id: "companies", words: ["IBM", "Microsoft", "Apple", "Intel", "Google", "Amazon", "Boeing", "Airbus", "Siemens", "Philips", "Sony", "Toyota", "Honda", "Nissan", "Mitsubishi", "Hitachi", "Toshiba", "Samsung", "Hyundai", "Daewoo", "LG", "Volkswagen", "BMW", "Daimler", "Daimler-Benz", "Renault", "Peugeot", "Fiat", "GM", "Chrysler", "General Motors", "General Electric", "GE", "AT&T", "Exxon", "Mobil", "Shell", "BP", "Texaco", "Chevron", "ENI", "Gazprom", "Lukoil", "Aramco", "Nestle", "Unilever", "Coca-Cola", "Pepsi", "PepsiCo", "McDonald's", "Wal-Mart", "Walmart", "Nike", "Disney", "Time Warner", "Motorola", "Nokia", "Ericsson", "Alcatel", "Olivetti", "Compaq", "Oracle", "Netscape", "Hewlett-Packard", "Xerox", "Kodak", "Goldman Sachs", "Morgan Stanley", "Merrill Lynch", "Citicorp", "Citibank", "Barclays", "HSBC", "UBS", "Credit Suisse", "Deutsche Telekom", "France Telecom", "Telefonica", "Vodafone", "BT", "Lufthansa", "KLM", "Qantas", "Aeroflot", "Swissair", "Alitalia", "Iberia", "Sabena", "Ansett", "Cathay Pacific", "Bayer", "BASF", "Hoechst", "Novartis", "Roche", "Glaxo", "Pfizer", "Merck", "Nintendo", "Sega", "Fujitsu", "NEC", "Matsushita", "Panasonic", "Volvo", "Saab", "Scania", "Ikea", "Carlsberg", "Heineken", "Guinness", "Rolls-Royce", "Jaguar", "Porsche", "Audi", "Opel", "Vauxhall", "Yamaha", "Suzuki", "Mazda", "Isuzu", "Kia", "Petrobras", "Pemex", "PDVSA", "Sinopec", "Nasa", "Airtours", "Eurotunnel", "Ferrari", "Benetton", "McLaren", "Ligier", "Tyrrell"], reason: "Large companies and racing teams known by a bare brand name." },
  { id: "platforms", words: ["Facebook", "Instagram", "WhatsApp", "TikTok", "YouTube", "Twitter", "LinkedIn", "Snapchat", "Reddit", "Pinterest", "Netflix", "Spotify", "Uber", "Lyft", "Airbnb", "PayPal", "eBay", "Alibaba", "Tencent", "ByteDance", "Baidu", "Huawei", "Xiaomi", "Tesla", "SpaceX", "Nvidia", "OpenAI", "Qualcomm", "Salesforce", "Yahoo", "Cisco", "Adobe", "Foxconn", "TSMC"], reason: "Technology companies and platforms of the last two decades, named by their brand alone in news about them (\"shared on WhatsApp and Instagram\")." },
];

const lower = (ws: readonly string[]) => new Set(ws.map((w) => w.toLowerCase()));

/** Club and franchise words, which alone name a side in a sports report ("the Orioles", "United"). */
export const SPORTS_CLUB_WORDS: ReadonlySet<string> = lower(ORG_ENDINGS.find((r) => r.id === "sports-club")!.words);
const endings = lower(ORG_ENDINGS.flatMap((r) => r.words));
const heads = lower(ORG_HEADS.words);

const bodies = lower(ORG_ENDINGS.filter((r) => r.id === "public-body" || r.id === "association").flatMap((r) => r.words));
/** Endings of public bodies and associations, not of companies ("Commission", "Union"). */
export const isBodyEnding = (word: string): boolean => bodies.has(word.toLowerCase());

export const isOrgEnding = (word: string): boolean => endings.has(word.toLowerCase().replace(/\.$/, ""));
export const isOrgHead = (word: string): boolean => heads.has(word.toLowerCase());
/** Ending words that also end place names ("Mexico City", "Orange County"): weak evidence alone. */
export const WEAK_ORG_ENDINGS: ReadonlySet<string> = new Set(["city", "county", "town", "forest", "villa", "star", "sun", "wednesday", "international", "capital", "power", "magic", "heat", "national", "post", "express", "mail", "independent", "guardian", "observer", "monitor", "review", "kings", "stars", "giants", "unit", "team", "daily"]);

/**
 * Legal forms that close a company's name: "of" after them starts a new name ("Kia Motors Corp
 * of South Korea" is the firm and its country). "Corp" and "Co" may still take one ("Power Corp
 * of Canada"), unless "of the" follows ("Dow Chemical Co of the United States").
 */
/** The fields of a state's ministries ("Foreign Ministry", "Health Ministry"), which open their names. */
export const MINISTRY_FIELDS: ReadonlySet<string> = new Set(["foreign", "interior", "defence", "defense", "finance", "justice", "health", "education", "agriculture", "trade", "economy", "labour", "labor", "transport", "environment", "energy", "home"]);

export const CLOSING_LEGAL_FORMS: ReadonlySet<string> = new Set(["inc", "ltd", "limited", "plc", "llc", "ag", "sa", "nv", "bv", "gmbh", "spa", "ab", "asa", "oy", "oyj", "kk", "bhd", "lp"]);
export const LEGAL_FORMS: ReadonlySet<string> = new Set([...CLOSING_LEGAL_FORMS, "corp", "corporation", "co", "company", "cos"]);

/** Key for comparing names: lower case, no dots or apostrophes, single spaces. */
export const nameKey = (s: string): string => s.toLowerCase().replace(/[.'’]/g, "").replace(/[-\s]+/g, " ").trim();

const wellKnown = new Map<string, string>();
for (const r of WELL_KNOWN_ORGS) for (const w of r.words) wellKnown.set(nameKey(w), r.id);
/**
 * Well-known names that hold lower-case words or commas ("Organisation for Security and
 * Cooperation in Europe"): capitalised runs cannot find them, so the text is searched for them.
 */
export const WELL_KNOWN_PHRASES: readonly string[] = WELL_KNOWN_ORGS.flatMap((r) => r.words).filter((w) => /\s\p{Ll}|,/u.test(w));

/** The rule id when `name` is a well-known organization, else null. */
export const wellKnownOrg = (name: string): string | null => wellKnown.get(nameKey(name)) ?? null;
