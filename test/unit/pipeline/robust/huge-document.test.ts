// A document past the tagging budget, through the real binary: its first part is read as any
// article, dates there are found, and past it people, organizations and places are still found by
// the plain scan; --debug says so.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FULL_TAGGING_CHARS } from "../../../../src/pipeline/tag-budget.js";
import { lines, runBin } from "../../../helpers/run-bin.js";

const HEAD_PARAGRAPH = "Prime Minister Shinjiro Koizumi met officials of Toyota Motor Corp in Osaka on March 3, 2024. Koizumi said the talks went well.";
const TAIL_PARAGRAPH = "Later, President Emmanuel Macron of France met Koizumi and the Bank of England in Paris on May 5, 2024.";

interface Mention { start: number; end: number }
interface Named { name: string; mentions: Mention[] }
interface Record { text: string; people: Named[]; organizations: Named[]; places: Named[]; dates: Array<{ start: number; text: string }> }

describe("a huge document", () => {
  it("is read in two parts, entities found in both, dates in the first only", async () => {
    const head: string[] = [];
    while (head.join("\n\n").length < FULL_TAGGING_CHARS * 1.05) head.push(HEAD_PARAGRAPH);
    const text = `${head.join("\n\n")}\n\n${TAIL_PARAGRAPH}\n`;
    const dir = mkdtempSync(join(tmpdir(), "extract-huge-"));
    try {
      const file = join(dir, "huge.txt");
      writeFileSync(file, text);
      const r = await runBin(["--ndjson", "--debug", file]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain("plain scan");
      const [out] = lines(r.stdout) as Record[];
      const tailStart = out!.text.indexOf(TAIL_PARAGRAPH);
      expect(tailStart).toBeGreaterThan(FULL_TAGGING_CHARS - HEAD_PARAGRAPH.length);
      const inTail = (list: Named[]) => list.filter((e) => e.mentions.some((m) => m.start >= tailStart)).map((e) => e.name);
      expect(inTail(out!.people)).toEqual(expect.arrayContaining(["Emmanuel Macron", "Shinjiro Koizumi"]));
      expect(inTail(out!.places)).toEqual(expect.arrayContaining(["France", "Paris"]));
      expect(inTail(out!.organizations)).toEqual(expect.arrayContaining(["Bank of England"]));
      for (const e of [...out!.people, ...out!.organizations, ...out!.places]) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(out!.text.length);
      expect(out!.dates.length).toBeGreaterThan(0);
      expect(out!.dates.every((d) => d.start < tailStart)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
