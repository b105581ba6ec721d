// One entity per referent. Mentions of the same name merge; a person's later mention by one word of
// the full name ("Koizumi", or "Ahn" for Ahn Gyu-back, whose family name comes first) joins the
// full name; an acronym defined in brackets after a name joins that name, as does an acronym that
// spells out the one organization of the article whose initials it is ("EU", European Union). Every surface form
// that is not the name becomes an alias, so that each mention slices out the name or an alias.
import { LEGAL_FORMS, nameKey } from "../../data/organizations.js";
import type { EntityMention } from "../doc.js";

export interface Mergeable {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly EntityMention[];
}

const words = (name: string): string[] => name.split(/\s+/).filter(Boolean);
const firstStart = (x: Mergeable): number => Math.min(...x.mentions.map((m) => m.start));

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

/** Group items whose names are the same; the first-mentioned mixed-case form names the group. */
export function mergeSameNames<T extends Mergeable>(items: readonly T[], combine: (a: T, b: T) => T = merge): T[] {
  const groups = new Map<string, T>();
  for (const item of [...items].sort((a, b) => firstStart(a) - firstStart(b))) {
    const key = nameKey(item.name);
    const g = groups.get(key);
    if (!g) groups.set(key, item);
    else {
      const merged = combine(g, item);
      // A name seen in capitals first (a headline) is renamed by its first mixed-case form.
      const renamed = g.name === g.name.toUpperCase() && item.name !== item.name.toUpperCase()
        ? { ...merged, name: item.name, aliases: aliasesOf(item.name, [g.name, ...merged.aliases]) } : merged;
      groups.set(key, renamed);
    }
  }
  return [...groups.values()];
}

/**
 * People: full names first, then single words attached to the full name that contains them (the
 * nearest one mentioned before, else the first one after).
 */
export function mergePeople<T extends Mergeable>(items: readonly T[], combine: (a: T, b: T) => T = merge): T[] {
  const same = mergeSameNames(items, combine);
  const full = same.filter((p) => words(p.name).length > 1);
  const single = same.filter((p) => words(p.name).length === 1);
  const out = [...full];
  for (const s of single) {
    const key = nameKey(s.name);
    const at = firstStart(s);
    const hosts = out
      .map((p, k) => ({ p, k }))
      .filter(({ p }) => words(p.name).length > 1 && words(p.name).some((w) => nameKey(w) === key || w.split("-").some((h) => nameKey(h) === key && h.length > 2)));
    if (hosts.length === 0) { out.push(s); continue; }
    const before = hosts.filter(({ p }) => firstStart(p) <= at);
    const host = (before.length ? before.sort((a, b) => firstStart(b.p) - firstStart(a.p))[0] : hosts[0])!;
    out[host.k] = combine(host.p, s);
  }
  return out.sort((a, b) => firstStart(a) - firstStart(b));
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
  const out: (T | null)[] = [...same];
  same.forEach((o, k) => {
    const host = defined.get(nameKey(o.name)) ?? expandedIn(o.name, same) ?? shortenedIn(o.name, same);
    if (host === undefined || host === k || !out[host]) return;
    out[host] = merge(out[host]!, o);
    out[k] = null;
  });
  return out.filter((x): x is T => x !== null).sort((a, b) => firstStart(a) - firstStart(b));
}

/** Words that end a company's full name, besides legal forms ("Panasonic Holdings"). */
const COMPANY_ENDINGS: ReadonlySet<string> = new Set([...LEGAL_FORMS, "holdings", "group"]);
/** A short name has at most this many words ("Toyota", "Dow Chemical"). */
const MAX_SHORT_NAME_WORDS = 2;

/**
 * The one company whose full name the given name starts ("Toyota" with "Toyota Motor Corp",
 * "Panasonic" with "Panasonic Holdings"): a firm is called by the first words of its name once
 * the legal form has been written, in the headline as well as after.
 */
function shortenedIn(name: string, orgs: readonly Mergeable[]): number | undefined {
  const short = nameKey(name).split(" ");
  if (short.length > MAX_SHORT_NAME_WORDS || name === name.toUpperCase()) return undefined;
  const fits = orgs.flatMap((o, k) => {
    const full = nameKey(o.name).split(" ");
    const starts = full.length > short.length && short.every((w, i) => full[i] === w);
    return starts && COMPANY_ENDINGS.has(full.at(-1)!) ? [k] : [];
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Small words an acronym skips ("Organisation for Economic Cooperation and Development": OECD). */
const ACRONYM_SKIPS = new Set(["of", "and", "the", "for", "on", "in", "de", "du", "des", "la", "le", "&"]);

/**
 * The one organization an acronym the text never defines spells out ("EU" with "European Union"
 * in the same article): the acronym's letters are exactly the initials of that name's words, and
 * no other organization of the article fits, so the reading is not a guess.
 */
function expandedIn(acronym: string, orgs: readonly Mergeable[]): number | undefined {
  if (!/^(?:\p{Lu}\.?){2,6}$/u.test(acronym)) return undefined;
  const letters = acronym.replace(/\./g, "").toLowerCase();
  const fits = orgs.flatMap((o, k) => {
    const initials = o.name.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIPS.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join("");
    return initials === letters && o.name !== acronym ? [k] : [];
  });
  return fits.length === 1 ? fits[0] : undefined;
}
