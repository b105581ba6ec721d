import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchSentence, type ScanSteps } from "../../../../../src/pipeline/extract/entities/context.js";

/** The single regular expression matchSentence replaced: the reference on small inputs. */
const ONE_EXPRESSION = /\b\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)* (?:beat|beats|defeated|edged|thrashed|routed|drew|lost|won)\b[^.\n]{0,40}?(?:\b\d{1,2}-\d{1,2}\b|\bby (?:an innings|\w+ (?:wickets|runs)))/u;

describe("a match with its score", () => {
  it("is found in sports reports and not in other sentences", () => {
    expect(matchSentence("Tottenham beat Arsenal 2-1 on Saturday.")).toBe(true);
    expect(matchSentence("Leeds drew, and then Hull City won 3-0.")).toBe(true);
    expect(matchSentence("South Africa beat India by 5 wickets.")).toBe(true);
    expect(matchSentence("O'Neill won 6-4 in the final.")).toBe(true);
    expect(matchSentence("the home side beat Arsenal 2-1.")).toBe(false);
    expect(matchSentence("Tottenham beat Arsenal. It was 2-1.")).toBe(false);
    expect(matchSentence("The minister won the vote by a wide margin.")).toBe(false);
  });

  it("says what the single regular expression said, on any mix of names, verbs and scores", () => {
    const piece = fc.constantFrom("Leeds", "Hull", "O'Neill", "Östersund", "É", "aÖ", "U.S.", "x", " ", "  ", ".", "\n", "-", "'",
      " beat ", " won", " drew ", "beats", " 2-1", " 10-12", " by 5 wickets", " by an innings", "\u{1D400}", "\u{10400}b", "_", "9");
    let found = 0;
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((xs) => xs.join("")), (text) => {
      const expected = ONE_EXPRESSION.test(text);
      if (expected) found++;
      expect(matchSentence(text)).toBe(expected);
    }), { numRuns: 5000 });
    // The mix is not all misses: a good share of the texts hold a match.
    expect(found).toBeGreaterThan(100);
  });

  it("reads each character a bounded number of times on a run of capitalised words", () => {
    for (const text of [
      "Capitalised Words Everywhere Without Any Stop ".repeat(4000),
      "Capitalised Words beat Everywhere ".repeat(4000),
      "Östersund Élan ".repeat(4000) + "won 2-1",
      // Runs of capitals a word boundary never starts, each ended by a verb and a score.
      `${"Élan ".repeat(2000)}won 2-1 `.repeat(3),
    ]) {
      const steps: ScanSteps = { chars: 0, verbs: 0 };
      matchSentence(text, steps);
      // Each verb reads back at most the run of words before it, which ends at the verb before it.
      expect(steps.chars).toBeLessThanOrEqual(2 * text.length);
    }
  });
});
