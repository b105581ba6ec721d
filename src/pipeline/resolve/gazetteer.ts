// Every reading a place name can have, from the offline data: a named area, a country, a home
// nation, a first-level region, cities. geocode.ts picks one reading per article.
import { citiesByName } from "../../data/places/cities.js";
import { CITY_EXONYMS } from "../../data/places/exonyms.js";
import { countryByName, homeNation } from "../../data/places/countries.js";
import { NAMED_AREAS, PLACE_ENDINGS } from "../../data/places/features.js";
import { placeKey } from "../../data/places/load.js";
import { regionsByName } from "../../data/places/regions.js";
import type { PlaceFinding } from "../doc.js";

export interface Reading {
  readonly type: PlaceFinding["type"];
  readonly countryCode: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** People living there, for cities; used to prefer the better-known of two namesakes. */
  readonly population: number;
  readonly source: "area" | "country" | "nation" | "region" | "city";
  /** The name the data gives the place, where it has one ("Brussels" for a dateline's BRUSSELS). */
  readonly name?: string;
  /** A country's capital city (GeoNames PPLC): what news means by the name, whatever its size. */
  readonly capital?: boolean;
}

const areas = new Map(NAMED_AREAS.map((a) => [placeKey(a.name), a]));
/** English names of cities the data writes in the local language: "cologne" -> Köln in DE. */
const exonyms = new Map<string, { local: string; countryCode: string }[]>();
for (const e of CITY_EXONYMS) exonyms.set(placeKey(e.name), [...(exonyms.get(placeKey(e.name)) ?? []), e]);

/** The data's cities a name stands for: its own, and those of its English name ("Cologne"), largest first. */
function citiesNamed(name: string) {
  const own = citiesByName(name);
  const english = exonyms.get(placeKey(name));
  if (!english) return own;
  const extra = english.flatMap((e) => citiesByName(e.local).filter((c) => c.countryCode === e.countryCode));
  const all = [...own];
  for (const c of extra) if (!all.some((x) => x.countryCode === c.countryCode && x.population === c.population)) all.push(c);
  return all.sort((a, b) => b.population - a.population);
}

const endings = new Map<string, "facility" | "region" | "other">();
for (const e of PLACE_ENDINGS) for (const w of e.words) endings.set(w, e.type);

/** Regions named with their kind ("Kanagawa Prefecture") are looked up without it. */
const REGION_SUFFIX = /\s+(?:prefecture|province|state|region|county|oblast|governorate|district|territory|canton)$/i;

/** A lower-case letter followed by a capital, inside a word. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/** Look-ups repeat within and across articles; the data never changes, so answers are kept. */
const MEMO_LIMIT = 100_000;
const memo = new Map<string, readonly Reading[]>();

export function readings(name: string): readonly Reading[] {
  let r = memo.get(name);
  if (!r) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    r = lookUp(name);
    memo.set(name, r);
  }
  return r;
}

function lookUp(name: string): Reading[] {
  const out: Reading[] = [];
  const area = areas.get(placeKey(name));
  if (area) out.push({ type: area.type, countryCode: area.countryCode, lat: null, lon: null, population: 0, source: "area" });
  const country = countryByName(name);
  if (country) out.push({ type: "country", countryCode: country.code, lat: country.lat, lon: country.lon, population: Number.MAX_SAFE_INTEGER, source: "country", name: country.name });
  const nation = homeNation(name);
  if (nation) out.push({ type: "region", countryCode: "GB", lat: nation.lat, lon: nation.lon, population: Number.MAX_SAFE_INTEGER, source: "nation" });
  const bare = name.replace(REGION_SUFFIX, "");
  for (const r of regionsByName(bare)) out.push({ type: "region", countryCode: r.countryCode, lat: null, lon: null, population: 0, source: "region" });
  if (bare === name) {
    // A capital inside a word ("BoE", "PwC") is how the name is spelled: it reads as a city only
    // when the data spells the city so ("McAllen", "DeKalb"), not as the town "Boe".
    const innerCapital = INNER_CAPITAL.test(name);
    for (const c of citiesNamed(name)) if (!innerCapital || c.name === name) out.push({ type: "city", countryCode: c.countryCode, lat: c.lat, lon: c.lon, population: c.population, source: "city", name: c.name, capital: c.feature === "PPLC" });
  }
  return out;
}

/** The kind of place a name's last word announces ("Grace Road" facility, "Gaza Strip" other). */
export function placeEnding(name: string): "facility" | "region" | "other" | null {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  return endings.get(words[words.length - 1]!.toLowerCase()) ?? null;
}

/** The largest city of that name, or null. */
export const largestCity = (name: string) => citiesNamed(name)[0] ?? null;
