import { describe, expect, it } from "vitest";
import { paragraphSpans } from "../../../src/pipeline/segment.js";
import { docUntil } from "../../helpers/doc.js";

describe("paragraphSpans", () => {
  it("splits on blank lines and trims each block", () => {
    const text = "First line\nsame block\n\n  Second block  \n\n\nThird";
    expect(paragraphSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["First line\nsame block", "Second block", "Third"]);
  });
});

describe("the segment stage", () => {
  const doc = docUntil("The council (in full) agreed today. It met in Paris.\n\n“We are pleased,” she said. Then she left!", "entities");

  it("gives sentences whose spans hold their words and closing punctuation", () => {
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      "The council (in full) agreed today.", "It met in Paris.", "“We are pleased,” she said.", "Then she left!",
    ]);
  });

  it("never lets a sentence run across paragraphs", () => {
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it("gives every token offsets that slice its word out of text", () => {
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.find((t) => t.text === "Paris")?.tags.has("Place")).toBe(true);
  });

  it("indexes each token's sentence", () => {
    for (const [i, s] of doc.sentences.entries()) {
      for (let k = s.firstToken; k < s.endToken; k++) expect(doc.tokens[k]!.sentence).toBe(i);
    }
  });
});
