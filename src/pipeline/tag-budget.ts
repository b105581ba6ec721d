// How much of a document gets compromise's full tagger. Full tagging (lexicon, guesses and the
// post-tagger's context rules) costs several seconds per MB; a huge document (a dump, a page of
// flattened tables, a hostile input) cannot be fully tagged in the time budget of 2 s + 2 s per MB.
// Every real article fits in FULL_TAGGING_CHARS (the corpora's longest texts: 22 KB of news, 97 KB
// of one whole web page's cleaned text), so its output is unchanged; past it, text gets the lexicon and pre-tagger steps only
// (capitalisation, lexicon, suffixes): about a third of the cost, and it keeps about 99% of the
// proper nouns on concatenated news, though fewer context tags (a name outside the lexicon is a
// ProperNoun but not a Person). The document's messages say when this happened.
import { nlp } from "../nlp/compromise.js";
import type { Message } from "./doc.js";

/** Characters of a document given to the full tagger; the rest gets the light one. */
export const FULL_TAGGING_CHARS = 100_000;

/** compromise's steps up to and including its pre-tagger: no post-tagger context rules. */
const LIGHT_STEPS = ["contractions", "alias", "machine", "index", "id", "lexicon", "preTagger"];

export interface TagBudget {
  /** compromise's JSON (with offsets) of one piece of text, fully or lightly tagged. */
  tag(text: string): unknown[];
  /** A message when part of the document was lightly tagged, else none. */
  messages(): Message[];
}

/** One budget per document: pieces are tagged in document order. */
export function tagBudget(limit = FULL_TAGGING_CHARS): TagBudget {
  let used = 0;
  let lightChars = 0;
  return {
    tag(text) {
      if (used + text.length <= limit) {
        used += text.length;
        return nlp(text).json({ offset: true }) as unknown[];
      }
      // Once the budget is spent, every later piece is light too, so the switch happens once.
      used = limit + 1;
      lightChars += text.length;
      const doc = nlp.tokenize(text);
      doc.compute(LIGHT_STEPS);
      return doc.json({ offset: true }) as unknown[];
    },
    messages() {
      if (lightChars === 0) return [];
      return [{
        stage: "segment",
        severity: "info",
        text: `document longer than ${limit} characters: ${lightChars} characters past the first ${limit} were tagged with compromise's lexicon and pre-tagger only (no context rules), so entities there may be missed or typed less precisely`,
      }];
    },
  };
}
