// The only place that configures compromise. nlp.plugin() and addWords change global state, so
// they run once, here, at import; every other module imports `nlp` from this file.
// compromise/two is the tagger without the chunker and the .people()/.places() views of the full
// build: the pipeline reads only its tags (segment.ts), the output is the same on every development
// corpus, and it loads and runs in less time.
import nlp from "compromise/two";
import { freeze, makePostTagger, type View } from "./steps.js";
import { bulkMatch } from "./sweep.js";

/** Words compromise does not know or mis-tags in news text. */
const WORDS: Record<string, string> = {};

nlp.addWords(WORDS);

// The post-tagger's rule picker, replaced by one that gives the same rules in the same order in a
// fraction of the time (sweep.ts).
const sweepMethods = (nlp.methods() as { one: { bulkMatch: unknown } }).one;
/** compromise's own picker, kept for the test that compares the two. */
export const compromiseBulkMatch = sweepMethods.bulkMatch;
sweepMethods.bulkMatch = bulkMatch;

// Two tagging steps that do the same to the words with less work (steps.ts); compromise's own are
// kept for the test that compares them.
const computeSteps = (nlp.world() as { compute: Record<string, (view: View) => unknown> }).compute;
export const compromiseSteps = { postTagger: computeSteps.postTagger!, freeze: computeSteps.freeze! };
/** The post-tagger installed (its rules copied before any tagging). */
export const postTagger = makePostTagger((nlp.model() as { two: { matches: object[] } }).two.matches);
computeSteps.postTagger = postTagger;
computeSteps.freeze = freeze;
computeSteps.frozen = freeze;

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/**
 * compromise's own lexicon entry for a lower-case word ("giles" -> MaleName), whatever tag the
 * word got in its sentence: a first name stays a first name when a sentence is mis-tagged.
 */
export function lexiconTag(word: string): string | null {
  const v = lexicon[word.toLowerCase()];
  return typeof v === "string" ? v : Array.isArray(v) ? v[0] ?? null : null;
}

export { nlp };

const tagSet = (nlp.model() as { one: { tagSet: Record<string, { parents?: string[]; also?: string[] }> } }).one.tagSet;
const expanded = new Map<string, readonly string[]>();

/**
 * Every tag compromise's lexicon gives a lower-case word, with the tags they imply ("john" ->
 * MaleName, FirstName, Person, ProperNoun, Noun, Singular), without running the tagger: the
 * plain tokenizer of huge documents reads its tags from here.
 */
export function lexiconTags(word: string): readonly string[] {
  const v = lexicon[word];
  if (v === undefined || !Object.hasOwn(lexicon, word)) return [];
  const key = typeof v === "string" ? v : v.join(",");
  let tags = expanded.get(key);
  if (!tags) {
    const out = new Set<string>();
    for (const tag of typeof v === "string" ? [v] : v) {
      out.add(tag);
      for (const p of tagSet[tag]?.parents ?? []) out.add(p);
      for (const a of tagSet[tag]?.also ?? []) out.add(a);
    }
    tags = [...out];
    expanded.set(key, tags);
  }
  return tags;
}
