// How much of a document gets compromise's tagger. Tagging (lexicon, guesses and the post-tagger's
// context rules) and the extractors that read its tags cost about 6 s per MB; a huge document (a
// dump, a page of flattened tables, a hostile input) cannot be read that way in the time budget of
// 2 s + 2 s per MB. Every real article fits in FULL_TAGGING_CHARS (the corpora's longest texts:
// 22 KB of news, 97 KB of one whole web page's cleaned text), so its output is unchanged. Past it
// no token is made: dates, quotes and agreements are read only before it (window.ts), and people,
// organizations and places in the rest are found by a plain scan (tail-entities.ts: the plain
// tokenizer, names already found, the name lists). The document's messages say so.
import { nlp } from "../nlp/compromise.js";
import type { Message } from "./doc.js";
import type { PlainTerm } from "./plain-tokens.js";

/** Characters of a document given to compromise's tagger; the rest gets the plain scan. */
export const FULL_TAGGING_CHARS = 100_000;

export interface TagBudget {
  /** The tagged sentences of one piece of text (its words, with offsets), or null past the budget. */
  tag(text: string): Array<{ terms: PlainTerm[] }> | null;
  /** A message when part of the document was past the budget (`pastChars` of it), else none. */
  messages(pastChars: number): Message[];
}

/** One budget per document: pieces are tagged in document order. */
export function tagBudget(limit = FULL_TAGGING_CHARS): TagBudget {
  let used = 0;
  let spent = false;
  return {
    tag(text) {
      if (used + text.length <= limit) {
        used += text.length;
        return taggedSentences(text);
      }
      // Once the budget is spent, every later piece is past it too, so the switch happens once.
      used = limit + 1;
      spent = true;
      return null;
    },
    messages(pastChars) {
      if (!spent) return [];
      return [{
        stage: "segment",
        severity: "info",
        text: `document longer than ${limit} characters: dates, quotes and agreements were looked for in the first ${limit} characters only; in the ${pastChars} characters past them, people, organizations and places were found by a plain scan (capitalised words typed by the names found before and the name lists), so some there are missed`,
      }];
    },
  };
}

/** A word as compromise's tagger leaves it: the fields segment.ts reads. */
interface TaggedTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * The words of each sentence, read off compromise's own terms. `.json({ offset: true })` gives the
 * same fields, but it also copies every field of every word and rebuilds each sentence's text
 * twice (for its text and its length), none of which is read.
 */
function taggedSentences(text: string): Array<{ terms: PlainTerm[] }> {
  const doc = nlp(text).compute("offset") as unknown as { docs: TaggedTerm[][] };
  return doc.docs.map((terms) => ({
    terms: terms.map((t) => ({
      text: t.text, normal: t.normal, pre: t.pre, post: t.post, tags: Array.from(t.tags),
      offset: { start: t.offset.start, length: t.offset.length },
    })),
  }));
}
