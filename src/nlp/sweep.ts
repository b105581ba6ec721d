// compromise's post-tagger runs a few thousand match rules, picked per sentence by the words and
// tags the sentence holds ("hooks"). Its own picker walks every hook key for every sentence and
// concatenates arrays as it goes: a sixth of all tagging time on news text. This one walks the
// sentence's own words and tags instead (a few dozen), looks each up in an index of the rules, and
// puts the rules that fit in exactly the order compromise would have tried them, so the tags come
// out the same. Installed in compromise.ts, the only place that configures compromise.

/** A match rule as compromise's buildNet() prepares it (only the fields the picker reads). */
interface NetMatch {
  readonly match: string;
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
  readonly ifNo?: readonly string[];
  unTag?: unknown;
}

interface Net {
  readonly hooks: Record<string, NetMatch[]>;
  readonly always: readonly NetMatch[];
}

type Term = unknown;
type Pointer = [number, number, number];

interface SweepMethods {
  one: {
    cacheDoc(document: Term[][]): Array<Set<string>>;
    match(document: Term[][], match: NetMatch): { ptrs: Pointer[] };
  };
}

/**
 * compromise's order of the rules worth trying on a sentence is that of the hooks the sentence holds
 * (keys in Object.keys(hooks) order, rules in each hook's order), first occurrence of each match
 * string kept. A rule is in the hook of each of its needs and wants and nowhere else (buildNet), so
 * its place in that order is its entry in the first of its own keys the sentence holds.
 */
interface Entry {
  readonly rule: NetMatch;
  /** The rule's keys as hook numbers (Object.keys order), ascending, and its index in each hook. */
  readonly keys: Int32Array;
  readonly at: Int32Array;
  /** Whether the rule is reached through its wants (several keys; seen once per sentence). */
  readonly byWant: boolean;
  /** A number per rule for the "seen" mark. */
  readonly id: number;
}

/**
 * The rules by the key that brings them up for a sentence, and a "seen" mark per rule. A rule with
 * needs fits only when all its needs are there, so one need is enough to bring it up: the one whose
 * hook holds the fewest rules (usually a word, not a tag every sentence has), which skips the
 * hundreds of rules under "#Noun" that a sentence without their word could never fit. A rule without
 * needs is brought up by each of its wants. Sentences are told apart in the mark by a stamp, not by
 * a new Set per sentence.
 */
interface HookIndex {
  readonly byKey: Map<string, readonly Entry[]>;
  /** Hook number -> its key, and its rules (to turn a place back into its rule). */
  readonly keys: readonly string[];
  readonly hooks: ReadonlyArray<readonly NetMatch[]>;
  /** Places are encoded as hook * width + index. */
  readonly width: number;
  readonly seen: Uint32Array;
  stamp: number;
}

const indexes = new WeakMap<object, HookIndex | null>();

/**
 * The index of a net, or null when the net is not as buildNet makes it (a rule under a key it does
 * not name, or two rules with one match string): then compromise's own order is rebuilt the slow way.
 */
function hookIndex(hooks: Record<string, NetMatch[]>): HookIndex | null {
  let index = indexes.get(hooks);
  if (index !== undefined) return index;
  index = buildIndex(hooks);
  indexes.set(hooks, index);
  return index;
}

function buildIndex(hooks: Record<string, NetMatch[]>): HookIndex | null {
  const keys = Object.keys(hooks);
  const lists = keys.map((k) => hooks[k]!);
  const size = new Map(keys.map((k, i) => [k, lists[i]!.length]));
  const places = new Map<NetMatch, Array<[number, number]>>();
  const byMatch = new Map<string, NetMatch>();
  let width = 1;
  for (let hook = 0; hook < lists.length; hook++) {
    const rules = lists[hook]!;
    width = Math.max(width, rules.length + 1);
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      if ((byMatch.get(rule.match) ?? rule) !== rule) return null;
      byMatch.set(rule.match, rule);
      const list = places.get(rule);
      if (list) list.push([hook, i]); else places.set(rule, [[hook, i]]);
    }
  }
  const byKey = new Map<string, Entry[]>(keys.map((key) => [key, []]));
  let id = 0;
  for (const [rule, at] of places) {
    const own = new Set([...rule.needs, ...rule.wants]);
    // Exactly the rule's own keys, each once: anything else is not buildNet's net.
    if (at.length !== own.size || at.some(([hook], i) => !own.has(keys[hook]!) || (i > 0 && at[i - 1]![0] === hook))) return null;
    const byWant = rule.needs.length === 0;
    const entry: Entry = { rule, keys: Int32Array.from(at, (a) => a[0]), at: Int32Array.from(at, (a) => a[1]), byWant, id: id++ };
    const triggers = byWant ? own : [rule.needs.reduce((a, b) => (size.get(b)! < size.get(a)! ? b : a))];
    for (const key of triggers) byKey.get(key)!.push(entry);
  }
  return { byKey, keys, hooks: lists, width, seen: new Uint32Array(id), stamp: 0 };
}

/** All needs present, none of the ifNo, enough of the wants: compromise's trimDown, rule by rule. */
function fits(rule: NetMatch, have: Set<string>): boolean {
  const { needs, ifNo, wants } = rule;
  for (let i = 0; i < needs.length; i++) if (!have.has(needs[i]!)) return false;
  if (ifNo !== undefined) for (let i = 0; i < ifNo.length; i++) if (have.has(ifNo[i]!)) return false;
  if (wants.length > 0) {
    let found = 0;
    for (let i = 0; i < wants.length; i++) if (have.has(wants[i]!)) found++;
    if (found < rule.minWant) return false;
  }
  return true;
}

const ascending = (a: number, b: number): number => a - b;

/** The rules worth trying on one sentence, in compromise's order, before its size check. */
function candidates(index: HookIndex, have: Set<string>): NetMatch[] {
  // A new stamp per sentence; on wrap-around, every mark is cleared once.
  if (index.stamp === 0xffffffff) { index.seen.fill(0); index.stamp = 0; }
  const stamp = ++index.stamp;
  const { seen, width } = index;
  const places: number[] = [];
  for (const item of have) {
    const entries = index.byKey.get(item);
    if (entries === undefined) continue;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      if (entry.byWant) {
        if (seen[entry.id] === stamp) continue;
        seen[entry.id] = stamp;
      }
      if (!fits(entry.rule, have)) continue;
      // Its place: its entry in the first of its keys this sentence holds.
      const { keys, at } = entry;
      for (let k = 0; k < keys.length; k++) {
        const hook = keys[k]!;
        if (have.has(index.keys[hook]!)) { places.push(hook * width + at[k]!); break; }
      }
    }
  }
  places.sort(ascending);
  const out: NetMatch[] = new Array(places.length);
  for (let i = 0; i < places.length; i++) {
    const place = places[i]!;
    out[i] = index.hooks[Math.floor(place / width)]![place % width]!;
  }
  return out;
}

/** compromise's own getHooks and trimDown, for a net the index does not take. */
function slowCandidates(hooks: Record<string, NetMatch[]>, have: Set<string>): NetMatch[] {
  const seen = new Set<string>();
  const out: NetMatch[] = [];
  for (const key of Object.keys(hooks)) {
    if (!have.has(key)) continue;
    for (const rule of hooks[key]!) {
      if (seen.has(rule.match)) continue;
      seen.add(rule.match);
      if (fits(rule, have)) out.push(rule);
    }
  }
  return out;
}

/** A drop-in for compromise's methods.one.bulkMatch (same arguments, same results, same order). */
export function bulkMatch(document: Term[][], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}): Array<NetMatch & { pointer: Pointer }> {
  const caches = methods.one.cacheDoc(document);
  const index = hookIndex(net.hooks);
  const results: Array<NetMatch & { pointer: Pointer }> = [];
  for (let n = 0; n < document.length; n++) {
    const termCount = document[n]!.length;
    const picked = index === null ? slowCandidates(net.hooks, caches[n]!) : candidates(index, caches[n]!);
    const todo = net.always.length > 0 ? [...picked, ...net.always] : picked;
    for (const m of todo) {
      if (termCount < m.minWords) continue;
      const res = methods.one.match([document[n]!], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const found = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) found.unTag = m.unTag;
        results.push(found);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
