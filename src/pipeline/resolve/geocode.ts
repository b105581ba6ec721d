// Places resolved offline: each place gets the reading that the article's evidence supports, the
// evidence weighed in order (GEOCODE_RULES): a country or region written next to the town
// ("Geneva, Switzerland", "Paris, Texas"), then the article's own countries (those it names, its
// regions, its nationality words), then the namesakes' size, with a strong prior for large and
// capital cities. A town the data holds in several countries of like size, with no evidence for
// one, is left without a code rather than guessed.
import type { PlaceFinding } from "../doc.js";
import type { Reading } from "./gazetteer.js";
import { placeEnding, readings } from "./gazetteer.js";
import { countryByCode, countryByName, countryOfDemonym } from "../../data/places/countries.js";
import { placeKey } from "../../data/places/load.js";
import { US_STATE_ABBREVIATIONS } from "../extract/entities/typing.js";

/** The steps of the choice, in order; `--debug` and the tests name them by id. */
export const GEOCODE_RULES = [
  { id: "written-next", reason: "A country, region or state written after the town and a comma says where it is (Geneva, Switzerland; Paris, Texas; Athens, Ga.)." },
  { id: "kind-after", reason: "A region's kind written after the name (Victoria state, Sichuan province) makes it the region." },
  { id: "named-area", reason: "A country, a home nation or a named area is what its name says." },
  { id: "article-country", reason: "A namesake in a country the article names, by a country, a region, a nationality word or an unambiguous large city, is the one meant, unless another is far larger." },
  { id: "state-over-country", reason: "A country's name that is also a state of another country (Georgia) is that state in an article that names other states or towns of that country and gives no other sign of the namesake country." },
  { id: "region-over-town", reason: "A first-level region is better known than a town of the same name abroad (Ontario, Florida), but a city of half a million is the city (Paris, Moscow)." },
  { id: "largest", reason: "Else the largest namesake, a capital counting as a larger city." },
  { id: "not-confident", reason: "Small namesakes of like size in several countries, and no evidence: no code rather than a guess." },
] as const;

const SOURCE_RANK: Record<Reading["source"], number> = { area: 5, country: 4, nation: 3, region: 1, city: 1 };

/** A city much larger than its namesake in an article's country still wins (Paris in a story on Texas). */
const MUCH_LARGER = 50;

/**
 * A city this large is what news means by a name it shares with a region of its country: Paris,
 * Montevideo, Moscow, New York, Buenos Aires are the cities more often than the department,
 * oblast, state or province around them; and a town smaller than this abroad does not beat a
 * region (Ontario, California is a city of 170 000: the province is meant).
 */
const CITY_OVER_REGION_POPULATION = 500_000;

/** News names a capital more often than a larger namesake of up to this many times its size. */
const CAPITAL_WEIGHT = 3;

/** A town below this size, with a namesake abroad at least NEAR_SIZE of it, is not placed without evidence. */
const CONFIDENT_POPULATION = 20_000;
const NEAR_SIZE = 1 / 3;

/** A city this large, and in one country only, places the article in that country. */
const EVIDENCE_CITY_POPULATION = 100_000;

/** Words of a region's kind that may follow its name in lower case ("Sichuan province"). */
const REGION_KIND_AFTER = /^[ \t]+(?:state|province|prefecture|region|oblast|county|canton|territory)\b/;

/** Endings of waters and peninsulas: such a name's nationality word names a shore, not its country (Korean Peninsula, Indian Ocean, English Channel). */
const SHARED_ENDINGS: ReadonlySet<string> = new Set(["sea", "ocean", "strait", "straits", "channel", "gulf", "peninsula", "bay"]);

const weight = (r: Reading): number => (r.capital ? r.population * CAPITAL_WEIGHT : r.population);

/** The large city of the region's country that shares its name, else the region itself. */
function cityOverRegion(region: Reading, options: readonly Reading[]): Reading {
  const city = options.find((r) => r.source === "city" && r.countryCode === region.countryCode && r.population >= CITY_OVER_REGION_POPULATION);
  return city ?? region;
}

/**
 * The region a name means over towns abroad: one named in its own right. A province or
 * department named after its seat town (Toledo, Spain; Florida, Uruguay) is not what a bare name
 * means: the town is (or a larger namesake); a state such as Florida, United States, is. Null
 * when that does not leave regions of one country.
 */
function soleRegion(regions: readonly Reading[], cities: readonly Reading[]): Reading | null {
  const own = regions.filter((r) => !cities.some((c) => c.countryCode === r.countryCode && c.population >= CONFIDENT_POPULATION));
  return new Set(own.map((r) => r.countryCode)).size === 1 ? own[0]! : null;
}

interface Choice { readonly reading: Reading | null; readonly rule: (typeof GEOCODE_RULES)[number]["id"] }

function choose(options: readonly Reading[], countries: ReadonlySet<string>): Choice | null {
  if (options.length === 0) return null;
  const top = Math.max(...options.map((r) => SOURCE_RANK[r.source]));
  if (top > 1) return { reading: options.find((r) => SOURCE_RANK[r.source] === top)!, rule: "named-area" };
  const cities = options.filter((r) => r.source === "city").sort((a, b) => weight(b) - weight(a));
  const regions = options.filter((r) => r.source === "region");
  const largest = Math.max(0, ...cities.map((r) => r.population));
  const local = [...regions, ...cities].filter((r) => r.countryCode && countries.has(r.countryCode));
  const pick = local[0];
  if (pick?.source === "region") return { reading: cityOverRegion(pick, options), rule: "article-country" };
  if (pick && pick.population * MUCH_LARGER >= largest) return { reading: pick, rule: "article-country" };
  const region = soleRegion(regions, cities);
  if (region && (largest < CITY_OVER_REGION_POPULATION || cities[0]!.countryCode === region.countryCode)) {
    return { reading: cityOverRegion(region, options), rule: "region-over-town" };
  }
  const best = cities[0];
  if (!best) return regions[0] ? { reading: regions[0], rule: "largest" } : null;
  const rival = cities.find((r) => r.countryCode !== best.countryCode);
  if (best.population < CONFIDENT_POPULATION && !best.capital && rival && weight(rival) >= weight(best) * NEAR_SIZE) return { reading: null, rule: "not-confident" };
  return { reading: best, rule: "largest" };
}

/**
 * A place only ever written in capitals (a dateline's "BRUSSELS") takes the data's spelling of the
 * same name ("Brussels"); its mentions still slice out the capitals, which differ only in case.
 */
function writtenAsData(name: string, r: Reading): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{3}/u.test(name)) return name;
  // The letters stay those written: "ZURICH" is "Zurich", not the data's "Zürich"; "COLOGNE" is not "Köln".
  if (r.name && placeKey(r.name) === placeKey(name) && r.name.toUpperCase() === name) return r.name;
  return name.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The country a name carries in its own words ("Japanese Alps", "Russian Far East"); none for waters and peninsulas that several countries share. */
function countryInName(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length > 1 && SHARED_ENDINGS.has(words[words.length - 1]!.toLowerCase())) return null;
  if (words.length > 2 && SHARED_ENDINGS.has(words[0]!.toLowerCase()) && words[1]!.toLowerCase() === "of") return null;
  for (const w of words) {
    const c = countryOfDemonym(w) ?? countryByName(w)?.code;
    if (c) return c;
  }
  return null;
}

interface Entry { readonly p: PlaceFinding; readonly options: readonly Reading[] }

/**
 * "Paris, Texas", "Sandusky, Ohio", "Athens, Ga.", "Leon, Mexico": a place followed by a comma and
 * a region, state or country lies in that country. Returns the country each place is placed in
 * this way; a country the data holds no such town in is still the one the text gives.
 */
function placedBy(places: readonly Entry[], text: string): Map<PlaceFinding, string> {
  const at = new Map<number, Entry>();
  for (const x of places) for (const m of x.p.mentions) at.set(m.start, x);
  const out = new Map<PlaceFinding, string>();
  for (const x of places) {
    if (out.has(x.p) || x.options.some((r) => r.source !== "city" && r.source !== "region")) continue;
    for (const m of x.p.mentions) {
      const gap = /^,[ \t]*/.exec(text.slice(m.end, m.end + 4));
      if (!gap) continue;
      const next = at.get(m.end + gap[0].length);
      let codes: Set<string>;
      // "Berlin, Rome, Madrid": in a list of cities, a town the data does not hold in the next
      // one's country is not placed there; only a country after the comma places it anyway.
      const nextAlone = next && next !== x ? choose(next.options, new Set())?.reading : null;
      if (next && next !== x) codes = new Set(next!.options.filter((r) => r.source !== "city" && r.countryCode).map((r) => r.countryCode!));
      else if (US_STATE_ABBREVIATIONS.has((/^[A-Z][A-Za-z.]{0,5}/.exec(text.slice(m.end + gap[0].length)) ?? [""])[0].replace(/\./g, ""))) codes = new Set(["US"]);
      else continue;
      const both = [...codes].filter((c) => x.options.some((r) => r.countryCode === c));
      if (both.length === 1) out.set(x.p, both[0]!);
      else if (both.length === 0 && codes.size === 1 && (nextAlone?.source === "country" || !nextAlone)) out.set(x.p, [...codes][0]!);
      if (out.has(x.p)) break;
    }
  }
  return out;
}

/** Nationality words of the text ("Swiss police", "the German president"): countries the article is about. */
function demonymCountries(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}+(?:ese|ian|ish|ean|an|ic|i|ch|ss)\b/gu)) {
    const c = countryOfDemonym(m[0]);
    if (c) out.add(c);
  }
  return out;
}

/**
 * The article's countries: those it names, its nationality words, its regions and large towns of
 * one country only; each with the places that give it, so that no place is its own evidence.
 */
function articleCountries(all: readonly Entry[], text: string): Map<string, Set<Entry | null>> {
  const countries = new Map<string, Set<Entry | null>>();
  const add = (code: string, by: Entry | null) => { const s = countries.get(code) ?? new Set(); s.add(by); countries.set(code, s); };
  for (const code of demonymCountries(text)) add(code, null);
  for (const x of all) {
    const { options } = x;
    for (const r of options) if ((r.source === "country" || r.source === "nation") && r.countryCode) add(r.countryCode, x);
    // Ontario is a province of Canada, whatever towns abroad share its name.
    const alone = choose(options, new Set())?.reading;
    if (alone && alone.source !== "city" && alone.countryCode) add(alone.countryCode, x);
    const codes = new Set(options.map((r) => r.countryCode));
    if (codes.size !== 1 || !options[0]?.countryCode) continue;
    // Tottenham is a town of 5 000 in Ontario, and a part of London: a small town is no evidence.
    if (options.some((r) => r.source !== "city" || r.population >= EVIDENCE_CITY_POPULATION)) add(options[0].countryCode, x);
  }
  return countries;
}

/**
 * "a Democrat from Georgia" in a story from Washington: a country's name that is also a region of
 * another country is that region when the rest of the article places other regions or towns in
 * that country (not only its name or nationality word, which a story about the namesake country
 * may well write: "U.S. aid to Georgia") and nothing else in it points to the namesake country.
 */
function stateOverCountry(x: Entry, regionsElsewhere: ReadonlyMap<string, number>, countries: ReadonlySet<string>): Choice | null {
  const country = x.options.find((r) => r.source === "country");
  if (!country?.countryCode || countries.has(country.countryCode)) return null;
  const own = x.options.find((r) => r.source === "region" && r.countryCode && r.countryCode !== country.countryCode);
  if (!own?.countryCode || (regionsElsewhere.get(own.countryCode) ?? 0) === 0) return null;
  // Hong Kong and Taiwan as regions of China, Luxembourg as a province of Belgium: a namesake
  // next door is the same land, which the country's own name means; only one far away is another place.
  const other = countryByCode(own.countryCode);
  if (!other || country.lat === null || country.lon === null || kilometres(country.lat, country.lon, other.lat, other.lon) < FAR_NAMESAKE_KM) return null;
  return { reading: own, rule: "state-over-country" };
}

/** A country and a region of another country this far apart are two places that share a name (Georgia and Georgia, US). */
const FAR_NAMESAKE_KM = 3000;

/** Great-circle distance between two points, in kilometres. */
function kilometres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** For each country, how many of the article's places read alone as one of its regions or towns (a place that is a country's name counts for none). */
function localPlaces(all: readonly Entry[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of all) {
    if (e.options.some((r) => r.source === "country" || r.source === "nation" || r.source === "area")) continue;
    const r = choose(e.options, new Set())?.reading;
    if (r?.countryCode && (r.source === "region" || r.source === "city")) out.set(r.countryCode, (out.get(r.countryCode) ?? 0) + 1);
  }
  return out;
}

/** The countries the rest of the article gives, leaving out what this place gives itself. */
function countriesBesides(countries: ReadonlyMap<string, ReadonlySet<Entry | null>>, x: Entry): Set<string> {
  const out = new Set<string>();
  for (const [code, by] of countries) if ([...by].some((e) => e !== x)) out.add(code);
  return out;
}

export function geocode(places: readonly PlaceFinding[], text: string): PlaceFinding[] {
  const all: Entry[] = places.map((p) => ({ p, options: [p.name, ...p.aliases].flatMap((n) => readings(n)) }));
  const evidence = articleCountries(all, text);
  const placed = placedBy(all, text);
  const local = localPlaces(all);
  const unsure = new Set<PlaceFinding>();
  const resolved = all.map((x) => {
    const { p, options } = x;
    const countries = countriesBesides(evidence, x);
    const within = placed.get(p);
    let choice: Choice | null, state: Choice | null;
    if (within) {
      const there = options.filter((o) => o.countryCode === within);
      choice = there.length ? choose(there, new Set([within])) : null;
      // The data knows no such town there: the text's country, without coordinates.
      if (!choice) return { ...p, type: "city" as const, countryCode: within, lat: null, lon: null };
    } else if ((state = stateOverCountry(x, local, countries))) {
      choice = state;
    } else {
      const kindAfter = p.mentions.some((m) => REGION_KIND_AFTER.test(text.slice(m.end, m.end + 12)));
      const regions = options.filter((o) => o.source === "region");
      choice = kindAfter && regions.length > 0 ? { reading: choose(regions, countries)?.reading ?? regions[0]!, rule: "kind-after" } : choose(options, countries);
    }
    const r = choice?.reading;
    if (choice && !r) unsure.add(p);
    // A place the extractor resolved itself (a country named in another language) keeps its reading.
    if (!r) return p.countryCode ? p : { ...p, type: placeEnding(p.name) ?? (options.length ? "city" as const : "other" as const), countryCode: choice ? null : countryInName(p.name) };
    const code = r.countryCode ?? (r.source === "area" ? null : countryInName(p.name));
    return { ...p, name: writtenAsData(p.name, r), type: r.type, countryCode: code, lat: r.lat, lon: r.lon };
  });
  return withMainCountry(resolved, unsure);
}

/** Leading words of a facility's name that name its town ("Buckingham" of Buckingham Palace). */
function townOfFacility(name: string): readonly Reading[] {
  // "The Oval", "The Mall": a leading article is no town's name.
  const words = name.split(/\s+/);
  if (words[0]?.toLowerCase() === "the") words.shift();
  return words.length > 1 ? readings(words.slice(0, -1).join(" ")) : [];
}

/**
 * A village or district no data knows is taken to lie in the article's main country, where most
 * of its resolved places lie. A facility too, when that country holds most of the article's
 * places and its own name does not name a town abroad: Buckingham Palace in a story about
 * Americans is not in the United States. Areas across countries and unsure towns keep no code.
 */
function withMainCountry(resolved: readonly PlaceFinding[], unsure: ReadonlySet<PlaceFinding>): PlaceFinding[] {
  const votes = new Map<string, number>();
  let total = 0;
  for (const p of resolved) if (p.countryCode) { votes.set(p.countryCode, (votes.get(p.countryCode) ?? 0) + p.mentions.length); total += p.mentions.length; }
  const [main, count] = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [null, 0];
  return resolved.map((p) => {
    if (p.countryCode || !main || readings(p.name).some((r) => r.source === "area")) return p;
    if (p.type === "facility") {
      // Its town, when its name gives one: in one country, that country; in several (Buckingham:
      // Quebec, England, Florida), no evidence of which, so no code.
      const towns = new Set(townOfFacility(p.name).map((r) => r.countryCode));
      if (towns.size === 1) return { ...p, countryCode: [...towns][0] ?? null };
      if (towns.size > 1 || count * 2 <= total) return p;
    }
    if ([...unsure].some((u) => u.name === p.name)) return p;
    return { ...p, countryCode: main };
  });
}
