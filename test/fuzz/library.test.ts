// Property-based tests over the library entry point: whatever the input, extract() returns one
// result that keeps the contract of invariants.ts, and the same input gives the same bytes.
// The short run below is part of the test suite; `npm run fuzz -- --runs N` runs N cases.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract, type ExtractOptions } from "../../src/index.js";
import { mutatedPage, nestedPage, options, soup } from "./arbitraries.js";
import { broken, runs, seed } from "./invariants.js";

async function holds(input: Uint8Array | string, opts: ExtractOptions = {}): Promise<void> {
  const result = await extract(input, opts);
  const why = broken(result);
  if (why) throw new Error(why);
}

const check = <T>(arb: fc.Arbitrary<T>, run: (x: T) => Promise<void>, numRuns: number) =>
  fc.assert(fc.asyncProperty(arb, run), { numRuns, seed: seed(), endOnFailure: true });

describe("extract() keeps its contract on any input", () => {
  it("word soup of names, quotes, dates, markup and control characters", () =>
    check(fc.tuple(soup(120), options), ([text, o]) => holds(text, o), runs(0.3, 600)));

  it("random Unicode, lone surrogates included", () =>
    check(fc.tuple(fc.string({ unit: "binary", maxLength: 400 }), options), ([text, o]) => holds(text, o), runs(0.12, 400)));

  it("random graphemes", () =>
    check(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => holds(text), runs(0.05, 150)));

  it("random bytes", () =>
    check(fc.tuple(fc.uint8Array({ maxLength: 4000 }), options), ([bytes, o]) => holds(bytes, o), runs(0.12, 300)));

  it("fixture pages, mutated and truncated", () =>
    check(fc.tuple(mutatedPage, options), ([html, o]) => holds(html, o), runs(0.15, 150)));

  it("deeply nested markup, closed or not", () =>
    check(nestedPage, (html) => holds(html), runs(0.03, 40)));

  it("only punctuation", () =>
    check(fc.array(fc.constantFrom(...".,;:!?\"'“”«»„()[]{}-—…/\\*&%$#@"), { minLength: 1, maxLength: 3000 }).map((xs) => xs.join("")), (text) => holds(text), runs(0.05, 100)));

  it("only numbers", () =>
    check(fc.array(fc.oneof(fc.integer().map(String), fc.double({ noNaN: true }).map(String), fc.constantFrom("1996-08-30", "12:30", "3/4", "1,000.5", "-0", "1e9")), { minLength: 1, maxLength: 500 }).map((xs) => xs.join(" ")), (text) => holds(text), runs(0.05, 100)));

  it("unclosed quotation marks before text", () =>
    check(fc.tuple(fc.constantFrom("“", '"', "«", "„", "‘", "'", "``", "”"), fc.integer({ min: 1, max: 5000 }), soup(30)), ([mark, n, text]) => holds(mark.repeat(n) + text), runs(0.04, 60)));

  it("long runs of capitalised words", () =>
    check(fc.array(fc.constantFrom("Capitalised", "Words", "John", "Smith", "Paris", "Bank", "Of", "The", "Minister", "Acme", "Corp", "United", "Nations", "Said"), { minLength: 300, maxLength: 3000 }).map((xs) => xs.join(" ")), (text) => holds(text), runs(0.01, 8)));

  it("thousands of tiny paragraphs", () =>
    check(fc.tuple(fc.constantFrom("A.", "Yes.", "1.", "Smith said.", "“", "- ", "Paris"), fc.integer({ min: 2000, max: 10_000 })), ([unit, n]) => holds(`${unit}\n\n`.repeat(n)), runs(0.003, 2)));
});

describe("extract() is deterministic", () => {
  it("gives the same result twice for the same input", () =>
    check(fc.oneof(soup(80), mutatedPage), async (input) => {
      const [a, b] = [await extract(input, { referenceDate: "2026-02-01" }), await extract(input, { referenceDate: "2026-02-01" })];
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }, runs(0.05, 100)));
});
