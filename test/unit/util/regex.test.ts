import { describe, expect, it } from "vitest";
import { allMatches } from "../../../src/util/regex.js";

const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0], m.indices?.[0]]);
const viaAllMatches = (re: RegExp, text: string) => allMatches(re, text).map((m) => [m.index, m[0], m.indices?.[0]]);

describe("allMatches", () => {
  const cases: Array<[RegExp, string]> = [
    [/\d+/g, "in 1999 and 2004, then 12"],
    [/(?<y>\d{4})/gid, "From 1999 to 2004."],
    [/x*/g, "axxb"],                       // empty matches move on by one character
    [/(?:)/gu, "a\u{1F600}b"],             // ... by one code point with the u flag
    [/(?:)/g, "a\u{1F600}b"],              // ... and by one code unit without it
    [/\b/g, ""],
    [/zzz/g, "no match here"],
  ];
  for (const [re, text] of cases) {
    it(`gives what matchAll gives for /${re.source}/${re.flags} on ${JSON.stringify(text)}`, () => {
      expect(viaAllMatches(re, text)).toEqual(viaMatchAll(re, text));
    });
  }

  it("leaves lastIndex at 0, so that the expression can be used again at once", () => {
    const re = /a/g;
    allMatches(re, "banana");
    expect(re.lastIndex).toBe(0);
    expect(allMatches(re, "aa")).toHaveLength(2);
  });

  it("refuses an expression without the g flag, which matchAll refuses too", () => {
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
  });
});
