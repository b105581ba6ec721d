// Quotation marks: which characters open and close a quotation, and the spans they enclose.
// Pasted news text mixes glyphs freely (“…", ”…” at the start of a paragraph, „…“, «…», ‚…‘), so a
// mark's role comes from its neighbours, not from its shape: a mark after a space and before a word
// opens, a mark after a word and before a space or punctuation closes. Single marks are apostrophes
// far more often than quotation marks, so they open only at the start of a word that is not a
// known elision, and only outside a double quotation (inside one they are a quote within the quote).
import type { Span } from "../../../schema/article.js";

/** One quotation: the marks at both ends and the words between them. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark (or the end of the paragraph when none closed it). */
  readonly close: number;
  /** The quoted words: from after the opening mark to before the closing mark. */
  readonly start: number;
  readonly end: number;
  /** Paragraph of the opening mark and of the closing one (they differ when the quote runs on). */
  readonly paragraph: number;
  readonly lastParagraph: number;
  /** Double marks (“ ” " „ « ») or single ones (‘ ’ ' ‚ ‹ ›). */
  readonly kind: "double" | "single";
}

const DOUBLE = new Set(["\u201c", "\u201d", '"', "\u201e", "\u201f", "\u00ab", "\u00bb", "\u301d", "\u301e"]);
const SINGLE = new Set(["\u2018", "\u2019", "'", "\u201a", "\u201b", "\u2039", "\u203a"]);
/** Glyphs that open when the context cannot tell (a quote glued between two words). */
const OPENING_GLYPH = new Set(["\u201c", "\u201e", "\u201f", "\u00ab", "\u2018", "\u201a", "\u201b", "\u2039", "\u301d"]);

/** Characters after which a mark opens a quotation: nothing, a space, a bracket, a dash, a slash. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\u2015\-/:\u201c\u201e\u00ab\u2018\u201a]/u;
/** Characters after which a closing mark may stand: sentence and clause punctuation, brackets. */
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2014\u2013\u2015\-\u201d\u00bb\u2019'"…]/u;
/** Words that begin with an apostrophe: elisions, not quotations ('90s, 'em, 'til, rock 'n' roll). */
const ELISION = /^(?:\d|em\b|til\b|cause\b|n\b|tis\b|twas\b|bout\b)/i;

const isDouble = (c: string) => DOUBLE.has(c);
const isSingle = (c: string) => SINGLE.has(c);

function canOpen(text: string, i: number, para: Span): boolean {
  const prev = i > para.start ? text[i - 1]! : "";
  const next = i + 1 < para.end ? text[i + 1]! : "";
  return (prev === "" || BEFORE_OPEN.test(prev)) && next !== "" && !/\s/u.test(next);
}

function canClose(text: string, i: number, para: Span): boolean {
  const prev = i > para.start ? text[i - 1]! : "";
  const next = i + 1 < para.end ? text[i + 1]! : "";
  return prev !== "" && !/\s/u.test(prev) && (next === "" || AFTER_CLOSE.test(next));
}

/** A single mark between two letters or digits is an apostrophe (don’t, Clinton’s, 6'3). */
function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1] ?? "", next = text[i + 1] ?? "";
  if (/[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next)) return true;
  // Two apostrophes in a row stand for a double mark in some archives; they are not read as quotes.
  return isSingle(prev) || isSingle(next);
}

interface Open { readonly at: number; readonly paragraph: number }

/**
 * The quotations of a text, in order. A double quotation left open at the end of a paragraph runs
 * on when the next paragraph starts with an opening mark (the convention for quotes of several
 * paragraphs); otherwise it ends with its paragraph.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let pending: Open | null = null; // a double quotation carried over from the previous paragraph
  paragraphs.forEach((para, p) => {
    let double: Open | null = null;
    let single: Open | null = null;
    // Set only when this paragraph re-opens the quotation (checked at the end of the previous one).
    if (pending) {
      double = pending;
      pending = null;
    }
    for (let i = para.start; i < para.end; i++) {
      const c = text[i]!;
      if (isDouble(c)) {
        const opens = canOpen(text, i, para), closes = canClose(text, i, para);
        if (double && (closes || !opens)) {
          out.push(spanOf(text, double, i, i + 1, p));
          double = null;
          single = null;
        } else if (!double && opens && (!closes || OPENING_GLYPH.has(c))) {
          double = { at: i, paragraph: p };
          single = null;
        }
        continue;
      }
      if (!isSingle(c) || double || isApostrophe(text, i)) continue;
      if (single) {
        if (canClose(text, i, para)) {
          out.push(spanOf(text, single, i, i + 1, p));
          single = null;
        }
      } else if (canOpen(text, i, para) && !ELISION.test(text.slice(i + 1, i + 6))) {
        single = { at: i, paragraph: p };
      }
    }
    if (double) {
      const next = paragraphs[p + 1];
      const reopens = next && isDouble(text[next.start] ?? "") && canOpen(text, next.start, next);
      if (reopens) pending = double;
      else out.push(spanOf(text, double, para.end, para.end, p));
    }
  });
  return out.filter((q) => q.end > q.start && /[\p{L}\p{N}]/u.test(text.slice(q.start, q.end)));
}

function spanOf(text: string, open: Open, closeAt: number, close: number, lastParagraph: number): QuotedSpan {
  return {
    open: open.at, close, start: open.at + 1, end: closeAt, paragraph: open.paragraph, lastParagraph,
    kind: isDouble(text[open.at]!) ? "double" : "single",
  };
}
