// One entity per referent: mentions with the same name are merged, and a later mention by surname
// ("Koizumi") joins the full name seen earlier ("Shinjiro Koizumi"). A shouldMerge/merge pair, as
// chrono's merging refiners.
import type { EntityMention } from "../doc.js";

export interface Mergeable {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly EntityMention[];
}

const words = (name: string): string[] => name.split(/\s+/);

/** Does `later` name the same entity as `earlier`: the same name, or one of its words for a person? */
export function shouldMerge(earlier: Mergeable, later: Mergeable, byPart: boolean): boolean {
  if (earlier.name === later.name) return true;
  return byPart && words(later.name).length === 1 && words(earlier.name).includes(later.name);
}

export function merge<T extends Mergeable>(earlier: T, later: T): T {
  const aliases = [...earlier.aliases];
  for (const a of [later.name, ...later.aliases]) if (a !== earlier.name && !aliases.includes(a)) aliases.push(a);
  return { ...earlier, aliases, mentions: [...earlier.mentions, ...later.mentions].sort((a, b) => a.start - b.start) };
}

/** Merge a list in order of first mention; longer names first so that surnames join full names. */
export function mergeAll<T extends Mergeable>(items: readonly T[], byPart: boolean): T[] {
  const order = [...items].sort((a, b) => words(b.name).length - words(a.name).length || a.mentions[0]!.start - b.mentions[0]!.start);
  const out: T[] = [];
  for (const item of order) {
    const k = out.findIndex((e) => shouldMerge(e, item, byPart));
    if (k >= 0) out[k] = merge(out[k]!, item);
    else out.push(item);
  }
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
