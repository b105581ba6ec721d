// The rewritten tagging steps (src/nlp/steps.ts) must leave every word as compromise's own do.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { compromiseSteps, nlp, postTagger } from "../../../src/nlp/compromise.js";
import { freeze } from "../../../src/nlp/steps.js";

const compute = (nlp.world() as { compute: Record<string, unknown> }).compute;
const tagsOf = (text: string) => (nlp(text).json({ offset: true }) as Array<{ terms: Array<{ text: string; tags: string[]; offset: unknown }> }>)
  .map((s) => s.terms.map((t) => [t.text, t.tags, t.offset]));
const use = (steps: { postTagger: unknown; freeze: unknown }): void => {
  compute.postTagger = steps.postTagger;
  compute.freeze = steps.freeze;
  compute.frozen = steps.freeze;
};

const TEXTS = [
  readFileSync(new URL("../../../fixtures/articles/seed-yokosuka/input.txt", import.meta.url), "utf8"),
  // Multi-word entries of the frozen lexicon, one cut by the sentence's end, one at its very end.
  "The Prime Minister met the New York Times in the living room. He said it was up to date, the guess who",
  "Tiger Woods, the so called Cold War and the Labour Party; the new kids on the block ran part time. Dr Who",
  "Shares of Acme Corp. fell 3% on Tuesday after the company said it would cut 1,200 jobs, a spokesman said.",
];

describe("rewritten tagging steps", () => {
  afterEach(() => use({ postTagger, freeze }));

  it("are installed in place of compromise's own", () => {
    expect(compute.postTagger).toBe(postTagger);
    expect(compute.freeze).toBe(freeze);
  });

  it("tag every word as compromise's own steps do", () => {
    for (const text of TEXTS) {
      use(compromiseSteps);
      const expected = tagsOf(text);
      use({ postTagger, freeze });
      expect(tagsOf(text)).toEqual(expected);
    }
  });

  it("freeze the words compromise's own freeze step freezes", () => {
    const frozen = (text: string) => {
      const doc = nlp.tokenize(text).compute(["freeze"]) as unknown as { docs: Array<Array<{ frozen?: boolean }>> };
      return doc.docs.map((terms) => terms.map((t) => t.frozen === true));
    };
    let some = 0;
    for (const text of TEXTS) {
      use(compromiseSteps);
      const expected = frozen(text);
      use({ postTagger, freeze });
      expect(frozen(text)).toEqual(expected);
      some += expected.flat().filter(Boolean).length;
    }
    expect(some).toBeGreaterThan(0);
  });
});
