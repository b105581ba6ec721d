// The frame of a quotation: the words around it that say who spoke. compromise's sentences run
// across closing quotation marks ("… them.” He said: …"), so this module cuts its own sentences
// over a list of items, where every quotation is one opaque item and every other word is a token.
import type { Token } from "../../doc.js";
import { CUE_FORMS } from "./lexicon.js";
import type { QuotedSpan } from "./marks.js";

export type Item =
  | { readonly kind: "word"; readonly token: number }
  | { readonly kind: "quote"; readonly quote: number };

/** The token of item i when it is a word, else null. */
export const wordAt = (items: readonly Item[], i: number): number | null => {
  const it = items[i];
  return it && it.kind === "word" ? it.token : null;
};

/** A sentence of the frame: its items in order, and the paragraph it starts in. */
export interface FrameSentence {
  readonly items: readonly Item[];
  readonly paragraph: number;
}

/** Sentence-final punctuation in the text that follows a word (compromise keeps it in `post`). */
const ENDS_SENTENCE = /[.!?…](?:["'”’»)\]]*)\s*$/u;
/** A quotation whose own words end a sentence (“… lose.”), unless the frame goes on in lower case. */
const QUOTE_ENDS_SENTENCE = /[.!?…]["'”’»\s]*$/u;

/** Items of the whole text in reading order: words outside quotations, and the quotations. */
export function itemsOf(tokens: readonly Token[], quotes: readonly QuotedSpan[]): Item[] {
  const items: Item[] = [];
  let q = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    while (q < quotes.length && quotes[q]!.close <= tok.start) items.push({ kind: "quote", quote: q++ });
    const inside = q < quotes.length && quotes[q]!.open <= tok.start && tok.start < quotes[q]!.close;
    if (!inside) items.push({ kind: "word", token: t });
  }
  while (q < quotes.length) items.push({ kind: "quote", quote: q++ });
  return items;
}

function paragraphOf(item: Item, tokens: readonly Token[], quotes: readonly QuotedSpan[], paragraphOfSentence: (s: number) => number): [number, number] {
  if (item.kind === "quote") return [quotes[item.quote]!.paragraph, quotes[item.quote]!.lastParagraph];
  const p = paragraphOfSentence(tokens[item.token]!.sentence);
  return [p, p];
}

/** Does a sentence end between item a and the item b that follows it? */
function boundaryBetween(a: Item, b: Item, text: string, tokens: readonly Token[], quotes: readonly QuotedSpan[]): boolean {
  const nextStartsLower = b.kind === "word" && /^\p{Ll}/u.test(tokens[b.token]!.text);
  if (a.kind === "word") {
    const tok = tokens[a.token]!;
    // Abbreviations ("Sen.", "Inc.") and initials ("Mary K. Lund") keep their period inside a sentence.
    if (tok.tags.has("Abbreviation") || /^\p{Lu}$/u.test(tok.text)) return false;
    if (ENDS_SENTENCE.test(tok.post) && !nextStartsLower) return true;
    // A line break before an opening quotation starts a new block (lists of quotes, one per line).
    return b.kind === "quote" && tok.post.includes("\n");
  }
  const q = quotes[a.quote]!;
  if (nextStartsLower) return false;
  // "“…” ― Ada Lind": a dash after the quotation leads to its source, in the same sentence.
  if (b.kind === "word" && /^[^\S\n]*[\u2015\u2014\u2013]/u.test(text.slice(q.close, tokens[b.token]!.start + 1))) return false;
  // The end of the quoted words is enough (a regex anchored at the end would scan the whole quote).
  const inner = text.slice(Math.max(q.start, q.end - 8), q.end);
  // The sentence may end inside the marks (“… lose.”) or right after them (»ein Signal«.).
  const ends = QUOTE_ENDS_SENTENCE.test(inner) || /^[^\S\n]*[.!?]/u.test(text.slice(q.close, q.close + 3));
  if (b.kind === "quote") return ends || text.slice(q.close, quotes[b.quote]!.open).includes("\n");
  return ends;
}

/** "“Does anybody know?” Pruitt asked." is one sentence: a tag this short after a quotation belongs to it. */
const MAX_TAG_WORDS = 6;

/**
 * Do the items from k on, up to the end of their sentence or to a comma after the verb, only say
 * who spoke ("Pruitt asked.", "Pruitt asked, …")?
 */
function bareAttribution(items: readonly Item[], k: number, tokens: readonly Token[]): boolean {
  let words = 0, cue = false;
  for (let i = k; i < items.length; i++) {
    const item = items[i]!;
    // A quotation after the words: they introduce it ("To which she said, “…”"), they are no tag.
    if (item.kind === "quote") return false;
    const tok = tokens[item.token]!;
    if (++words > MAX_TAG_WORDS) return false;
    const form = CUE_FORMS.get(tok.normal);
    if (form && form.kind !== "weak" && (form.foreign || tok.tags.has("Verb"))) cue = true;
    // "“…?” Trump said, looking out on the crowd.": the tag ends at the comma after its verb,
    // whatever the length of the clause that follows (words, not a new quotation).
    if (cue && /,\s*$/.test(tok.post) && items[i + 1]?.kind === "word") return true;
    if (i + 1 < items.length && items[i + 1]!.kind === "word" && tokens[(items[i + 1] as { token: number }).token]!.sentence !== tok.sentence && /\n/.test(tok.post)) return cue;
    if (ENDS_SENTENCE.test(tok.post) && !tok.tags.has("Abbreviation")) return cue;
  }
  return cue;
}

/** Cut the items into sentences: at sentence-final punctuation and at every paragraph break. */
export function frameSentences(
  text: string, tokens: readonly Token[], quotes: readonly QuotedSpan[], items: readonly Item[],
  paragraphOfSentence: (s: number) => number,
): FrameSentence[] {
  const out: FrameSentence[] = [];
  let current: Item[] = [];
  let currentParagraph = -1;
  let lastParagraph = -1;
  items.forEach((item, k) => {
    const [first, last] = paragraphOf(item, tokens, quotes, paragraphOfSentence);
    const prev = current.at(-1);
    const cut = prev && (first !== lastParagraph ||
      (boundaryBetween(prev, item, text, tokens, quotes) && !(prev.kind === "quote" && bareAttribution(items, k, tokens))));
    if (cut) {
      out.push({ items: current, paragraph: currentParagraph });
      current = [];
    }
    if (current.length === 0) currentParagraph = first;
    current.push(item);
    lastParagraph = last;
  });
  if (current.length) out.push({ items: current, paragraph: currentParagraph });
  return out;
}
