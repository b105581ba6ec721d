// The quotation spans the agreement rules read: the same pairs as the regular expression
// /“[^”]*”|"[^"\n]*"|«[^»]*»|„[^“”]*[“”]|``[^']*''/g, found without rescanning the text from every
// opening mark that never closes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quotedSpans } from "../../../../src/pipeline/extract/agreements/sentence.js";

const QUOTED = /“[^”]*”|"[^"\n]*"|«[^»]*»|„[^“”]*[“”]|``[^']*''/g;
function byRegex(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(QUOTED)) if (m[0].trim().split(/\s+/).length >= 3) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

describe("quotedSpans", () => {
  it("finds what the regular expression finds", () => {
    const piece = fc.constantFrom("“", "”", '"', "«", "»", "„", "`", "'", "\n", " ", "a b", " c");
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }).map((xs) => xs.join("")), (text) => {
      expect(quotedSpans(text, 0, text.length)).toEqual(byRegex(text));
    }), { numRuns: 2000 });
  });

  it("reads spans inside a paragraph with their offsets in the text", () => {
    const text = "Intro. “We will sign the deal,” he said.";
    const [span] = quotedSpans(text, 7, text.length);
    expect(text.slice(span!.start, span!.end)).toBe("“We will sign the deal,”");
  });

  it("stays linear on opening marks that never close", () => {
    for (const mark of ["“", '"', "«", "„", "``"]) {
      const text = `${mark.repeat(200_000)} said Smith`;
      const t0 = performance.now();
      expect(quotedSpans(text, 0, text.length)).toEqual([]);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});
