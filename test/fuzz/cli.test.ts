// The contract through the real binary: a batch of hostile files gives exactly one valid record per
// file (the article or an error record with its code), and the process exits 0 or 1, never 70.
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OutputRecord } from "../../src/schema/article.js";
import { runBin } from "../helpers/run-bin.js";
import { mutatedPage, nestedPage, soup } from "./arbitraries.js";
import { runs, seed } from "./invariants.js";

const dir = mkdtempSync(join(tmpdir(), "extract-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  soup(100), mutatedPage, nestedPage, fc.uint8Array({ maxLength: 3000 }), fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom("", " \n\t ", "\0\0\0", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj", "\u201c".repeat(3000), `${"<font>".repeat(6000)}text`),
);

describe("the binary on a batch of hostile files", () => {
  it("prints one valid record per file and never exits 70", async () => {
    const n = runs(0.02, 60);
    const inputs = fc.sample(input, { numRuns: n, seed: seed() ?? Date.now() });
    inputs.forEach((x, i) => writeFileSync(join(dir, `${String(i).padStart(5, "0")}.${i % 2 ? "html" : "txt"}`), x));
    const r = await runBin(["--ndjson", dir]);
    expect([0, 1]).toContain(r.code);
    const records = r.stdout.split("\n").filter(Boolean).map((l) => OutputRecord.parse(JSON.parse(l)));
    expect(records).toHaveLength(n);
    for (const rec of records) if ("error" in rec) expect(rec.error.code).not.toBe("internal");
  }, 300_000);

  it("reads hostile stdin and answers with a record or an input error", async () => {
    for (const stdin of [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "\u201c".repeat(20_000), `${"<div>".repeat(20_000)}x`]) {
      const r = await runBin(["--ndjson", "-"], { stdin });
      expect([0, 1]).toContain(r.code);
      const records = r.stdout.split("\n").filter(Boolean).map((l) => OutputRecord.parse(JSON.parse(l)));
      expect(records).toHaveLength(1);
    }
  });
});
