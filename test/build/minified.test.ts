// A minified bundle must print what the normal build prints: nothing may depend on the names of
// functions or classes (a minifier renames them). Once, "two days" became a date instead of the
// duration P2D in a minified build, because chrono's parsers were chosen by class name.
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runBin } from "../helpers/run-bin.js";

const run = promisify(execFile);
// Inside dist/ at the bundle's own depth, so that it finds node_modules and the generated data.
const OUT = `${ROOT}dist/bundle-minified-test`;
const ARGS = ["--ndjson", "--reference-date", "2026-02-01", "fixtures/articles", "fixtures/boilerplate"];

beforeAll(async () => {
  await run(process.execPath, ["scripts/bundle.mjs", "--minify", "--outdir", OUT, "--no-snapshot"], { cwd: ROOT });
}, 120_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe("a minified build", () => {
  it("prints the same records as the normal build over every fixture", async () => {
    const script = `const { main } = await import(${JSON.stringify(`${OUT}/main.js`)});
process.exitCode = await main(process.argv.slice(1), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, today: () => new Date() });`;
    const [minified, normal] = await Promise.all([
      run(process.execPath, ["--input-type=module", "-e", script, "--", ...ARGS], { cwd: ROOT, maxBuffer: 1 << 28, env: { PATH: process.env["PATH"] ?? "", TZ: "UTC" } }),
      runBin(ARGS),
    ]);
    expect(normal.code).toBe(0);
    const records = normal.stdout.trim().split("\n");
    expect(records.length).toBeGreaterThan(25);
    const differing = minified.stdout.trim().split("\n").filter((line, i) => line !== records[i]).length;
    expect(differing).toBe(0);
    expect(minified.stdout).toBe(normal.stdout);
  }, 240_000);
});
