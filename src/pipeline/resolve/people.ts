// How a person is called besides the full name: by the family name (the last word, or the first
// in East Asian order: Ahn Gyu-back is "Ahn"), and by a title alone ("the minister") when only one
// person in the article holds it.
import { EAST_ASIAN_FAMILY_NAMES, FAMILY_NAME_FIRST_COUNTRIES, isPinyinGivenName, NAME_SUFFIXES, SHAPE_EXCLUDED_FAMILY_NAMES, SURNAME_PARTICLES } from "../../data/names.js";
import type { EntityMention, PersonFinding, PlaceFinding, Token } from "../doc.js";
import { aliasesOf } from "./aliases.js";
import { countryByName, countryOfDemonym } from "../../data/places/countries.js";
import { placeKey } from "../../data/places/load.js";
import { firstEndingAfter } from "../../util/span.js";

/** Particles that are also given names ("Al Gore", "Del Boy"). */
const GIVEN_NAME_PARTICLES: ReadonlySet<string> = new Set(["al", "del"]);

/** The family name of a full name, or null for a single word. */
export function familyName(p: Pick<PersonFinding, "name" | "country">): string | null {
  const words = p.name.split(/\s+/).filter((w) => !NAME_SUFFIXES.has(w.toLowerCase().replace(/\.$/, "")));
  if (words.length < 2) return null;
  const first = words[0]!;
  const eastAsian = EAST_ASIAN_FAMILY_NAMES.has(first.toLowerCase())
    && (FAMILY_NAME_FIRST_COUNTRIES.has(p.country ?? "") || words.length === 2 && /-/.test(words[1]!) || words.length === 3
      || (words.length === 2 && !SHAPE_EXCLUDED_FAMILY_NAMES.has(first.toLowerCase()) && isPinyinGivenName(words[1]!)));
  if (eastAsian) return first;
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}/u.test(last) || /^\p{Lu}\.?$/u.test(last)) return null;
  // "De Niro", "von der Leyen", "bin Laden": particles before the surname are part of it, but
  // the first word is a given name ("Van Morrison", "Al Pacino").
  let from = words.length - 1;
  while (from > 1 && SURNAME_PARTICLES.has(words[from - 1]!.toLowerCase())) from--;
  // "De Niro", "Von der Leyen" alone: every word before the last is a particle, so the whole name
  // is the surname, unless the first is also a given name ("Al Gore").
  if (from === 1 && SURNAME_PARTICLES.has(first.toLowerCase()) && !GIVEN_NAME_PARTICLES.has(first.toLowerCase())) return null;
  return words.slice(from).join(" ");
}

/** Titles that are part of how a person is named ("Prince Charles", "Pope John Paul"). */
const STYLES: ReadonlySet<string> = new Set(["king", "queen", "prince", "princess", "pope", "sheikh", "sultan", "emperor", "empress", "emir", "duke", "duchess", "ayatollah", "cardinal", "archbishop", "patriarch", "lord", "lady", "sir", "dame"]);

export function withFamilyName(p: PersonFinding): PersonFinding {
  const family = familyName(p);
  const styled = p.titles.filter((t) => /^\p{Lu}/u.test(t) && STYLES.has(t.split(/\s+/).pop()!.toLowerCase())).map((t) => `${t} ${p.name}`);
  const extra = [...(family ? [family] : []), ...styled];
  return extra.length ? { ...p, aliases: aliasesOf(p.name, [...p.aliases, ...extra]) } : p;
}

/** "the minister": a lower-case title head after "the", not followed by a name. */
const TITLE_MENTION = /\b[Tt]he ([a-z]+)\b(?![ \t]+\p{Lu})(?![-\p{L}'’])/gu;

/** Mentions of a person by the head of their title ("the minister"), when the title is theirs alone. */
export function withTitleMentions(people: readonly PersonFinding[], text: string): PersonFinding[] {
  const holders = new Map<string, number[]>();
  people.forEach((p, k) => {
    for (const t of new Set(p.titles.map((x) => x.toLowerCase().split(/\s+/).pop()!))) {
      const list = holders.get(t);
      if (list) list.push(k); else holders.set(t, [k]);
    }
  });
  // Where each person is first named: a title mention counts only after it.
  const named = people.map((p) => p.mentions.reduce((min, x) => Math.min(min, x.start), Infinity));
  const extra = new Map<number, EntityMention[]>();
  for (const m of text.matchAll(TITLE_MENTION)) {
    const head = m[1]!;
    const who = holders.get(head);
    if (!who || who.length !== 1) continue;
    const k = who[0]!;
    const start = m.index, end = m.index + m[0].length;
    // Only after the person was named: "the minister" before that may be someone else.
    if (named[k]! > start) continue;
    const list = extra.get(k);
    if (list) list.push({ start, end, text: m[0] }); else extra.set(k, [{ start, end, text: m[0] }]);
  }
  return people.map((p, k) => {
    const more = extra.get(k);
    if (!more) return p;
    const forms = more.map((x) => x.text.toLowerCase());
    return { ...p, aliases: aliasesOf(p.name, [...p.aliases, ...forms]), mentions: [...p.mentions, ...more].sort((a, b) => a.start - b.start) };
  });
}

/** How many words a place before a title may have ("U.S.", "North Carolina", "Papua New Guinea"). */
const MAX_PLACE_WORDS = 3;
/** Offices of a town: "Tokyo Governor", "Paris Mayor". */
const CIVIC_TITLE = /\b(?:mayor|governor|prefect|councill?or|alderman|sheriff|police)\b/i;
/** How far before a name its title and the place of the office may begin. */
const OFFICE_REACH = 80;

/**
 * The country of the office a person holds, from the place written right before the title:
 * "Texas Governor Greg Abbott", "U.S. Secretary of State Marco Rubio", "Tokyo Governor Yuriko
 * Koike". The place is one the article names or a country; only for people whose nationality
 * the text did not give.
 */
export function withOfficeCountry(people: readonly PersonFinding[], places: readonly PlaceFinding[], text: string): PersonFinding[] {
  const placeByName = new Map<string, PlaceFinding>();
  for (const place of places) if (place.countryCode) for (const n of [place.name, ...place.aliases]) placeByName.set(placeKey(n), place);
  const placeCode = (words: string, title: string): string | null => {
    const place = placeByName.get(placeKey(words));
    // A town before a title is mostly its club or firm ("Sunderland forward"), unless the office is the town's.
    if (place && (place.type !== "city" || CIVIC_TITLE.test(title))) return place.countryCode;
    return countryByName(words)?.code ?? null;
  };
  return people.map((p) => {
    if (p.country || p.titles.length === 0) return p;
    for (const m of p.mentions) {
      const before = text.slice(Math.max(0, m.start - OFFICE_REACH), m.start);
      for (const title of p.titles) {
        const at = before.toLowerCase().lastIndexOf(title.toLowerCase());
        if (at < 0 || !/^[ \t]*$/.test(before.slice(at + title.length))) continue;
        const words = before.slice(0, at).trimEnd().split(/\s+/);
        for (let k = Math.min(MAX_PLACE_WORDS, words.length); k >= 1; k--) {
          const code = placeCode(words.slice(-k).join(" "), title);
          if (code) return { ...p, country: code };
        }
      }
    }
    return p;
  });
}

/**
 * Offices of a state whose holders an article names without their country ("Attorney General
 * Michael Torres", "the Chancellor of the Exchequer", "Judge Caroline Mears", "Opposition leader
 * Grace McAllister"). Capitalised forms only for words that also name posts in companies and clubs
 * ("President", "Secretary", "King"); the lower-case forms of those ("the club's president", "BCCI
 * secretary") say nothing of a country.
 */
const STATE_OFFICE = /\b(?:prime minister|premier|chancellor|minister|attorney[- ]general|solicitor[- ]general|treasurer|senator|sen|congressman|congresswoman|lawmaker|legislator|mp|judge|justice|magistrate|opposition leader|leader of the opposition|chief superintendent|superintendent|chief constable|home secretary|foreign secretary|defen[cs]e secretary|secretary of state)\b/i;
const STATE_OFFICE_CAPITALISED = /(?:^|\s)(?:President|Vice President|Secretary|King|Queen|Governor|Speaker)\b/;
/** Share of the article's located place mentions that must lie in one country for it to be "set" there. */
const HOME_SHARE = 2 / 3;
/** Fewest located place mentions that make a setting without a dateline. */
const MIN_PLACE_MENTIONS = 3;

/**
 * The country an article is set in: the country of its dateline place ("LONDON, March 18 -"),
 * or the country of at least two thirds of its place mentions.
 */
export function homeCountry(places: readonly PlaceFinding[], text: string): string | null {
  let dateline: { start: number; code: string } | null = null;
  const counts = new Map<string, number>();
  let located = 0;
  for (const p of places) {
    if (!p.countryCode) continue;
    for (const m of p.mentions) {
      located++;
      counts.set(p.countryCode, (counts.get(p.countryCode) ?? 0) + 1);
      const opensLine = m.start === 0 || text[m.start - 1] === "\n";
      const capitals = m.text === m.text.toUpperCase() && /\p{Lu}{2}/u.test(m.text);
      if (opensLine && capitals && (!dateline || m.start < dateline.start)) dateline = { start: m.start, code: p.countryCode };
    }
  }
  if (dateline) return dateline.code;
  if (located < MIN_PLACE_MENTIONS) return null;
  for (const [code, n] of counts) if (n / located >= HOME_SHARE) return code;
  return null;
}

/** Does the span name a country (or a people's word for one) other than `home`? "her Mexican counterpart". */
function namesOtherCountry(span: string, home: string, homePlaces: ReadonlySet<string>): boolean {
  const words = span.split(/[^\p{L}.'’-]+/u).filter(Boolean).map((w) => w.replace(/['’]s$/u, ""));
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    for (const w of [i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : "", words[i]!]) {
      // "a Democrat from Georgia": a name the article resolved to a place at home is no other country.
      if (!w || homePlaces.has(w.toLowerCase())) continue;
      const code = countryOfDemonym(w) ?? countryByName(w)?.code ?? null;
      if (code && code !== home) return true;
    }
  }
  return false;
}

/**
 * A holder of a state office gets the country the article is set in, when nothing else gave them
 * one and the sentence that first names them names no other country ("Canadian Trade Minister
 * Priya Sandhu and her Mexican counterpart, Economy Secretary Rodrigo Ibarra" leaves Ibarra alone).
 */
export function withHomeCountry(people: readonly PersonFinding[], places: readonly PlaceFinding[], text: string, sentences: readonly { start: number; end: number }[]): PersonFinding[] {
  const home = homeCountry(places, text);
  if (!home) return [...people];
  const homePlaces = new Set(places.filter((p) => p.countryCode === home).flatMap((p) => [p.name, ...p.aliases].map((n) => n.toLowerCase())));
  // Sentences are in text order: a binary search keeps this linear in the people.
  const sentenceOf = (offset: number) => {
    const s = sentences[Math.min(firstEndingAfter(sentences, offset), sentences.length - 1)];
    return s && s.start <= offset ? s : { start: offset, end: offset };
  };
  return people.map((p) => {
    if (p.country || !p.titles.some((t) => STATE_OFFICE.test(t) || STATE_OFFICE_CAPITALISED.test(t))) return p;
    const first = p.mentions[0];
    if (!first) return p;
    const s = sentenceOf(first.start);
    return namesOtherCountry(text.slice(s.start, s.end), home, homePlaces) ? p : { ...p, country: home };
  });
}

/** Verbs of saying after "the Kazakh". */
const SAYING = /^(?:said|says|added|told|explained|insisted|admitted|conceded|recalled|joked|wrote|noted|replied)$/;
/** How many sentences back "the Kazakh" may look for the person it names. */
const DEMONYM_REACH_SENTENCES = 3;

/**
 * "… beating Elena Rybina. … “…,” the Kazakh said": sports and wire copy name a person again by
 * nationality. "The" and a demonym as the speaker of a quotation gives that country to the one
 * person of the last sentences without a country; when several could be meant, or one already
 * has that country, nobody gets it. Singular forms only ("the Kazakh", "the Spaniard").
 */
export function withDemonymCountry(people: readonly PersonFinding[], tokens: readonly Token[]): PersonFinding[] {
  if (people.length === 0) return [...people];
  // The people each sentence names, and where each person is first named.
  const bySentence = new Map<number, Set<number>>();
  people.forEach((p, k) => {
    for (const m of p.mentions) {
      const s = tokens[firstEndingAfter(tokens, m.start)]?.sentence;
      if (s === undefined) continue;
      const set = bySentence.get(s);
      if (set) set.add(k); else bySentence.set(s, new Set([k]));
    }
  });
  const firstNamed = people.map((p) => p.mentions.reduce((min, m) => Math.min(min, m.end), Infinity));
  const countries: (string | null)[] = people.map((p) => p.country);
  const given = new Set<number>();
  for (let t = 0; t + 1 < tokens.length; t++) {
    if (tokens[t]!.normal !== "the" || /[,;:.!?]/.test(tokens[t]!.post)) continue;
    const word = tokens[t + 1]!;
    // "the Americans", and "the French", "the Swiss", "the Chinese": as nouns these are a whole
    // people or side, not one person.
    if (!/^\p{Lu}\p{Ll}/u.test(word.text) || word.tags.has("Plural") || /(?:sh|ch|ese|s)$/.test(word.text)) continue;
    // As the speaker of a quotation: right after it, or before a verb of saying. A demonym
    // elsewhere ("the Briton finished second") may bring in someone not yet named.
    const next = tokens[t + 2];
    const afterQuote = /[”"’']\s*$/.test(tokens[t - 1]?.post ?? "") || /^[”"’']/.test(tokens[t]!.pre);
    if (!afterQuote && !(next && next.sentence === word.sentence && SAYING.test(next.normal))) continue;
    const code = countryOfDemonym(word.text);
    if (!code) continue;
    const near = new Set<number>();
    for (let s = word.sentence; s >= 0 && s >= word.sentence - DEMONYM_REACH_SENTENCES; s--) for (const k of bySentence.get(s) ?? []) near.add(k);
    // Only people named before the phrase.
    const before = [...near].filter((k) => firstNamed[k]! <= word.start);
    if (before.some((k) => countries[k] === code)) continue;
    const open = before.filter((k) => countries[k] === null);
    if (open.length !== 1) continue;
    countries[open[0]!] = code;
    given.add(open[0]!);
  }
  return people.map((p, k) => (given.has(k) ? { ...p, country: countries[k]! } : p));
}

/** "of" (and "the") right after a name, before the country: "Nadal of Spain". */
const ORIGIN_AFTER = /^[ \t]+of[ \t]+(?:the[ \t]+)?/;

/**
 * "Rafael Nadal of Spain", "Tiger Woods of the United States": sports and wire copy give a
 * person's country after the name. Only a place the article names as a country, written right
 * after "of", and only for people whose nationality the text did not give before the name.
 */
export function withOriginCountry(people: readonly PersonFinding[], places: readonly PlaceFinding[], text: string): PersonFinding[] {
  const countryAt = new Map<number, string>();
  for (const place of places) if (place.type === "country" && place.countryCode) for (const m of place.mentions) countryAt.set(m.start, place.countryCode);
  if (countryAt.size === 0) return [...people];
  return people.map((p) => {
    if (p.country) return p;
    for (const m of p.mentions) {
      const of = ORIGIN_AFTER.exec(text.slice(m.end, m.end + 16));
      const code = of ? countryAt.get(m.end + of[0].length) : undefined;
      if (code) return { ...p, country: code };
    }
    return p;
  });
}
