// Property-based tests of the huge-document path (past the tagging budget): the plain tokenizer
// and the plain scan on any text, and whole documents past the budget through extract().
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { newDoc } from "../../src/pipeline/doc.js";
import { plainSentences } from "../../src/pipeline/plain-tokens.js";
import { paragraphSpans } from "../../src/pipeline/segment.js";
import { FULL_TAGGING_CHARS } from "../../src/pipeline/tag-budget.js";
import { tailEntities } from "../../src/pipeline/tail-entities.js";
import { soup } from "./arbitraries.js";
import { broken, runs, seed } from "./invariants.js";

const text = fc.oneof(soup(400), fc.string({ unit: "binary", maxLength: 400 }), fc.string({ unit: "grapheme", maxLength: 400 }));

describe("the huge-document path keeps its contract on any input", () => {
  it("plain tokens slice the text back to their words", () => {
    fc.assert(fc.property(text, (t) => {
      for (const s of plainSentences(t)) for (const term of s.terms) {
        expect(term.text.length).toBeGreaterThan(0);
        expect(t.slice(term.offset.start, term.offset.start + term.offset.length)).toBe(term.text);
      }
    }), { numRuns: runs(0.04, 300), seed: seed() });
  });

  it("the plain scan's mentions slice the text back, past detailEnd only", () => {
    fc.assert(fc.property(text, text, (head, tail) => {
      const all = `${head}\n\n${tail}`;
      const doc = { ...newDoc(new Uint8Array(), null, "0".repeat(64)), text: all, paragraphs: paragraphSpans(all), detailEnd: head.length };
      const found = tailEntities(doc);
      for (const f of [...found.people, ...found.organizations, ...found.places]) for (const m of f.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(head.length);
        expect(all.slice(m.start, m.end)).toBe(m.text);
        expect(m.text.trim()).toBe(m.text);
      }
    }), { numRuns: runs(0.04, 300), seed: seed() });
  });

  it("a document past the tagging budget gives a valid record", async () => {
    await fc.assert(fc.asyncProperty(fc.array(soup(300), { minLength: 20, maxLength: 40 }), async (parts) => {
      let doc = parts.join("\n\n");
      while (doc.length <= FULL_TAGGING_CHARS * 1.2) doc += `\n\n${parts.join(" ")}`;
      const why = broken(await extract(doc));
      if (why) throw new Error(why);
    }), { numRuns: runs(0.0002, 1), seed: seed(), endOnFailure: true });
  });
});
