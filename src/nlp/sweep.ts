// compromise's post-tagger runs a few thousand match rules, picked per sentence by the words and
// tags the sentence holds ("hooks"). Its own picker walks every hook key for every sentence and
// concatenates arrays as it goes: a sixth of all tagging time on news text. This one walks the
// sentence's own words and tags instead (a few dozen) and looks each up in an index of the hooks,
// then keeps the rules in exactly the order compromise would have tried them, so the tags come
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

/** Each hook key's position in Object.keys(hooks) (the order compromise tries them in) and its rules. */
type HookIndex = Map<string, { readonly order: number; readonly rules: readonly NetMatch[] }>;

const indexes = new WeakMap<object, HookIndex>();

function hookIndex(hooks: Record<string, NetMatch[]>): HookIndex {
  let index = indexes.get(hooks);
  if (!index) {
    index = new Map(Object.keys(hooks).map((key, order) => [key, { order, rules: hooks[key]! }]));
    indexes.set(hooks, index);
  }
  return index;
}

/** The rules worth trying on one sentence, in compromise's order, before its size check. */
function candidates(index: HookIndex, have: Set<string>): NetMatch[] {
  const hits: Array<{ readonly order: number; readonly rules: readonly NetMatch[] }> = [];
  for (const item of have) {
    const hit = index.get(item);
    if (hit) hits.push(hit);
  }
  hits.sort((a, b) => a.order - b.order);
  const seen = new Set<string>();
  const out: NetMatch[] = [];
  for (const { rules } of hits) {
    for (const rule of rules) {
      if (seen.has(rule.match)) continue;
      seen.add(rule.match);
      // All needs present, none of the ifNo, enough of the wants.
      if (!rule.needs.every((need) => have.has(need))) continue;
      if (rule.ifNo !== undefined && rule.ifNo.some((no) => have.has(no))) continue;
      if (rule.wants.length > 0 && rule.wants.filter((want) => have.has(want)).length < rule.minWant) continue;
      out.push(rule);
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
    const todo = net.always.length > 0 ? [...candidates(index, caches[n]!), ...net.always] : candidates(index, caches[n]!);
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
