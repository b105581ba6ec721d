// The date stage on invented history texts, scored against values written by hand. Set
// NARRATIVE_ERRORS=1 to print every miss, spurious mention and wrong value.
import { describe, expect, it } from "vitest";
import { findDates } from "../helpers/dates.js";
import type { Counts } from "./score.js";
import { add, figures, score } from "./score.js";
import { NARRATIVE_DOCUMENTS } from "./documents.js";

/** Floors under the figures measured when these tests were written, so that a regression shows. */
const FLOOR = { strict: 0.93, relaxed: 0.97, value: 0.93 };

const runs = NARRATIVE_DOCUMENTS.map((doc) => ({ doc, counts: score(doc, findDates(doc.text, { referenceDate: doc.referenceDate })) }));

const show = (c: Counts) => {
  const f = figures(c);
  return `strict ${f.strict.toFixed(3)} relaxed ${f.relaxed.toFixed(3)} value ${f.value.toFixed(3)} (${c.gold} expected, ${c.found} found)`;
};

describe("dates in narrative text", () => {
  it.each(runs.map((r) => [r.doc.name, r.counts] as const))("finds the dates of %s", (name, counts) => {
    console.log(`${name}: ${show(counts)}`);
    if (process.env["NARRATIVE_ERRORS"]) console.log(counts.errors.join("\n"));
    expect(figures(counts).relaxed).toBeGreaterThan(0);
  });

  it("scores the narrative documents together", () => {
    const total = runs.map((r) => r.counts).reduce(add);
    console.log(`narrative total: ${show(total)}`);
    const f = figures(total);
    expect(f.strict).toBeGreaterThanOrEqual(FLOOR.strict);
    expect(f.relaxed).toBeGreaterThanOrEqual(FLOOR.relaxed);
    expect(f.value).toBeGreaterThanOrEqual(FLOOR.value);
  });
});
