// Places resolved offline: each place gets the reading that fits the article best. A named area or
// a country is what it says; a region or a city is preferred in a country the article already
// names (Paris, Texas beside Dallas stays in the United States), then the larger namesake.
// Facilities and features without a reading of their own take the article's main country.
import type { PlaceFinding } from "../doc.js";
import type { Reading } from "./gazetteer.js";
import { placeEnding, readings } from "./gazetteer.js";
import { countryByName, countryOfDemonym } from "../../data/places/countries.js";
import { placeKey } from "../../data/places/load.js";

const SOURCE_RANK: Record<Reading["source"], number> = { area: 5, country: 4, nation: 3, region: 1, city: 1 };

/** A city much larger than its namesake in an article's country still wins (Paris in a story on Texas). */
const MUCH_LARGER = 50;

/**
 * A city this large is what news means by a name it shares with a region of its country: Paris,
 * Montevideo, Moscow, New York, Buenos Aires are the cities more often than the department,
 * oblast, state or province around them.
 */
const CITY_OVER_REGION_POPULATION = 500_000;

/** The large city of the region's country that shares its name, else the region itself. */
function cityOverRegion(region: Reading, options: readonly Reading[]): Reading {
  const city = options.find((r) => r.source === "city" && r.countryCode === region.countryCode && r.population >= CITY_OVER_REGION_POPULATION);
  return city ?? region;
}

function choose(options: readonly Reading[], countries: ReadonlySet<string>): Reading | null {
  if (options.length === 0) return null;
  const top = Math.max(...options.map((r) => SOURCE_RANK[r.source]));
  if (top > 1) return options.find((r) => SOURCE_RANK[r.source] === top)!;
  const largest = Math.max(...options.map((r) => r.population));
  const local = options.filter((r) => r.countryCode && countries.has(r.countryCode));
  const regions = options.filter((r) => r.source === "region");
  const pick = local.find((r) => r.source === "region") ?? local[0];
  if (pick?.source === "region") return cityOverRegion(pick, options);
  if (pick && pick.population * MUCH_LARGER >= largest) return pick;
  if (regions.length === 1 && (regions[0]!.countryCode === options.find((r) => r.source === "city")?.countryCode || largest < 100_000)) return cityOverRegion(regions[0]!, options);
  return options.filter((r) => r.source === "city")[0] ?? regions[0] ?? null;
}

/**
 * A place only ever written in capitals (a dateline's "BRUSSELS") takes the data's spelling of the
 * same name ("Brussels"); its mentions still slice out the capitals, which differ only in case.
 */
function writtenAsData(name: string, r: Reading): string {
  if (!r.name || name !== name.toUpperCase() || !/\p{Lu}{3}/u.test(name) || placeKey(r.name) !== placeKey(name)) return name;
  // The letters stay those written: "ZURICH" is "Zurich", not the data's "Zürich".
  return r.name.toUpperCase() === name ? r.name : name.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The country a name carries in its own words ("Korean Peninsula", "Japan Sea"). */
function countryInName(name: string): string | null {
  for (const w of name.split(/\s+/)) {
    const c = countryOfDemonym(w) ?? countryByName(w)?.code;
    if (c) return c;
  }
  return null;
}

/**
 * "Paris, Texas", "Sandusky, Ohio": a place followed by a comma and a region or country lies in
 * that region's country. Returns the country each place is placed in this way, if any.
 */
function placedBy(places: readonly { p: PlaceFinding; options: readonly Reading[] }[], text: string): Map<PlaceFinding, string> {
  const at = new Map<number, { p: PlaceFinding; options: readonly Reading[] }>();
  for (const x of places) for (const m of x.p.mentions) at.set(m.start, x);
  const out = new Map<PlaceFinding, string>();
  for (const x of places) {
    for (const m of x.p.mentions) {
      const gap = /^,[ \t]*/.exec(text.slice(m.end, m.end + 4));
      const next = gap ? at.get(m.end + gap[0].length) : undefined;
      if (!next || next === x) continue;
      const codes = new Set(next.options.filter((r) => r.source !== "city" && r.countryCode).map((r) => r.countryCode!));
      if (codes.size === 1 && x.options.some((r) => codes.has(r.countryCode ?? ""))) out.set(x.p, [...codes][0]!);
    }
  }
  return out;
}

export function geocode(places: readonly PlaceFinding[], text: string): PlaceFinding[] {
  const all = places.map((p) => ({ p, options: [p.name, ...p.aliases].flatMap((n) => readings(n)) }));
  // The article's countries: those it names, and those of its places that can lie in one only
  // (Ohio, Nevada: a Florida beside them is the state, not the Cuban town).
  const countries = new Set<string>();
  for (const { options } of all) {
    for (const r of options) if (r.source === "country" && r.countryCode) countries.add(r.countryCode);
    const codes = new Set(options.map((r) => r.countryCode));
    if (codes.size === 1 && options[0]?.countryCode) countries.add(options[0].countryCode);
  }
  const placed = placedBy(all, text);
  const resolved = all.map(({ p, options }) => {
    const within = placed.get(p);
    const r = within ? choose(options.filter((o) => o.countryCode === within), new Set([within])) : choose(options, countries);
    // A place the extractor resolved itself (a country named in another language) keeps its reading.
    if (!r) return p.countryCode ? p : { ...p, type: placeEnding(p.name) ?? "other" as const, countryCode: countryInName(p.name) };
    return { ...p, name: writtenAsData(p.name, r), type: r.type, countryCode: r.countryCode ?? countryInName(p.name), lat: r.lat, lon: r.lon };
  });
  // The article's main country: where most of its resolved places lie.
  const votes = new Map<string, number>();
  for (const p of resolved) if (p.countryCode) votes.set(p.countryCode, (votes.get(p.countryCode) ?? 0) + p.mentions.length);
  const main = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  // A facility, or a place no data knows (a village, a district), is taken to lie in that
  // country; named areas that span countries (Europe, the Gulf) keep no code.
  return resolved.map((p) => (p.countryCode || !main || readings(p.name).some((r) => r.source === "area") ? p : { ...p, countryCode: main }));
}
