import type { Span } from "../schema/article.js";

export const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** The span as a plain {start, end} object (drops whatever else the finding carries). */
export const spanOf = (s: Span): Span => ({ start: s.start, end: s.end });

/** Throws when text.slice(start, end) is not the expected surface form: for tests and assertions. */
export function assertSpan(text: string, span: Span, expected: string): void {
  const actual = text.slice(span.start, span.end);
  if (actual !== expected) {
    throw new Error(`span ${span.start}-${span.end} holds ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`);
  }
}

/** Index of the first span that ends after `offset`, in spans sorted by position (their length when none does). */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
