// The post-tagger's rule picker (src/nlp/sweep.ts) must give compromise's own tags, word for word.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { compromiseBulkMatch, nlp } from "../../../src/nlp/compromise.js";
import { bulkMatch } from "../../../src/nlp/sweep.js";

const one = (nlp.methods() as { one: { bulkMatch: unknown } }).one;
const tagsOf = (text: string) => (nlp(text).json({ offset: true }) as Array<{ terms: Array<{ text: string; tags: string[]; offset: unknown }> }>)
  .map((s) => s.terms.map((t) => [t.text, t.tags, t.offset]));

const TEXTS = [
  readFileSync(new URL("../../../fixtures/articles/seed-yokosuka/input.txt", import.meta.url), "utf8"),
  "Shares of Acme Corp. fell 3% on Tuesday after the company said it would cut 1,200 jobs.",
  "\"We will not sign,\" said Ahn Gyu-back, who met Shinjiro Koizumi in Tokyo; the talks ran late.",
  "Leicestershire beat Somerset by an innings and 39 runs in two days. Essex, Derbyshire and Surrey closed in.",
  "I can't believe it's not butter! Running, jumping and swimming are fun. He'd've gone if they'd asked.",
  "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.\nAL-AIN, United Arab Emirates 1996-12-06\nJapan began the defence of their Asian Cup title with a lucky 2-1 win against Syria.\nLeeds 3 Wimbledon 1\nGerman first-time buyers of shares, who have been very much to the fore, did not sell.",
];

describe("post-tagger rule picker", () => {
  afterEach(() => { one.bulkMatch = bulkMatch; });

  it("is installed in place of compromise's own", () => {
    expect(one.bulkMatch).toBe(bulkMatch);
  });

  it("tags every word as compromise's own picker does", () => {
    for (const text of TEXTS) {
      one.bulkMatch = compromiseBulkMatch;
      const expected = tagsOf(text);
      one.bulkMatch = bulkMatch;
      expect(tagsOf(text)).toEqual(expected);
    }
  });

  it("finds the same matches for a match() call", () => {
    const text = TEXTS[2]!;
    one.bulkMatch = compromiseBulkMatch;
    const expected = nlp(text).match("#Person").out("array");
    one.bulkMatch = bulkMatch;
    expect(nlp(text).match("#Person").out("array")).toEqual(expected);
  });
});
