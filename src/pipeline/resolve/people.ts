// How a person is called besides the full name: by the family name (the last word, or the first
// in East Asian order: Ahn Gyu-back is "Ahn"), and by a title alone ("the minister") when only one
// person in the article holds it.
import { EAST_ASIAN_FAMILY_NAMES, FAMILY_NAME_FIRST_COUNTRIES, isPinyinGivenName, NAME_SUFFIXES, SHAPE_EXCLUDED_FAMILY_NAMES, SURNAME_PARTICLES } from "../../data/names.js";
import type { EntityMention, PersonFinding, PlaceFinding } from "../doc.js";
import { aliasesOf } from "./aliases.js";
import { countryByName } from "../../data/places/countries.js";
import { placeKey } from "../../data/places/load.js";

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
