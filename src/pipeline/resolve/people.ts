// How a person is called besides the full name: by the family name (the last word, or the first
// in East Asian order: Ahn Gyu-back is "Ahn"), and by a title alone ("the minister") when only one
// person in the article holds it.
import { EAST_ASIAN_FAMILY_NAMES, FAMILY_NAME_FIRST_COUNTRIES, NAME_SUFFIXES } from "../../data/names.js";
import type { EntityMention, PersonFinding } from "../doc.js";
import { aliasesOf } from "./aliases.js";

/** The family name of a full name, or null for a single word. */
export function familyName(p: Pick<PersonFinding, "name" | "country">): string | null {
  const words = p.name.split(/\s+/).filter((w) => !NAME_SUFFIXES.has(w.toLowerCase().replace(/\.$/, "")));
  if (words.length < 2) return null;
  const first = words[0]!;
  const eastAsian = EAST_ASIAN_FAMILY_NAMES.has(first.toLowerCase())
    && (FAMILY_NAME_FIRST_COUNTRIES.has(p.country ?? "") || words.length === 2 && /-/.test(words[1]!) || words.length === 3);
  if (eastAsian) return first;
  const last = words[words.length - 1]!;
  return /^\p{Lu}/u.test(last) && !/^\p{Lu}\.?$/u.test(last) ? last : null;
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
    for (const t of new Set(p.titles.map((x) => x.toLowerCase().split(/\s+/).pop()!))) holders.set(t, [...(holders.get(t) ?? []), k]);
  });
  const extra = new Map<number, EntityMention[]>();
  for (const m of text.matchAll(TITLE_MENTION)) {
    const head = m[1]!;
    const who = holders.get(head);
    if (!who || who.length !== 1) continue;
    const k = who[0]!;
    const start = m.index, end = m.index + m[0].length;
    // Only after the person was named: "the minister" before that may be someone else.
    if (people[k]!.mentions.every((x) => x.start > start)) continue;
    extra.set(k, [...(extra.get(k) ?? []), { start, end, text: m[0] }]);
  }
  return people.map((p, k) => {
    const more = extra.get(k);
    if (!more) return p;
    const forms = more.map((x) => x.text.toLowerCase());
    return { ...p, aliases: aliasesOf(p.name, [...p.aliases, ...forms]), mentions: [...p.mentions, ...more].sort((a, b) => a.start - b.start) };
  });
}
