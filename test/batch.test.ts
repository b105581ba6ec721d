// The batch through the real binary: --jobs, --timeout, --quiet, signals and broken pipes.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtures } from "./helpers/fixtures.js";
import { lines, ROOT, runBin, signalAtFirstOutput } from "./helpers/run-bin.js";

const SEED = "fixtures/articles/seed-yokosuka/input.txt";
const ALL = [...fixtures("articles"), ...fixtures("boilerplate")].map((f) => f.input);
const sh = (script: string) => promisify(execFile)("sh", ["-c", script], { cwd: ROOT, env: { PATH: process.env["PATH"] ?? "", TZ: "UTC" } }).catch((err: { code: number; stdout: string; stderr: string }) => err);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-batch-"));
  // A genuinely slow input: 10 MB of real news text, far more than two seconds of work.
  const news = ALL.filter((p) => p.endsWith(".txt")).map((p) => readFileSync(join(ROOT, p), "utf8")).join("\n\n");
  writeFileSync(join(dir, "huge.txt"), news.repeat(Math.ceil(10e6 / news.length)));
  writeFileSync(join(dir, "small.txt"), "Ministers agreed on Monday to extend the accord, officials said.\n");
});

describe("--jobs", () => {
  it.each([[[]], [["--reference-date", "2026-02-01", "--keep-boilerplate", "--include-negated", "--pretty"]]])(
    "prints the same bytes with two workers as in one process, over every fixture (%j)",
    async (flags) => {
      const inputs = [...ALL, "no/such/file.txt", ...ALL.slice(0, 3)];
      const [one, two] = await Promise.all([runBin([...flags, "--jobs", "1", ...inputs]), runBin([...flags, "--jobs", "2", ...inputs])]);
      expect(one.code).toBe(1);
      expect(two.code).toBe(1);
      expect(two.stdout).toBe(one.stdout);
      if (!flags.includes("--pretty")) expect(lines(one.stdout)).toHaveLength(inputs.length);
      expect(two.stderr).toContain(`extract: ${inputs.length} inputs, ${inputs.length - 1} ok, 1 failed,`);
    },
    180_000,
  );

  it("starts its workers when node itself was given V8 flags, which Worker refuses by name", async () => {
    const r = await sh(`node --expose-gc --stack-size=2000 bin/extract --ndjson --jobs 2 ${ALL.slice(0, 3).join(" ")}`);
    expect(r.stderr).not.toContain("ERR_WORKER_INVALID_EXEC_ARGV");
    expect(lines(r.stdout)).toHaveLength(3);
    expect(r.stderr).toContain("3 inputs, 3 ok");
  }, 60_000);

  it("refuses a number of jobs that is not a whole number", async () => {
    const r = await runBin(["--jobs", "0", SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--jobs");
  });
});

describe("--timeout", () => {
  it("abandons an input that overruns its budget with a timeout record, and the batch goes on", async () => {
    const t0 = Date.now();
    const r = await runBin(["--jobs", "1", "--timeout", "2", join(dir, "huge.txt"), join(dir, "small.txt")]);
    const records = lines(r.stdout) as Array<{ source: { path: string }; error?: { code: string; message: string } }>;
    expect(records.map((x) => x.error?.code ?? "ok")).toEqual(["timeout", "ok"]);
    expect(records[0]!.source.path).toBe(join(dir, "huge.txt"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("huge.txt: processing took longer than 2 s");
    expect(Date.now() - t0).toBeLessThan(60_000);
  }, 120_000);

  it("with two workers, abandons the stuck input alone: the inputs after it, sent ahead to its worker, are printed in order", async () => {
    const small = join(dir, "small.txt");
    const r = await runBin(["--jobs", "2", "--timeout", "2", small, join(dir, "huge.txt"), small, small, small, small, small]);
    const records = lines(r.stdout) as Array<{ error?: { code: string } }>;
    expect(records.map((x) => x.error?.code ?? "ok")).toEqual(["ok", "timeout", "ok", "ok", "ok", "ok", "ok"]);
    expect(r.code).toBe(1);
  }, 120_000);
});

describe("stderr", () => {
  it("ends a batch with a one-line summary, and --quiet silences it", async () => {
    const [loud, quiet] = await Promise.all([runBin(["--jobs", "2", SEED, SEED]), runBin(["--jobs", "2", "--quiet", SEED, SEED])]);
    expect(loud.stderr).toMatch(/^extract: 2 inputs, 2 ok, 0 failed, \d+\.\d s\n$/);
    expect(quiet.stderr).toBe("");
    expect(quiet.stdout).toBe(loud.stdout);
  }, 120_000);

  it("prints no summary for a single input", async () => {
    const r = await runBin(["--ndjson", SEED]);
    expect(r.stderr).toBe("");
  });
});

describe("signals and pipes", () => {
  it.each([["SIGINT", 130], ["SIGTERM", 143]] as const)("stops cleanly on %s: complete lines, a summary of what was done, exit %i", async (signal, code) => {
    const { code: exit, stdout, stderr } = await signalAtFirstOutput(process.execPath, ["bin/extract", "--jobs", "2", "--ndjson", ...Array.from({ length: 60 }, () => SEED)], signal, { PATH: process.env["PATH"] ?? "", TZ: "UTC" });
    expect(exit).toBe(code);
    expect(stdout.endsWith("\n")).toBe(true);
    const printed = lines(stdout);
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.length).toBeLessThan(60);
    expect(stderr).toMatch(new RegExp(`^extract: stopped by ${signal} after ${printed.length} inputs?, ${printed.length} ok, 0 failed, `));
  }, 120_000);

  it("exits 74 with one message when the output cannot be written (a full disk)", async () => {
    const r = await sh(`node bin/extract --jobs 2 --ndjson ${SEED} ${SEED} ${SEED} > /dev/full`);
    expect(r.code).toBe(74);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("cannot write the output");
  }, 120_000);

  it("stops quietly with two workers when the reader closes the pipe early", async () => {
    const r = await sh(`node bin/extract --jobs 2 --ndjson ${Array.from({ length: 40 }, () => SEED).join(" ")} | head -1`);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("{"))).toHaveLength(1);
    expect(r.stderr).toBe("");
  }, 120_000);
});
