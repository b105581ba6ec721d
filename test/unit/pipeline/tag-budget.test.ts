import { describe, expect, it } from "vitest";
import { nlp } from "../../../src/nlp/compromise.js";
import { tagBudget } from "../../../src/pipeline/tag-budget.js";

interface Term { text: string; tags: string[]; offset: { start: number; length: number } }
const terms = (json: unknown[]): Term[] => (json as Array<{ terms: Term[] }>).flatMap((s) => s.terms);
const SENTENCE = "Boris Johnson met Angela Merkel and Shinjiro Koizumi in Berlin on Monday.";

describe("tagBudget", () => {
  it("tags fully, exactly as compromise does, while the document is within the budget", () => {
    const budget = tagBudget(1000);
    const view = (json: unknown[]) => terms(json).map(({ text, tags, offset }) => ({ text, tags, offset }));
    expect(view(budget.tag(SENTENCE))).toEqual(view(nlp(SENTENCE).json({ offset: true }) as unknown[]));
    expect(budget.messages()).toEqual([]);
  });

  it("tags lightly past the budget, keeps proper nouns and offsets, and says so", () => {
    const budget = tagBudget(SENTENCE.length);
    budget.tag(SENTENCE);
    const light = terms(budget.tag(SENTENCE));
    for (const t of light) expect(SENTENCE.slice(t.offset.start, t.offset.start + t.offset.length)).toBe(t.text);
    const proper = light.filter((t) => t.tags.includes("ProperNoun")).map((t) => t.text);
    expect(proper).toEqual(expect.arrayContaining(["Johnson", "Merkel", "Koizumi", "Berlin"]));
    const [message, ...rest] = budget.messages();
    expect(rest).toEqual([]);
    expect(message?.text).toContain(`${SENTENCE.length} characters past the first ${SENTENCE.length}`);
  });

  it("stays light once the budget is spent, even for a short later piece", () => {
    const budget = tagBudget(10);
    budget.tag(SENTENCE);
    const short = terms(budget.tag("Rome."));
    expect(short.map((t) => t.text)).toEqual(["Rome"]);
    expect(budget.messages()[0]?.text).toContain(`${SENTENCE.length + 5} characters`);
  });

  it("costs far less per character than full tagging", () => {
    const text = `${SENTENCE} `.repeat(300);
    const cpu = (f: () => void): number => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return d.user + d.system; };
    nlp(SENTENCE).json(); // warm up both paths
    tagBudget(0).tag(SENTENCE);
    const full = cpu(() => tagBudget(Infinity).tag(text));
    const light = cpu(() => tagBudget(0).tag(text));
    expect(light).toBeLessThan(full * 0.7);
  });
});
