import { describe, expect, it } from "vitest";
import { nlp } from "../../../src/nlp/compromise.js";
import { tagBudget } from "../../../src/pipeline/tag-budget.js";

interface Term { text: string; tags: string[]; offset: { start: number; length: number } }
const terms = (json: unknown[]): Term[] => (json as Array<{ terms: Term[] }>).flatMap((s) => s.terms);
const SENTENCE = "Boris Johnson met Angela Merkel and Shinjiro Koizumi in Berlin on Monday.";

describe("tagBudget", () => {
  it("tags exactly as compromise does while the document is within the budget", () => {
    const budget = tagBudget(1000);
    const view = (json: unknown[]) => terms(json).map(({ text, tags, offset }) => ({ text, tags, offset: { start: offset.start, length: offset.length } }));
    expect(view(budget.tag(SENTENCE)!)).toEqual(view(nlp(SENTENCE).json({ offset: true }) as unknown[]));
    expect(budget.messages(0)).toEqual([]);
  });

  it("tags nothing past the budget and says what was done instead", () => {
    const budget = tagBudget(SENTENCE.length);
    expect(budget.tag(SENTENCE)).not.toBeNull();
    expect(budget.tag(SENTENCE)).toBeNull();
    const [message, ...rest] = budget.messages(1234);
    expect(rest).toEqual([]);
    expect(message?.text).toContain(`first ${SENTENCE.length} characters only`);
    expect(message?.text).toContain("1234 characters past them");
  });

  it("stays spent once the budget is spent, even for a short later piece", () => {
    const budget = tagBudget(10);
    expect(budget.tag(SENTENCE)).toBeNull();
    expect(budget.tag("Rome.")).toBeNull();
  });
});
