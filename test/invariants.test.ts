// Properties every output must have, checked on every fixture: it passes the schema, every offset
// slices `text` back to its mention, arrays are in order of first appearance.
import { describe, expect, it } from "vitest";
import { Article } from "../src/schema/article.js";
import { joinQuoteParts } from "../src/util/quote-text.js";
import { fixtures } from "./helpers/fixtures.js";
import { runBin } from "./helpers/run-bin.js";

const firsts = (xs: ReadonlyArray<{ mentions: ReadonlyArray<{ start: number }> }>): number[] => xs.map((x) => x.mentions[0]?.start ?? -1);
const sorted = (xs: readonly number[]): boolean => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);

describe.each(fixtures())("output for $slug", (f) => {
  it("satisfies the schema and slices every mention out of text", async () => {
    const r = await runBin([...f.args, f.input]);
    const a = Article.parse(JSON.parse(r.stdout));
    for (const e of [...a.people, ...a.organizations, ...a.places]) {
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions) {
        const surface = a.text.slice(m.start, m.end);
        // A mention is written as the entity's name or one of its aliases.
        expect([e.name, ...e.aliases].map((n) => n.toLowerCase())).toContain(surface.toLowerCase());
      }
    }
    for (const d of a.dates) expect(a.text.slice(d.start, d.end)).toBe(d.text);
    for (const q of a.quotes) {
      // A quote of several parts: each part slices out of text, and they join into its text.
      expect(q.parts[0]!.start).toBe(q.start);
      expect(q.parts.at(-1)!.end).toBe(q.end);
      expect(joinQuoteParts(a.text, q.parts)).toBe(q.text);
    }
    for (const g of a.agreements) expect(a.text.slice(g.start, g.end)).toBe(g.sentence);
    expect(sorted(firsts(a.people))).toBe(true);
    expect(sorted(firsts(a.organizations))).toBe(true);
    expect(sorted(firsts(a.places))).toBe(true);
    expect(sorted(a.dates.map((d) => d.start))).toBe(true);
  });
});
