// Quotes of several quotations. The fragments of one reported clause under one verb ("that voting
// fraud is “a big problem” but “nobody talks about it”") are one part, the reporter's words between
// them included; the two sides of a quotation interrupted by its attribution (“…,” she said. “…”)
// are two parts, and the quote's text joins them with " … ".
import type { Span } from "../../../schema/article.js";
import { joinQuoteParts } from "../../../util/quote-text.js";
import type { QuoteFinding } from "../../doc.js";
import type { Cue } from "./attribution.js";
import type { QuotedSpan } from "./marks.js";

export interface Quote {
  /** Indices of its quotations, in groups: one group per part. */
  readonly groups: number[][];
  /** The frame sentence of its first quotation. */
  readonly sentence: number;
  readonly cue: Cue | null;
  /** The frame sentence whose items the cue indexes (null when the cue is not in the quote's own sentence). */
  readonly cueSentence: number | null;
  /** Was it attributed by a verb, a colon or a dash (else it stands alone)? */
  readonly attributed: boolean;
  readonly speaker: string | null;
}

/** The last quotation of a quote. */
export const lastSpanOf = (quote: Quote, spans: readonly QuotedSpan[]): QuotedSpan => spans[quote.groups.at(-1)!.at(-1)!]!;

/** A quoted stretch without the spaces and clause punctuation at its edges (“…,” ends with a comma). */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The parts of a quote: one per group, and one per paragraph of a quotation that runs on. */
function partsOf(text: string, spans: readonly QuotedSpan[], quote: Quote): Span[] {
  const parts: Span[] = [];
  for (const group of quote.groups) {
    const first = spans[group[0]!]!, last = spans[group.at(-1)!]!;
    // A run-on quotation: cut at each blank line and drop the mark that re-opens the paragraph.
    const pieces = text.slice(first.start, last.end).split(/(\n\s*\n\s*["“”«»„]?)/u);
    let at = first.start;
    pieces.forEach((piece, i) => {
      if (i % 2 === 0) {
        const part = trimmed(text, at, at + piece.length);
        if (part) parts.push(part);
      }
      at += piece.length;
    });
  }
  return parts;
}

/** The output form of a quote, or null when its quotations hold no words. */
export function toFinding(text: string, spans: readonly QuotedSpan[], quote: Quote): QuoteFinding | null {
  const parts = partsOf(text, spans, quote);
  if (parts.length === 0) return null;
  return {
    speaker: quote.speaker, cue: quote.cue?.text ?? null, text: joinQuoteParts(text, parts),
    start: parts[0]!.start, end: parts.at(-1)!.end, parts,
  };
}
