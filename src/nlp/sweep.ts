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

/** One hook key: its position in Object.keys(hooks) (the order compromise tries them in), its rules,
 * and each rule's match string as a number (rules are told apart by their match string). */
interface Hook {
  readonly order: number;
  readonly rules: readonly NetMatch[];
  readonly ids: Int32Array;
}

/**
 * The hooks by key, and a "seen" mark per match string: a sentence's candidates are deduplicated
 * by stamping each match string with the sentence's number, not by a new Set of strings per
 * sentence (that Set and its growth were most of the picker's time and garbage).
 */
interface HookIndex {
  readonly hooks: Map<string, Hook>;
  readonly seen: Uint32Array;
  stamp: number;
}

const indexes = new WeakMap<object, HookIndex>();

function hookIndex(hooks: Record<string, NetMatch[]>): HookIndex {
  let index = indexes.get(hooks);
  if (!index) {
    const idOf = new Map<string, number>();
    const byKey = new Map<string, Hook>();
    Object.keys(hooks).forEach((key, order) => {
      const rules = hooks[key]!;
      const ids = new Int32Array(rules.length);
      rules.forEach((rule, i) => {
        let id = idOf.get(rule.match);
        if (id === undefined) idOf.set(rule.match, (id = idOf.size));
        ids[i] = id;
      });
      byKey.set(key, { order, rules, ids });
    });
    index = { hooks: byKey, seen: new Uint32Array(idOf.size), stamp: 0 };
    indexes.set(hooks, index);
  }
  return index;
}

const byOrder = (a: Hook, b: Hook): number => a.order - b.order;

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

/** The rules worth trying on one sentence, in compromise's order, before its size check. */
function candidates(index: HookIndex, have: Set<string>): NetMatch[] {
  const hits: Hook[] = [];
  for (const item of have) {
    const hit = index.hooks.get(item);
    if (hit) hits.push(hit);
  }
  hits.sort(byOrder);
  // A new stamp per sentence; on wrap-around, every mark is cleared once.
  if (index.stamp === 0xffffffff) { index.seen.fill(0); index.stamp = 0; }
  const stamp = ++index.stamp;
  const seen = index.seen;
  const out: NetMatch[] = [];
  for (const { rules, ids } of hits) {
    for (let i = 0; i < rules.length; i++) {
      // The first rule with a given match string is the one compromise keeps, whether it fits or not.
      const id = ids[i]!;
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      const rule = rules[i]!;
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
