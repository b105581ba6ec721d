// Regular expressions and scans over user text, on the inputs that make naive ones quadratic or
// exponential: each must finish well within a second on 100 000+ characters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paragraphSpans, pieces, unwrap } from "../../../../src/pipeline/segment.js";
import { declaredCharset } from "../../../../src/pipeline/decode.js";
import { sniffFormat } from "../../../../src/pipeline/sniff.js";
import { nestingDepth } from "../../../../src/pipeline/clean/html/json-ld.js";

function fast(run: () => unknown, ms = 3000): void {
  const t0 = performance.now();
  run();
  expect(performance.now() - t0).toBeLessThan(ms);
}

/** The regular expression paragraphSpans replaced, to compare on small inputs. */
function byRegex(text: string) {
  const spans: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) spans.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return spans;
}

describe("paragraphSpans", () => {
  it("finds the blocks the regular expression found", () => {
    const piece = fc.constantFrom("a", "b c", "\n", "\n\n", " ", "\t", "\u00a0", "\u2028", "x\n");
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }).map((xs) => xs.join("")), (text) => {
      expect(paragraphSpans(text)).toEqual(byRegex(text));
    }), { numRuns: 2000 });
  });

  it("is linear on thousands of lines of white space", () => {
    fast(() => paragraphSpans(`a${" \n".repeat(100_000)}b`));
    fast(() => paragraphSpans(`a\n${" ".repeat(200_000)}\nb`));
  });
});

describe("scans over hostile text", () => {
  it("cuts sentences linearly, whatever the mix of stops and spaces", () => {
    for (const unit of ["a ", ". ", "a.", "!", " ", "x", "\u201c", "...."]) fast(() => pieces(unwrap(unit.repeat(100_000))));
  });

  it("reads a charset declaration without backtracking over unclosed <meta", () => {
    fast(() => declaredCharset("<meta ".repeat(20_000)));
    fast(() => declaredCharset(`<?xml ${"a".repeat(100_000)}`));
  });

  it("sniffs the format of unclosed tags quickly", () => {
    fast(() => sniffFormat("<div ".repeat(20_000)));
    fast(() => sniffFormat("<".repeat(100_000)));
  });

  it("measures JSON nesting in one pass", () => {
    fast(() => nestingDepth(`"${"\\\"".repeat(100_000)}`));
    fast(() => nestingDepth("{[".repeat(200_000)));
  });
});
