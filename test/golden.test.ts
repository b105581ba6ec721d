// Golden tests: the real binary on every fixture (fixtures/articles: whole articles;
// fixtures/boilerplate: one small page per removed kind, HTML and text); the whole JSON must equal
// the reviewed expected.json (update with `npx vitest -u` and review the diff), and its checks.json
// must pass.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Article } from "../src/schema/article.js";
import type { Checks } from "./helpers/checks.js";
import { failedChecks } from "./helpers/checks.js";
import { fixtures } from "./helpers/fixtures.js";
import { ending, runBin, type RunResult } from "./helpers/run-bin.js";

describe.each([...fixtures("articles"), ...fixtures("boilerplate")])("fixture $group/$slug", (f) => {
  // One run of the binary serves both tests; a run that ends abnormally says how in the message.
  let run: Promise<RunResult> | undefined;
  const result = async (): Promise<RunResult> => {
    const r = await (run ??= runBin([...f.args, f.input]));
    expect(r.code, ending(r)).toBe(0);
    expect(r.stderr, ending(r)).toBe("");
    return r;
  };

  it("prints exactly its golden output and exits 0", async () => {
    const r = await result();
    await expect(r.stdout).toMatchFileSnapshot(f.expected);
  });

  it.runIf(f.checks !== null)("passes its semantic checks", async () => {
    const r = await result();
    const checks = JSON.parse(readFileSync(f.checks!, "utf8")) as Checks;
    expect(failedChecks(JSON.parse(r.stdout) as Article, checks)).toEqual([]);
  });
});
