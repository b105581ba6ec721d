// Scoring found dates against the hand-written ones, as TempEval-3 does: strict (same span),
// relaxed (overlapping spans) and value (same value on a relaxed match), each as an F1.
import type { DateFinding } from "../../src/pipeline/doc.js";
import type { NarrativeDocument } from "./documents.js";

export interface Counts {
  gold: number;
  found: number;
  strictGold: number;
  strictFound: number;
  relaxedGold: number;
  relaxedFound: number;
  valueGold: number;
  /** What went wrong, one line each: "missed ...", "spurious ...", "value ...". */
  errors: string[];
}

interface Placed { readonly start: number; readonly end: number; readonly text: string; readonly value: string | null }

/** Each expected mention placed in the text, searching after the end of the one before. */
export function placeExpected(doc: NarrativeDocument): Placed[] {
  let from = 0;
  return doc.expected.map((e) => {
    const start = doc.text.indexOf(e.text, from);
    if (start < 0) throw new Error(`${doc.name}: expected mention not found after ${from}: ${e.text}`);
    from = start + e.text.length;
    return { start, end: start + e.text.length, text: e.text, value: e.value };
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function score(doc: NarrativeDocument, found: readonly DateFinding[]): Counts {
  const gold = placeExpected(doc);
  const c: Counts = { gold: gold.length, found: found.length, strictGold: 0, strictFound: 0, relaxedGold: 0, relaxedFound: 0, valueGold: 0, errors: [] };
  for (const g of gold) {
    const hits = found.filter((f) => overlaps(f, g));
    if (hits.length === 0) { c.errors.push(`missed   ${JSON.stringify(g.text)} = ${g.value}`); continue; }
    c.relaxedGold++;
    if (hits.some((f) => f.start === g.start && f.end === g.end)) c.strictGold++;
    else c.errors.push(`span     ${JSON.stringify(g.text)} found as ${hits.map((h) => JSON.stringify(h.text)).join(", ")}`);
    if (hits.some((f) => f.value === g.value)) c.valueGold++;
    else c.errors.push(`value    ${JSON.stringify(g.text)} = ${g.value}, found ${hits.map((h) => h.value).join(", ")}`);
  }
  for (const f of found) {
    const hits = gold.filter((g) => overlaps(f, g));
    if (hits.length === 0) { c.errors.push(`spurious ${JSON.stringify(f.text)} = ${f.value}`); continue; }
    c.relaxedFound++;
    if (hits.some((g) => g.start === f.start && g.end === f.end)) c.strictFound++;
  }
  return c;
}

export function add(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold, found: a.found + b.found, strictGold: a.strictGold + b.strictGold, strictFound: a.strictFound + b.strictFound,
    relaxedGold: a.relaxedGold + b.relaxedGold, relaxedFound: a.relaxedFound + b.relaxedFound, valueGold: a.valueGold + b.valueGold,
    errors: [...a.errors, ...b.errors],
  };
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** strict, relaxed and value F1 (value F1 = relaxed F1 times value accuracy on relaxed matches). */
export function figures(c: Counts): { strict: number; relaxed: number; value: number } {
  const strict = f1(c.strictFound / Math.max(1, c.found), c.strictGold / Math.max(1, c.gold));
  const relaxed = f1(c.relaxedFound / Math.max(1, c.found), c.relaxedGold / Math.max(1, c.gold));
  const value = relaxed * (c.valueGold / Math.max(1, c.relaxedGold));
  return { strict, relaxed, value };
}
