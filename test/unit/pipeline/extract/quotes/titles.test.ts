import { describe, expect, it } from "vitest";
import { isTitleCased, wordsIn } from "../../../../../src/pipeline/extract/quotes/titles.js";

describe("title case", () => {
  it("accepts capitalised words with small words in lower case", () => {
    expect(isTitleCased("Face the Nation,")).toBe(true);
    expect(isTitleCased("Contract with America")).toBe(true);
    expect(isTitleCased("13th")).toBe(true);
  });

  it("rejects speech and sentences", () => {
    expect(isTitleCased("we will win")).toBe(false);
    expect(isTitleCased("Finally. Someone who thinks like me.")).toBe(false);
    expect(isTitleCased("the Apprentice")).toBe(false);
  });

  it("counts words without their punctuation", () => {
    expect(wordsIn(" “a big, big problem” ")).toEqual(["a", "big", "big", "problem"]);
  });
});
