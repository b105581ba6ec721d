// Countries: names, alternative spellings, demonyms and a representative point, from the
// world-countries package (ODbL; see README), with the names news use that it lacks (Britain,
// Zaire, the historical names of 1990s reporting).
import { type GeneratedTable, readTable } from "../generated.js";
import { once, placeKey, requireData } from "./load.js";

export interface Country {
  readonly code: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  altSpellings: string[];
  latlng: [number, number];
  unMember?: boolean;
  demonyms?: { eng?: { f: string; m: string } };
  translations?: Record<string, { common: string; official: string }>;
}

/**
 * Spellings the package lists that are English words or names in text ("Island" is Iceland in
 * German, "Mann" the Isle of Man in Manx): read as a country, they would turn "Rhode Island" or
 * "Thomas Mann" into one.
 */
const NOT_COUNTRY_SPELLINGS: ReadonlySet<string> = new Set(["Island", "Mann", "Mannin", "Prathet", "Mexicanos", "Portuguesa", "Dominique", "Viti", "Lao", "Timor"]);

/** Names in news use that the package does not list; code first. */
const EXTRA_NAMES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["US", ["U.S.", "U.S.A.", "America", "United States", "US", "USA"]],
  ["GB", ["Britain", "U.K.", "Great Britain", "United Kingdom", "UK"]],
  ["NZ", ["NZ", "N.Z."]],
  ["HK", ["HK", "H.K."]],
  ["ZA", ["S. Africa"]],
  ["CD", ["Zaire", "Congo Republic"]],
  ["RS", ["Yugoslavia", "Serbia"]],
  ["CZ", ["Czech Republic"]],
  ["TR", ["Turkey"]],
  ["MK", ["Macedonia", "FYROM"]],
  ["KR", ["Korea", "S. Korea"]],
  ["KP", ["N. Korea"]],
  ["BA", ["Bosnia", "Bosnia-Herzegovina"]],
  ["AE", ["UAE", "U.A.E.", "Emirates"]],
  ["NL", ["Holland"]],
  ["VA", ["Vatican"]],
  ["PS", ["Palestinian Territories", "Palestinian territories"]],
  ["RU", ["Soviet Union", "USSR"]],
];

/** Demonyms news uses beside the package's own (plural and older forms). */
const EXTRA_DEMONYMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["US", ["Americans"]],
  ["GB", ["Briton", "Britons", "English", "Englishman", "Scottish", "Scot", "Scots", "Welsh", "Welshman", "Northern Irish"]],
  ["FR", ["Frenchman", "Frenchwoman", "French"]],
  ["NL", ["Dutchman", "Dutch"]],
  ["RU", ["Soviet", "Russians"]],
  ["RS", ["Yugoslav", "Serb", "Serbs", "Serbian"]],
  ["HR", ["Croat", "Croats"]],
  ["BA", ["Bosnian", "Bosnians", "Bosnian Serb", "Bosnian Moslem", "Bosnian Muslim"]],
  ["CZ", ["Czech", "Czechs"]],
  ["SK", ["Slovak", "Slovaks"]],
  ["PH", ["Filipino", "Filipinos", "Philippine"]],
  ["IL", ["Israeli", "Israelis"]],
  ["PS", ["Palestinian", "Palestinians"]],
  ["CH", ["Swiss"]],
  ["DK", ["Dane", "Danes", "Danish"]],
  ["SE", ["Swede", "Swedes", "Swedish"]],
  ["FI", ["Finn", "Finns", "Finnish"]],
  ["PL", ["Pole", "Poles", "Polish"]],
  ["TR", ["Turk", "Turks", "Turkish"]],
  ["ES", ["Spaniard", "Spaniards", "Spanish"]],
  ["NZ", ["New Zealander", "New Zealanders"]],
  ["KR", ["Korean", "Koreans", "S. Korean"]],
  ["CN", ["Chinese"]],
  ["JP", ["Japanese"]],
  ["IE", ["Irish", "Irishman"]],
  ["AU", ["Australians"]],
  ["DE", ["Germans"]],
  ["IT", ["Italians"]],
  ["TW", ["Taiwanese"]],
  // the package gives these words to a territory ("Indian" to the British Indian Ocean Territory,
  // "Norwegian" to Svalbard) or lacks them
  ["IN", ["Indian", "Indians"]],
  ["NO", ["Norwegian", "Norwegians"]],
  ["AR", ["Argentine", "Argentines", "Argentinian", "Argentinians"]],
  ["AZ", ["Azeri", "Azeris"]],
  ["EC", ["Ecuadorian", "Ecuadorians"]],
  ["KZ", ["Kazakh", "Kazakhs"]],
  ["KG", ["Kyrgyz"]],
  ["NP", ["Nepali", "Nepalis"]],
  ["SA", ["Saudi", "Saudis"]],
  ["SI", ["Slovenian", "Slovenians"]],
  ["TJ", ["Tajik", "Tajiks"]],
  ["UZ", ["Uzbek", "Uzbeks"]],
];

/** Points for the parts of the United Kingdom that news and sport treat as countries. */
export const HOME_NATIONS: ReadonlyArray<{ name: string; lat: number; lon: number }> = [
  { name: "England", lat: 52.5, lon: -1.5 },
  { name: "Scotland", lat: 56.5, lon: -4.2 },
  { name: "Wales", lat: 52.3, lon: -3.7 },
  { name: "Northern Ireland", lat: 54.6, lon: -6.7 },
];

interface CountryIndex {
  readonly byName: Map<string, Country>;
  readonly byCode: Map<string, Country>;
  readonly byDemonym: Map<string, string>;
  /** Names in other languages, by ISO 639-1 code: "Deutschland", "Allemagne". */
  readonly byLocalName: { get(lang: string): ReadonlyMap<string, Country> | undefined };
}

/** The package's three-letter codes of the languages whose country names are read. */
const LOCAL_LANGUAGES: Readonly<Record<string, string>> = { de: "deu", fr: "fra", es: "spa", it: "ita", pt: "por", nl: "nld", pl: "pol", sv: "swe", fi: "fin", hr: "hrv", cs: "ces", sk: "slk", hu: "hun", et: "est", tr: "tur" };

/** The index as it is built from the package. */
function buildIndex(): CountryIndex & { byLocalName: Map<string, Map<string, Country>> } {
  const data = requireData("world-countries/countries.json") as WorldCountry[];
  const byName = new Map<string, Country>();
  const byCode = new Map<string, Country>();
  const byDemonym = new Map<string, string>();
  // Territories share their state's demonym (Norwegian: Norway, Svalbard, Bouvet Island): the
  // member states of the United Nations are read first and keep it.
  for (const c of [...data.filter((x) => x.unMember), ...data.filter((x) => !x.unMember)]) {
    const d = c.demonyms?.eng;
    if (d?.m) for (const w of [d.m, d.f, `${d.m}s`]) if (w.length > 2 && !byDemonym.has(placeKey(w))) byDemonym.set(placeKey(w), c.cca2);
  }
  for (const [code, names] of EXTRA_DEMONYMS) for (const n of names) byDemonym.set(placeKey(n), code);
  for (const c of data) {
    const country: Country = { code: c.cca2, name: c.name.common, lat: c.latlng[0], lon: c.latlng[1] };
    byCode.set(c.cca2, country);
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      // Two-letter codes ("KR") are spellings in the package, but in text they are words ("IN",
      // "TO"); and a spelling that is a nationality word ("Thai") names people, not the country.
      if (n !== c.name.common && (n.length <= 2 || byDemonym.has(placeKey(n)) || NOT_COUNTRY_SPELLINGS.has(n))) continue;
      if (!byName.has(placeKey(n))) byName.set(placeKey(n), country);
    }
  }
  for (const [code, names] of EXTRA_NAMES) {
    const country = byCode.get(code);
    if (country) for (const n of names) byName.set(placeKey(n), country);
  }
  const byLocalName = new Map<string, Map<string, Country>>();
  for (const [lang, code3] of Object.entries(LOCAL_LANGUAGES)) {
    const names = new Map<string, Country>();
    for (const c of data) {
      const country = byCode.get(c.cca2)!;
      const native = c.name.native ?? {};
      for (const t of [c.translations?.[code3], native[code3]]) if (t) for (const n of [t.common, t.official]) if (!names.has(placeKey(n))) names.set(placeKey(n), country);
    }
    byLocalName.set(lang, names);
  }
  return { byName, byCode, byDemonym, byLocalName };
}

/** The index in the generated file: countries by code, and every name as the code it stands for. */
interface CompactIndex {
  readonly countries: Record<string, [name: string, lat: number, lon: number]>;
  readonly byName: Record<string, string>;
  readonly byDemonym: Record<string, string>;
  readonly byLocalName: Record<string, Record<string, string>>;
}

const codes = (m: Map<string, Country>): Record<string, string> => Object.fromEntries([...m].map(([k, c]) => [k, c.code]));

export const COUNTRY_TABLE: GeneratedTable = {
  file: "countries.json",
  packages: ["world-countries"],
  get inputs() { return [NOT_COUNTRY_SPELLINGS, EXTRA_NAMES, EXTRA_DEMONYMS, LOCAL_LANGUAGES].map((x) => (x instanceof Set ? [...x] : x)); },
  format: 1,
  build: () => {
    const index = buildIndex();
    const compact: CompactIndex = {
      countries: Object.fromEntries([...index.byCode].map(([code, c]) => [code, [c.name, c.lat, c.lon]])),
      byName: codes(index.byName),
      byDemonym: Object.fromEntries(index.byDemonym),
      byLocalName: Object.fromEntries([...index.byLocalName].map(([lang, m]) => [lang, codes(m)])),
    };
    return JSON.stringify(compact);
  },
};

const load = once((): CountryIndex => {
  const compact = JSON.parse(readTable(COUNTRY_TABLE)) as CompactIndex;
  const byCode = new Map<string, Country>();
  for (const [code, [name, lat, lon]] of Object.entries(compact.countries)) byCode.set(code, { code, name, lat, lon });
  const countries = (names: Record<string, string>) => new Map(Object.entries(names).map(([k, code]) => [k, byCode.get(code)!]));
  return {
    byName: countries(compact.byName),
    byCode,
    byDemonym: new Map(Object.entries(compact.byDemonym)),
    byLocalName: lazyMaps(compact.byLocalName, countries),
  };
});

/** Names in other languages are read only for documents in those languages: each map is built on first use. */
function lazyMaps(byLanguage: Record<string, Record<string, string>>, build: (names: Record<string, string>) => Map<string, Country>): CountryIndex["byLocalName"] {
  const built = new Map<string, Map<string, Country>>();
  return {
    get(lang: string) {
      let names = built.get(lang);
      if (!names && Object.hasOwn(byLanguage, lang)) built.set(lang, (names = build(byLanguage[lang]!)));
      return names;
    },
  };
}

/** The country a name denotes ("Japan", "U.S.", "Britain"), or null. */
export const countryByName = (name: string): Country | null => load().byName.get(placeKey(name)) ?? null;
/** The country a name in another language denotes ("Deutschland" in German text), or null. */
export const countryByLocalName = (name: string, lang: string): Country | null => load().byLocalName.get(lang)?.get(placeKey(name)) ?? null;
export const countryByCode = (code: string): Country | null => load().byCode.get(code) ?? null;
/** The country code a nationality word stands for ("Japanese" -> JP, "South Korean" -> KR). */
export const countryOfDemonym = (word: string): string | null => load().byDemonym.get(placeKey(word)) ?? null;
export const homeNation = (name: string) => HOME_NATIONS.find((h) => placeKey(h.name) === placeKey(name)) ?? null;
