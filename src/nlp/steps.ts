// Two of compromise's tagging steps, rewritten to do the same to the words with less work.
// Installed in compromise.ts, the only place that configures compromise.

/** The parts of compromise's world and views these steps use. */
interface Term {
  readonly machine: string | null;
  readonly normal: string;
  readonly index: [number, number];
  frozen?: boolean;
}
interface World {
  model: { one: { frozenLex: Record<string, string>; _multiCache?: Record<string, number> } };
  methods: {
    one: {
      setTag(terms: Term[], tag: string, world: World, safe: boolean, reason: string): void;
      buildNet(matches: object[], world: World): unknown;
      bulkMatch(docs: Term[][], net: unknown, methods: unknown, opts: object): unknown[];
      bulkTagger(found: unknown[], docs: Term[][], world: World): void;
    };
    two: { quickSplit(docs: Term[][]): Term[][] };
  };
}
export interface View {
  readonly world: World;
  readonly docs: Term[][];
  readonly methods: unknown;
  update(pointers: number[][]): View;
  uncache(): View;
  unfreeze(): View;
}

/**
 * compromise's post-tagger: its context rules, run on the sentences cut at commas. compromise runs
 * them through View.sweep, which after tagging turns every rule that fit into a view of its own
 * and all of them into one more, for a caller that wants the matches; the post-tagger drops them.
 * This one calls the two steps that tag (bulkMatch, bulkTagger) the way View.sweep calls them, and
 * makes no views. `rules` are compromise's post-tagger rules before any tagging: buildNet writes
 * its parse into the rules it is given, so this one takes copies and leaves compromise's to it.
 */
export function makePostTagger(rules: readonly object[]): (view: View) => View {
  const own = rules.map((rule) => ({ ...rule }));
  let net: unknown = null;
  return (view) => {
    const { world } = view;
    const { methods } = world;
    net ??= methods.one.buildNet(own, world);
    const clauses = methods.two.quickSplit(view.docs);
    const pointers = clauses.map((terms) => {
      const at = terms[0]!.index;
      return [at[0], at[1], at[1] + terms.length];
    });
    const part = view.update(pointers);
    const docs = part.docs;
    methods.one.bulkTagger(methods.one.bulkMatch(docs, net, part.methods, {}), docs, world);
    view.uncache();
    view.unfreeze();
    return view;
  };
}

/** The first words of the frozen lexicon's multi-word entries, by the lexicon they were read from. */
const frozenStarts = new WeakMap<object, { size: number; starts: Set<string> }>();

function startsOf(frozenLex: Record<string, string>): Set<string> {
  const keys = Object.keys(frozenLex);
  const known = frozenStarts.get(frozenLex);
  if (known && known.size === keys.length) return known.starts;
  const starts = new Set<string>();
  for (const key of keys) {
    const space = key.indexOf(" ");
    if (space > 0) starts.add(key.slice(0, space));
  }
  frozenStarts.set(frozenLex, { size: keys.length, starts });
  return starts;
}

/**
 * compromise's "freeze" step: words of the frozen lexicon get their tag and are frozen. For every
 * word that begins any multi-word entry of the whole lexicon (a few thousand: "the", "new", ...)
 * compromise builds each phrase of up to that entry's length from scratch to look it up in the
 * frozen lexicon, whose multi-word entries begin with a few dozen words. Here the phrases are built
 * only for those words, once each, and looked up in compromise's order (longest first, one look-up
 * per phrase length, the ones past the sentence's end included), so the same tags are set in the
 * same order.
 */
export function freeze(view: View): void {
  const { world } = view;
  const { frozenLex } = world.model.one;
  const multi = world.model.one._multiCache ?? {};
  const setTag = world.methods.one.setTag;
  const starts = startsOf(frozenLex);
  for (const terms of view.docs) {
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const word = t.machine || t.normal;
      const span = multi[word];
      if (span !== undefined && i + 1 < terms.length && (starts.has(word) || word.includes(" "))) {
        const end = i + span - 1;
        const last = Math.min(end, terms.length - 1);
        // phrases[k - i]: the words i..k joined, for k up to the sentence's last word.
        const phrases: string[] = [word];
        for (let k = i + 1; k <= last; k++) phrases.push(`${phrases[k - i - 1]!} ${terms[k]!.machine || terms[k]!.normal}`);
        for (let k = end; k > i; k--) {
          const upTo = Math.min(k, last);
          const phrase = phrases[upTo - i]!;
          if (Object.hasOwn(frozenLex, phrase)) {
            const words = terms.slice(i, upTo + 1);
            setTag(words, frozenLex[phrase]!, world, false, "1-frozen-multi-lexicon");
            for (const w of words) w.frozen = true;
          }
        }
      }
      if (frozenLex[word] !== undefined && Object.hasOwn(frozenLex, word)) {
        setTag([t], frozenLex[word]!, world, false, "1-freeze-lexicon");
        t.frozen = true;
      }
    }
  }
}
