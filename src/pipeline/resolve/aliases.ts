// One entity per referent. Mentions of the same name merge; a person's later mention by one word of
// the full name ("Koizumi", or "Ahn" for Ahn Gyu-back, whose family name comes first) joins the
// full name; an acronym defined in brackets after a name joins that name, as does an acronym that
// spells out the one organization of the article whose initials it is ("EU", European Union). Every surface form
// that is not the name becomes an alias, so that each mention slices out the name or an alias.
import { LEGAL_FORMS, nameKey, ORG_ENDINGS } from "../../data/organizations.js";
import { particleSurnames, SURNAME_PARTICLES } from "../../data/names.js";
import type { EntityMention } from "../doc.js";
import { lexiconTag } from "../../nlp/compromise.js";

export interface Mergeable {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly EntityMention[];
}

const words = (name: string): string[] => name.split(/\s+/).filter(Boolean);
/** Offset of the first mention (a loop: spreading 100 000 mentions into Math.min overflows the stack). */
function firstStart(x: Mergeable): number {
  let min = Infinity;
  for (const m of x.mentions) if (m.start < min) min = m.start;
  return min;
}

/** Same name once case, dots and apostrophes are set aside ("KEANE", "Keane"; "U.S.", "US"). */
export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** Merge `later` into `earlier`: mentions joined in text order, other surface forms as aliases. */
export function merge<T extends Mergeable>(earlier: T, later: T): T {
  const mentions = [...earlier.mentions, ...later.mentions].sort((a, b) => a.start - b.start);
  return { ...earlier, mentions, aliases: aliasesOf(earlier.name, [...earlier.aliases, later.name, ...later.aliases]) };
}

/** Distinct surface forms other than the name, compared without regard to case. */
export function aliasesOf(name: string, forms: readonly string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  const out: string[] = [];
  // Prefer a form in mixed case over the same form in capitals (Keane over KEANE).
  const sorted = [...forms].sort((a, b) => Number(a === a.toUpperCase()) - Number(b === b.toUpperCase()));
  for (const f of sorted) if (!seen.has(f.toLowerCase())) { seen.add(f.toLowerCase()); out.push(f); }
  return out.sort((a, b) => forms.indexOf(a) - forms.indexOf(b));
}

/**
 * Group items whose names are the same; the first-mentioned mixed-case form names the group.
 * `combine` folds the fields of each group's items in text order, on items without their mentions:
 * each group's mentions are joined and sorted once at the end, so that a name mentioned 10 000
 * times costs one sort, not 10 000.
 */
export function mergeSameNames<T extends Mergeable>(items: readonly T[], combine: (a: T, b: T) => T = merge): T[] {
  const ordered = items.map((item) => ({ item, start: firstStart(item) })).sort((a, b) => a.start - b.start);
  const groups = new Map<string, { head: T; mentions: Array<readonly EntityMention[]> }>();
  for (const { item } of ordered) {
    const key = nameKey(item.name);
    const g = groups.get(key);
    const bare: T = { ...item, mentions: [] };
    if (!g) {
      groups.set(key, { head: bare, mentions: [item.mentions] });
      continue;
    }
    const merged = combine(g.head, bare);
    // A name seen in capitals first (a headline) is renamed by its first mixed-case form.
    g.head = g.head.name === g.head.name.toUpperCase() && item.name !== item.name.toUpperCase()
      ? { ...merged, name: item.name, aliases: aliasesOf(item.name, [g.head.name, ...merged.aliases]) } : merged;
    g.mentions.push(item.mentions);
  }
  return [...groups.values()].map(({ head, mentions }) => ({
    ...head,
    mentions: mentions.length === 1 ? mentions[0]! : mentions.flat().sort((a, b) => a.start - b.start),
  }));
}

/** An honorific right before a name, and the sex it tells: "Mr. Obama", "Mrs Obama". */
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(Mr|Mister|Sir|Lord|Mrs|Ms|Miss|Madam|Mme|Dame|Lady)\.?[ \t]+$/u;
const MALE_HONORIFICS: ReadonlySet<string> = new Set(["mr", "mister", "sir", "lord"]);
/** How far before a mention its honorific may begin. */
const HONORIFIC_REACH = 10;

type Sex = "male" | "female";

/** The sex an honorific right before `at` tells, or null. */
function honorificSex(text: string, at: number): Sex | null {
  const m = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, at - HONORIFIC_REACH), at));
  return m ? (MALE_HONORIFICS.has(m[1]!.toLowerCase()) ? "male" : "female") : null;
}

/** The sex compromise's lexicon gives the first word of a full name ("Michelle"), or null. */
function givenNameSex(name: string): Sex | null {
  const tag = lexiconTag(words(name)[0] ?? "");
  return tag === "MaleName" ? "male" : tag === "FemaleName" ? "female" : null;
}

/**
 * People: full names first, then single words attached to the full name that contains them (the
 * nearest one mentioned before, else the first one after). When several full names share the word
 * ("Barack Obama", "Michelle Obama"), a mention after an honorific of the other sex ("Mrs. Obama")
 * goes to the full name whose given name is of that sex. Without such evidence the word stays
 * with one full name: a story's "Cruz" is its main Cruz, not the wife named in passing.
 */
export function mergePeople<T extends Mergeable>(items: readonly T[], combine: (a: T, b: T) => T = merge, text = ""): T[] {
  const same = surnamesWithParticles(mergeSameNames(items, combine), combine);
  const full = same.filter((p) => words(p.name).length > 1);
  const single = same.filter((p) => words(p.name).length === 1);
  const out = [...full];
  const starts = full.map(firstStart);
  // The full names each word (or part of a hyphenated word) belongs to, in order: one look-up per
  // single word instead of a comparison with every full name.
  const hostsOf = new Map<string, number[]>();
  full.forEach((p, k) => {
    const keys = new Set<string>();
    for (const w of words(p.name)) {
      keys.add(nameKey(w));
      for (const h of w.split("-")) if (h.length > 2) keys.add(nameKey(h));
    }
    for (const key of keys) {
      const list = hostsOf.get(key);
      if (list) list.push(k); else hostsOf.set(key, [k]);
    }
  });
  // The single-word items as found, by name, for the words that several full names share: each
  // mention of such a word may go to another full name.
  const shared = new Map<string, T[]>();
  for (const item of items) {
    const key = nameKey(item.name);
    if (words(item.name).length !== 1 || (hostsOf.get(key)?.length ?? 0) < 2) continue;
    const list = shared.get(key);
    if (list) list.push(item); else shared.set(key, [item]);
  }
  const sexes = full.map((p) => givenNameSex(p.name));
  for (const s of single) {
    const key = nameKey(s.name);
    const hosts = hostsOf.get(key);
    if (!hosts) { out.push(s); continue; }
    // The nearest full name mentioned before, else the first one.
    const at = firstStart(s);
    let host = -1;
    for (const k of hosts) if (starts[k]! <= at && (host < 0 || starts[k]! > starts[host]!)) host = k;
    if (host < 0) host = hosts[0]!;
    // Mentions after an honorific of the other sex than the host's given name ("Mrs. Obama" when
    // the word went to Barack Obama) go to the full name of that sex mentioned last before them.
    const moved = new Map<number, T[]>();
    const pieces = shared.get(key);
    if (pieces && sexes[host]) {
      const named = hosts.flatMap((k) => out[k]!.mentions.map((m) => ({ k, start: m.start }))).sort((x, y) => x.start - y.start);
      const lastNamed = new Map<number, number>();
      let next = 0;
      for (const piece of pieces.map((item) => ({ item, at: firstStart(item) })).sort((x, y) => x.at - y.at)) {
        for (; next < named.length && named[next]!.start <= piece.at; next++) lastNamed.set(named[next]!.k, named[next]!.start);
        const sex = honorificSex(text, piece.at);
        if (!sex || sex === sexes[host]) continue;
        // A full name of that sex, else one whose given name tells none ("Barack" is not in the lexicon).
        const fitting = hosts.filter((k) => sexes[k] === sex);
        let to = -1;
        for (const k of fitting.length ? fitting : hosts.filter((k) => sexes[k] === null)) if (to < 0 || (lastNamed.get(k) ?? -1) > (lastNamed.get(to) ?? -1)) to = k;
        if (to < 0) continue;
        const list = moved.get(to);
        if (list) list.push(piece.item); else moved.set(to, [piece.item]);
      }
    }
    if (moved.size === 0) {
      out[host] = combine(out[host]!, s);
      starts[host] = Math.min(starts[host]!, at);
      continue;
    }
    const movedItems = new Set([...moved.values()].flat());
    const stays = pieces!.filter((item) => !movedItems.has(item));
    if (stays.length) {
      const rest = mergeSameNames(stays, combine)[0]!;
      out[host] = combine(out[host]!, rest);
      starts[host] = Math.min(starts[host]!, firstStart(rest));
    }
    for (const [to, list] of moved) out[to] = combine(out[to]!, mergeSameNames(list, combine)[0]!);
  }
  return out.map((p) => ({ p, start: firstStart(p) })).sort((a, b) => a.start - b.start).map(({ p }) => p);
}

/**
 * "De Niro" and "Von der Leyen" join "Robert De Niro" and "Ursula von der Leyen": a name that is
 * the end of a longer one, from a surname particle on, is its surname. One look-up per name.
 */
function surnamesWithParticles<T extends Mergeable>(people: readonly T[], combine: (a: T, b: T) => T): T[] {
  const hostOf = new Map<string, number>();
  people.forEach((p, k) => {
    for (const key of particleSurnames(words(p.name)).map(nameKey)) if (!hostOf.has(key)) hostOf.set(key, k);
  });
  if (hostOf.size === 0) return [...people];
  const out: (T | null)[] = [...people];
  people.forEach((p, k) => {
    const host = hostOf.get(nameKey(p.name));
    if (host === undefined || host === k || !out[host] || !SURNAME_PARTICLES.has(words(p.name)[0]!.toLowerCase())) return;
    out[host] = combine(out[host]!, p);
    out[k] = null;
  });
  return out.filter((x): x is T => x !== null);
}

/** Do the letters of `acronym` start the words of `name` in order ("MSDF", Maritime Self-Defense Force)? */
export function abbreviates(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, "").toLowerCase();
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w)).map((w) => w[0]!.toLowerCase());
  if (letters.length < 2 || letters[0] !== initials[0]) return false;
  let i = 0;
  for (const ch of initials) if (ch === letters[i]) i++;
  return i === letters.length;
}

/** Organizations: same names merge, and an acronym defined in brackets after a name joins it. */
export function mergeOrganizations<T extends Mergeable>(items: readonly T[], text: string): T[] {
  const same = mergeSameNames(items);
  const defined = new Map<string, number>();
  same.forEach((o, k) => {
    for (const m of o.mentions) {
      const after = /^\s*\(([\p{Lu}][\p{L}.&-]{1,11})\)/u.exec(text.slice(m.end, m.end + 16));
      if (after && abbreviates(after[1]!, o.name)) defined.set(nameKey(after[1]!), k);
    }
  });
  const index = indexOrganizations(same);
  const out: (T | null)[] = [...same];
  same.forEach((o, k) => {
    const host = defined.get(index.keys[k]!) ?? expandedIn(o.name, same, index) ?? shortenedIn(o.name, index);
    if (host === undefined || host === k || !out[host]) return;
    out[host] = merge(out[host]!, o);
    out[k] = null;
  });
  return out.filter((x): x is T => x !== null).map((o) => ({ o, start: firstStart(o) })).sort((a, b) => a.start - b.start).map(({ o }) => o);
}

/** Each organization's name key, and the look-ups below, computed once per article. */
interface OrganizationIndex {
  readonly keys: readonly string[];
  /** "toyota" -> the companies whose full name starts with it and ends in a legal form. */
  readonly byShortName: ReadonlyMap<string, readonly number[]>;
  /** "eu" -> the organizations whose initials spell it. */
  readonly byInitials: ReadonlyMap<string, readonly number[]>;
}

function indexOrganizations(orgs: readonly Mergeable[]): OrganizationIndex {
  const keys = orgs.map((o) => nameKey(o.name));
  const byShortName = new Map<string, number[]>();
  const byInitials = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, k: number): void => {
    const list = map.get(key);
    if (list) list.push(k); else map.set(key, [k]);
  };
  orgs.forEach((o, k) => {
    const full = keys[k]!.split(" ");
    if (COMPANY_ENDINGS.has(full.at(-1)!)) {
      for (let n = 1; n <= MAX_SHORT_NAME_WORDS && n < full.length; n++) add(byShortName, full.slice(0, n).join(" "), k);
    }
    add(byInitials, initialsOf(o.name), k);
  });
  return { keys, byShortName, byInitials };
}

/**
 * Words that end a company's full name: legal forms, group words and sector words ("Panasonic
 * Holdings", "Ridgeline Partners", "Deutsche Bank"). A story names the firm in full once and then
 * by its first word.
 */
const COMPANY_ENDINGS: ReadonlySet<string> = new Set([
  ...LEGAL_FORMS,
  ...ORG_ENDINGS.filter((r) => r.id === "company-suffix" || r.id === "company-sector").flatMap((r) => r.words),
]);
/** A short name has at most this many words ("Toyota", "Dow Chemical"). */
const MAX_SHORT_NAME_WORDS = 2;

/**
 * The one company whose full name the given name starts ("Toyota" with "Toyota Motor Corp",
 * "Panasonic" with "Panasonic Holdings"): a firm is called by the first words of its name once
 * the legal form has been written, in the headline as well as after.
 */
function shortenedIn(name: string, index: OrganizationIndex): number | undefined {
  const short = nameKey(name).split(" ");
  if (short.length > MAX_SHORT_NAME_WORDS || name === name.toUpperCase()) return undefined;
  const fits = index.byShortName.get(short.join(" ")) ?? [];
  return fits.length === 1 ? fits[0] : undefined;
}

/** Small words an acronym skips ("Organisation for Economic Cooperation and Development": OECD). */
export const ACRONYM_SKIPS: ReadonlySet<string> = new Set(["of", "and", "the", "for", "on", "in", "de", "du", "des", "la", "le", "&"]);

/**
 * The one organization an acronym the text never defines spells out ("EU" with "European Union"
 * in the same article): the acronym's letters are exactly the initials of that name's words, and
 * no other organization of the article fits, so the reading is not a guess.
 */
function expandedIn(acronym: string, orgs: readonly Mergeable[], index: OrganizationIndex): number | undefined {
  if (!/^(?:\p{Lu}\.?){2,6}$/u.test(acronym)) return undefined;
  const letters = acronym.replace(/\./g, "").toLowerCase();
  const fits = (index.byInitials.get(letters) ?? []).filter((k) => orgs[k]!.name !== acronym);
  return fits.length === 1 ? fits[0] : undefined;
}

/** The first letters of a name's words, small words skipped: "Organisation for Economic Cooperation" -> "oec". */
function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIPS.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join("");
}
