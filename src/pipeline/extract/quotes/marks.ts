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

// French typography puts a space inside guillemets (« nous reviendrons »): « may open before a
// space and » may close after one.
function canOpen(text: string, i: number, para: Span): boolean {
  const prev = i > para.start ? text[i - 1]! : "";
  const next = i + 1 < para.end ? text[i + 1]! : "";
  const spaced = text[i] === "\u00ab" && /\s/u.test(next) && i + 2 < para.end;
  return (prev === "" || BEFORE_OPEN.test(prev)) && next !== "" && (spaced || !/\s/u.test(next));
}

function canClose(text: string, i: number, para: Span): boolean {
  const prev = i > para.start ? text[i - 1]! : "";
  const next = i + 1 < para.end ? text[i + 1]! : "";
  const spaced = text[i] === "\u00bb" && /\s/u.test(prev);
  return prev !== "" && (spaced || !/\s/u.test(prev)) && (next === "" || AFTER_CLOSE.test(next));
}

/** A single mark between two letters or digits is an apostrophe (don’t, Reyes’s, 6'3). */
function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1] ?? "", next = text[i + 1] ?? "";
  if (/[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next)) return true;
  // Two apostrophes in a row stand for a double mark in some archives; they are not read as quotes.
  return isSingle(prev) || isSingle(next);
}

interface Open { readonly at: number; readonly paragraph: number }

/** Pairs of '' … '' in a paragraph: [offset of the opening pair, offset of the closing pair]. */
function doubledApostrophes(text: string, para: Span): [number, number][] {
  const out: [number, number][] = [];
  let open: number | null = null;
  const re = /(?<!['’])['’]{2}(?!['’])/gu;
  re.lastIndex = para.start;
  for (let m = re.exec(text); m && m.index < para.end; m = re.exec(text)) {
    const before = text[m.index - 1] ?? "", after = text[m.index + 2] ?? "";
    // An opening pair follows a space and precedes a word; the next pair closes it.
    if (open === null && (m.index === para.start || /[\s(]/u.test(before)) && /\S/u.test(after)) open = m.index;
    else if (open !== null) { out.push([open, m.index + 1]); open = null; }
  }
  return out;
}

interface Mark { readonly at: number; readonly opens: boolean; readonly closes: boolean; readonly glyphOpens: boolean }

/**
 * Pair the double marks of one paragraph. With `nested`, a mark that can only open inside an open
 * quotation starts a quote within the quote (“… what he calls “the shed” than stay …”), so the outer
 * one ends at its own closing mark; without, every closing mark ends the quotation.
 * Returns the pairs and the opening left unclosed at the end of the paragraph, if any.
 */
function pairDoubles(marks: readonly Mark[], carried: number | null, nested: boolean): { pairs: [number, number][]; open: number | null; balanced: boolean } {
  const pairs: [number, number][] = [];
  const stack: number[] = carried === null ? [] : [carried];
  for (const m of marks) {
    if (stack.length && (m.closes || !m.opens)) {
      const from = stack.pop()!;
      if (stack.length === 0) pairs.push([from, m.at]);
    } else if (stack.length && nested && m.opens && !m.closes) {
      stack.push(m.at);
    } else if (!stack.length && m.opens && (!m.closes || m.glyphOpens)) {
      stack.push(m.at);
    }
  }
  return { pairs, open: stack[0] ?? null, balanced: stack.length <= 1 };
}

/**
 * The quotations of a text, in order. A double quotation left open at the end of a paragraph runs
 * on when the next paragraph starts with an opening mark (the convention for quotes of several
 * paragraphs); otherwise it ends with its paragraph.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let pending: Open | null = null; // a double quotation carried over from the previous paragraph
  paragraphs.forEach((para, p) => {
    const carried = pending;
    pending = null;
    const marks: Mark[] = [];
    for (let i = para.start; i < para.end; i++) {
      const c = text[i]!;
      if (isDouble(c)) marks.push({ at: i, opens: canOpen(text, i, para), closes: canClose(text, i, para), glyphOpens: OPENING_GLYPH.has(c) });
    }
    // The re-opening mark of a run-on quotation is not a new quotation.
    const own = carried && marks[0]?.at === para.start ? marks.slice(1) : marks;
    // Nesting that leaves more open than flat pairing does means a stray mark, not a quote within a
    // quote: an opening mark that nothing closes ("\"Reyes walked on, chanting “Four more years!”") is dropped
    // when the marks inside it then pair up (a quote running on into the next paragraph does not
    // hold quotations of its own), else the marks are paired one after the other.
    const flat = pairDoubles(own, carried?.at ?? null, false);
    let nested = pairDoubles(own, carried?.at ?? null, true);
    const next = paragraphs[p + 1];
    let runsOn = next !== undefined && isDouble(text[next.start] ?? "") && canOpen(text, next.start, next);
    // An opening that is the paragraph's last mark holds no marks that could pair up without it:
    // with the next paragraph opening on a mark, it is the run-on of a quote of several paragraphs.
    const holdsMarks = nested.open !== null && own.some((m) => m.at > nested.open!);
    if (nested.open !== null && nested.open !== carried?.at && (holdsMarks || !runsOn)) {
      const without = pairDoubles(own.filter((m) => m.at !== nested.open), carried?.at ?? null, true);
      if (without.balanced && without.open === null && without.pairs.length > 0) {
        nested = without;
        runsOn = false;
      }
    }
    const paired = nested.balanced && (nested.open === null) === (flat.open === null) ? nested : flat;
    const at = (offset: number): Open => (carried && offset === carried.at ? carried : { at: offset, paragraph: p });
    for (const [from, to] of paired.pairs) out.push(spanOf(text, at(from), to, to + 1, p));
    if (paired.open !== null) {
      if (runsOn) pending = at(paired.open);
      else out.push(spanOf(text, at(paired.open), para.end, para.end, p));
    }
    // Single marks, outside the double quotations only. Two apostrophes standing for a double mark
    // (''…'', as some archives write it) are not read as quotation marks, but what they enclose
    // is still a quotation, and single marks inside it are quotes within that quote.
    const doubled = doubledApostrophes(text, para);
    const insideDouble = (i: number) => paired.pairs.some(([a, b]) => a < i && i < b) || (paired.open !== null && i > paired.open) ||
      doubled.some(([a, b]) => a < i && i < b);
    let single: Open | null = null;
    for (let i = para.start; i < para.end; i++) {
      const c = text[i]!;
      if (!isSingle(c) || isApostrophe(text, i) || insideDouble(i)) continue;
      if (single) {
        if (canClose(text, i, para)) {
          out.push(spanOf(text, single, i, i + 1, p));
          single = null;
        }
      } else if (canOpen(text, i, para) && !ELISION.test(text.slice(i + 1, i + 6))) {
        single = { at: i, paragraph: p };
      }
    }
  });
  return out
    .filter((q) => q.end > q.start && /[\p{L}\p{N}]/u.test(text.slice(q.start, q.end)))
    .sort((a, b) => a.open - b.open);
}

function spanOf(text: string, open: Open, closeAt: number, close: number, lastParagraph: number): QuotedSpan {
  return {
    open: open.at, close, start: open.at + 1, end: closeAt, paragraph: open.paragraph, lastParagraph,
    kind: isDouble(text[open.at]!) ? "double" : "single",
  };
}

/** Is the offset inside one of the quotations (marks included)? They are sorted and do not overlap. */
export function insideQuotation(spans: readonly QuotedSpan[], offset: number): boolean {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid]!;
    if (offset < q.open) hi = mid - 1;
    else if (offset >= q.close) lo = mid + 1;
    else return true;
  }
  return false;
}
