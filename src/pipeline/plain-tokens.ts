// The tokenizer of the part of a huge document past the tagging budget (tag-budget.ts). It reads
// no context and runs no tagger: words are split at white space, punctuation is peeled off into
// `pre` and `post` as compromise does, and each word's tags come from compromise's lexicon and the
// word's own shape (capital, digits, "'s"). One pass over the text, a hash lookup per word: it
// costs a small fraction of compromise's lightest steps, so that the tail of a 5 MB document fits
// the time budget. What it loses is the context tags: a capitalised word outside the lexicon is a
// ProperNoun but not a Person, a word's part of speech is its lexicon's, unknown words are nouns.
import { lexiconTags } from "../nlp/compromise.js";

/** The shape of compromise's JSON that segment.ts reads. */
export interface PlainTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Punctuation compromise keeps out of a word, before it and after it. */
const LEADING = /^[\p{Ps}\p{Pi}\p{Pf}"'`*#~_|\-–—¿¡]+/u;
/** One character of trailing punctuation. Peeled by a loop from the end: /[...]+$/ would retry
 * from every position of a long run of punctuation that ends in a letter, quadratic in it. */
const TRAILING_CHAR = /^[\p{Pe}\p{Pf}\p{Pi}"'`.,;:!?…*~_|\-–—]$/u;
/** "U.S." and "e.g.": single letters with stops keep their stops, as compromise keeps them. */
const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;
/** A stop that ends a sentence, unless the word before it is an abbreviation or an initial. */
const STOP = /[.!?…]/u;

/** Tags of a word from its shape and compromise's lexicon, shared by every word with the same key. */
const shapeTags = new Map<string, string[]>();
/**
 * The same tags by the word's own text and place (its normal form and shape follow from them):
 * words repeat, and a hit skips the shape tests, a fifth of the tail's scan.
 */
const wordTags = new Map<string, string[]>();

function tagsOf(text: string, normal: string, first: boolean): string[] {
  const word = `${first ? 1 : 0}${text}`;
  let tags = wordTags.get(word);
  if (tags) return tags;
  tags = shapeTagsOf(text, normal, first);
  // Bounded as shapeTags is.
  if (wordTags.size < 50_000) wordTags.set(word, tags);
  return tags;
}

function shapeTagsOf(text: string, normal: string, first: boolean): string[] {
  const upper = /^\p{Lu}/u.test(text);
  const allCaps = upper && text.length > 1 && !/\p{Ll}/u.test(text);
  const possessive = /['’]s$/u.test(normal);
  const key = `${normal}|${upper ? 1 : 0}${allCaps ? 1 : 0}${first ? 1 : 0}`;
  let tags = shapeTags.get(key);
  if (tags) return tags;
  const base = possessive ? normal.slice(0, -2) : normal;
  // A word in capitals is a name or a headline's word, whatever the lexicon says of its letters
  // ("U.S." is not the pronoun "us").
  const known = allCaps ? [] : lexiconTags(base);
  const out = new Set<string>(known);
  if (/^[$€£¥]?\d/u.test(text)) {
    for (const t of ["Value", "Cardinal", "NumericValue"]) out.add(t);
    if (/^(?:1[0-9]|20)\d\d$/u.test(text)) { out.add("Year"); out.add("Date"); }
    if (/%$/u.test(text)) out.add("Percent");
    if (/^[$€£¥]/u.test(text)) out.add("Money");
  } else if (upper) {
    // compromise's pre-tagger: a capital inside a sentence marks a proper noun; at its start only
    // when the lexicon does not know the word.
    if (!first || known.length === 0 || allCaps) { out.add("ProperNoun"); out.add("Noun"); if (!out.has("Plural")) out.add("Singular"); }
    if (allCaps && text.length <= 6) out.add("Acronym");
  } else if (known.length === 0 && /\p{L}/u.test(text)) {
    out.add("Noun");
    out.add("Singular");
  }
  if (possessive) out.add("Possessive");
  tags = [...out];
  // Bounded: a hostile document of distinct words must not grow this cache without limit.
  if (shapeTags.size < 50_000) shapeTags.set(key, tags);
  return tags;
}

/** Is a word followed by a stop an abbreviation or an initial, so that the stop ends no sentence? */
function keepsStop(text: string): boolean {
  if (/^\p{Lu}$/u.test(text) || DOTTED_ACRONYM.test(`${text}.`)) return true;
  return lexiconTags(text.toLowerCase()).includes("Abbreviation");
}

/**
 * Sentences of one piece of text (offsets into it), as compromise's json({ offset: true }) gives
 * them: a sentence ends at a stop after a word that is not an abbreviation, or at a line break.
 */
export function plainSentences(text: string): Array<{ terms: PlainTerm[] }> {
  const sentences: Array<{ terms: PlainTerm[] }> = [];
  let terms: PlainTerm[] = [];
  let pending = "";
  const end = (): void => {
    if (terms.length) sentences.push({ terms });
    terms = [];
  };
  const chunk = /\S+/gu;
  for (let m = chunk.exec(text); m; m = chunk.exec(text)) {
    const raw = m[0];
    const after = text.slice(m.index + raw.length, nextNonSpace(text, m.index + raw.length));
    const lead = LEADING.exec(raw)?.[0] ?? "";
    let word = raw.slice(lead.length);
    let cut = word.length;
    while (cut > 0 && TRAILING_CHAR.test(word[cut - 1]!)) cut--;
    let trail = word.slice(cut);
    if (trail.startsWith(".") && DOTTED_ACRONYM.test(word.slice(0, word.length - trail.length + 1))) trail = trail.slice(1);
    word = word.slice(0, word.length - trail.length);
    if (!word) {
      // Punctuation alone ("—", "...") belongs to the words around it.
      const previous = terms[terms.length - 1];
      if (previous) previous.post += raw + after;
      else pending += raw + after;
    } else {
      const normal = (DOTTED_ACRONYM.test(word) ? word.replace(/\./gu, "") : word).toLowerCase();
      terms.push({
        text: word, normal, pre: pending + lead, post: trail + after,
        tags: tagsOf(word, normal, terms.length === 0), offset: { start: m.index + lead.length, length: word.length },
      });
      pending = "";
    }
    const stop = STOP.test(trail) && !(trail.startsWith(".") && trail.length === 1 && keepsStop(word));
    if (after.includes("\n") || (stop && word)) end();
  }
  end();
  return sentences;
}

function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}
