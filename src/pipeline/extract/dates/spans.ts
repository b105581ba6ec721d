// Span fixes: TimeML marks the words that narrow a date as part of it ("early December", "late
// yesterday", "the end of 1990", "mid-1996", "later this year"). Rules and chrono find the date;
// this widens its span over such a modifier, without changing the value (the point stays the same,
// only more vaguely placed inside it).
import type { Candidate } from "./types.js";

interface SpanFix {
  readonly id: string;
  /** Matched against the text just before the candidate; the match is added to the span. */
  readonly match: RegExp;
  readonly reason: string;
  readonly applies: (c: Candidate) => boolean;
}

const isDate = (c: Candidate): boolean => c.type === "date" || c.type === "time";

export const SPAN_FIXES: readonly SpanFix[] = [
  {
    id: "modifier-edge",
    match: /(?<![\p{L}\p{N}])(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder|first\s+half|second\s+half|latter\s+half|latter\s+part|early\s+part|later\s+part|bulk)\s+of\s+)$/iu,
    reason: "\"the end of 1990\", \"the middle of October\" name a part of the date",
    applies: (c) => isDate(c),
  },
  {
    id: "modifier-early-late",
    match: /(?<![\p{L}\p{N}])(?:(?:very\s+)?(?:early|late|mid|middle|earlier|later)(?:\s+|-))$/iu,
    reason: "\"early December\", \"late yesterday\", \"mid-1996\", \"later this year\"",
    applies: (c) => isDate(c),
  },
];

/** The candidate widened over the modifiers in front of it, without crossing `floor` (its paragraph's start). */
export function widen(c: Candidate, text: string, floor: number): Candidate {
  let start = c.start;
  for (let changed = true; changed;) {
    changed = false;
    const before = text.slice(Math.max(floor, start - 40), start);
    for (const fix of SPAN_FIXES) {
      if (!fix.applies(c)) continue;
      const m = fix.match.exec(before);
      if (m && m[0].length > 0) {
        start -= m[0].length;
        changed = true;
        break;
      }
    }
  }
  return start === c.start ? c : { ...c, start };
}
