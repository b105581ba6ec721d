// A "sentence" without any full stop (a page of capitalised words, a flattened table) is cut into
// bounded pieces before the NLP pass, so that its cost stays linear; ordinary text is never cut.
import { describe, expect, it } from "vitest";
import { MAX_CHUNK_CHARS, MAX_SENTENCE_CHARS, pieces } from "../../../../src/pipeline/segment.js";
import { docUntil } from "../../../helpers/doc.js";

const texts = (block: string) => pieces(block).map(([a, b]) => block.slice(a, b));

describe("pieces", () => {
  it("leaves a block of ordinary sentences whole", () => {
    const block = "The council met on Monday. It agreed to a plan, Smith said. ".repeat(30).trim();
    expect(block.length).toBeGreaterThan(MAX_SENTENCE_CHARS);
    expect(pieces(block)).toEqual([[0, block.length]]);
  });

  it("cuts a run without a full stop at clause marks or spaces, never longer than the limit", () => {
    const block = "Capitalised Words Everywhere Without Any Stop ".repeat(2000);
    const parts = pieces(block);
    expect(parts.length).toBeGreaterThan(block.length / MAX_SENTENCE_CHARS - 1);
    for (const [a, b] of parts) {
      expect(b - a).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(block[a]).not.toMatch(/\s/);
    }
    // Nothing but the white space between pieces is lost.
    expect(texts(block).join("").replace(/\s/g, "")).toBe(block.replace(/\s/g, ""));
  });

  it("prefers a comma to a space", () => {
    const block = `${"word ".repeat(150)}one, ${"word ".repeat(150)}`;
    expect(texts(block)[0]!.endsWith("one,")).toBe(true);
  });

  it("cuts a run without any space, but not inside a surrogate pair", () => {
    const block = "😀".repeat(3000);
    for (const t of texts(block)) expect(t.length % 2).toBe(0);
  });

  it("cuts a long block of sentences at sentence ends into bounded calls", () => {
    const block = "Smith met Jones in Paris on Monday. ".repeat(3000);
    const parts = texts(block);
    expect(parts.length).toBeGreaterThan(1);
    for (const t of parts) {
      expect(t.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
      expect(t.trimEnd().endsWith(".")).toBe(true);
    }
  });
});

describe("the segment stage on a run without full stops", () => {
  it("keeps every token's offsets in text", () => {
    const doc = docUntil("Capitalised Words Everywhere Without Any Stop ".repeat(300), "entities");
    expect(doc.sentences.length).toBeGreaterThan(10);
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    for (const s of doc.sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });
});
