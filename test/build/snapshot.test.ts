// bin/extract starts node from the startup snapshot when the build made one for this node binary
// and this directory, and runs itself as JavaScript otherwise: both ways must print the same bytes,
// exit with the same codes and handle stdin, pipes and signals alike, and anything that does not
// fit (another node, a missing blob or stamp, a moved package) must fall back without a word.
// Which way was taken is read from `sh -x`, which traces the command the script execs.
import { execFile } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { againIfCrashed, lines, ROOT, runBin, signalAtFirstOutput } from "../helpers/run-bin.js";

const BIN = `${ROOT}bin/extract`;
const STAMP = `${ROOT}dist/bundle/snapshot.stamp`;
const ENV = { PATH: process.env["PATH"] ?? "", TZ: "UTC", NO_COLOR: "1" };
const SEED = "fixtures/articles/seed-yokosuka/input.txt";
const ARGS = ["--ndjson", "--jobs", "1", "--reference-date", "2026-02-01", "fixtures/articles", "fixtures/boilerplate"];

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command (the script itself, not node on it), with stdin. */
async function run(file: string, args: readonly string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const { signal, ...r } = await againIfCrashed(`${file} ${args.join(" ")}`, () => runOnce(file, args, options));
  if (signal) throw new Error(`${file} ${args.join(" ")} ended by ${signal}; stderr: ${r.stderr.slice(0, 2000)}`);
  return r;
}

function runOnce(file: string, args: readonly string[], options: { stdin?: string; env?: Record<string, string> }): Promise<Run & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = execFile(file, [...args], { cwd: ROOT, env: { ...ENV, ...options.env }, maxBuffer: 1 << 28 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== "number" && !err.signal) reject(err);
      else resolve({ code: err ? (typeof err.code === "number" ? err.code : null) : 0, signal: err?.signal ?? null, stdout, stderr });
    });
    child.stdin?.end(options.stdin ?? "");
  });
}

/** The run with the batch summary's duration left out: the only part that may differ. */
const timeless = (r: Run): Run => ({ ...r, stderr: r.stderr.replace(/, [\d.]+ s$/m, ", ? s") });

/** The way `script args` starts: "snapshot" or "fallback", read from the traced exec line. */
async function way(script: string, args: readonly string[] = ["--ndjson", SEED]): Promise<string> {
  const r = await run("sh", ["-x", script, ...args]);
  const exec = r.stderr.split("\n").filter((l) => l.startsWith("+ exec ")).pop() ?? "";
  return exec.includes("--snapshot-blob") ? "snapshot" : "fallback";
}

const built = existsSync(STAMP);

describe.runIf(built)("the startup snapshot", () => {
  it("is what bin/extract starts from, also through a symbolic link (npm's node_modules/.bin)", async () => {
    expect(await way(BIN)).toBe("snapshot");
    const dir = mkdtempSync(join(tmpdir(), "extract-link-"));
    try {
      symlinkSync(BIN, join(dir, "extract"));
      expect(await way(join(dir, "extract"))).toBe("snapshot");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("prints the same bytes as the JavaScript entry over every fixture", async () => {
    const [snapshot, fallback] = await Promise.all([run(BIN, ARGS), runBin(ARGS)]);
    expect(fallback.code).toBe(0);
    expect(lines(fallback.stdout).length).toBeGreaterThan(25);
    expect(timeless(snapshot)).toEqual(timeless(fallback));
  }, 240_000);

  it("reads stdin, passes arguments that look like node's own flags, and keeps exit codes and messages", async () => {
    const article = readFileSync(`${ROOT}${SEED}`, "utf8");
    for (const [args, stdin] of [
      [["--reference-date", "2026-02-01", "-"], article],
      [["--pretty", "--", SEED], ""],
      [["--no-such-flag"], ""],
      [["fixtures/no-such-file.txt", SEED], ""],
      [["--schema"], ""],
      [["--jobs", "2", "--ndjson", SEED, SEED, SEED], ""],
    ] as const) {
      const [snapshot, fallback] = await Promise.all([run(BIN, args, { stdin }), runBin(args, { stdin })]);
      expect(timeless(snapshot)).toEqual(timeless(fallback));
    }
  }, 240_000);

  it("loads, for one article in the main thread, neither worker_threads nor node's module loader", async () => {
    // What a cold start would pay for without using it: the worker pool's module (no worker runs)
    // and the module loader (the data tables' fingerprints were made by the warm-up).
    const dir = mkdtempSync(join(tmpdir(), "extract-modules-"));
    try {
      const probe = join(dir, "probe.cjs");
      writeFileSync(probe, 'process.on("exit", () => process.stderr.write(process.moduleLoadList.join("\\n") + "\\n"));\n');
      const r = await run(BIN, [SEED], { env: { NODE_OPTIONS: `--require ${probe}` } });
      expect(r.code).toBe(0);
      const loaded = r.stderr.split("\n");
      expect(loaded).toContain("NativeModule internal/fs/utils");
      expect(loaded).not.toContain("NativeModule worker_threads");
      expect(loaded).not.toContain("NativeModule module");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("takes the clock and the time zone of the process, not of the build", async () => {
    const args = ["--reference-date", "now", "--ndjson", SEED];
    const env = { TZ: "Pacific/Kiritimati" };
    const [snapshot, fallback] = await Promise.all([run(BIN, args, { env }), run("node", [BIN, ...args], { env })]);
    expect(snapshot).toEqual(fallback);
  }, 60_000);

  it("stops quietly when the reader closes the pipe early, and cleanly on SIGTERM", async () => {
    const piped = await run("sh", ["-c", `"$0" --jobs 1 --ndjson ${Array.from({ length: 20 }, () => SEED).join(" ")} | head -1`, BIN]);
    expect(piped.stdout.split("\n").filter((l) => l.startsWith("{"))).toHaveLength(1);
    expect(piped.stderr).toBe("");

    const { code: exit, stdout, stderr } = await signalAtFirstOutput(BIN, ["--jobs", "1", "--ndjson", ...Array.from({ length: 60 }, () => SEED)], "SIGTERM", ENV);
    expect(exit).toBe(143);
    expect(stdout.endsWith("\n")).toBe(true);
    expect(stderr).toMatch(/^extract: stopped by SIGTERM after \d+ inputs?/);
  }, 120_000);
});

describe("bin/extract without a snapshot that fits", () => {
  // A copy of the package: its bin/extract, package.json and dist/bundle, the rest linked.
  let pkg = "";
  const stamp = (): string => readFileSync(STAMP, "utf8");
  beforeAll(() => {
    pkg = realpathSync(mkdtempSync(join(tmpdir(), "extract-pkg-")));
    mkdirSync(join(pkg, "bin"));
    copyFileSync(BIN, join(pkg, "bin/extract"));
    copyFileSync(`${ROOT}package.json`, join(pkg, "package.json"));
    cpSync(`${ROOT}dist/bundle`, join(pkg, "dist/bundle"), { recursive: true });
    symlinkSync(`${ROOT}dist/generated`, join(pkg, "dist/generated"));
    symlinkSync(`${ROOT}node_modules`, join(pkg, "node_modules"));
  });
  afterAll(() => rmSync(pkg, { recursive: true, force: true }));

  /** Writes the copy's stamp: the real one with line `index` replaced (the package line names the copy). */
  const writeStamp = (index: number | null, value = ""): void => {
    const fields = stamp().split("\n");
    fields[2] = pkg;
    if (index !== null) fields[index] = value;
    writeFileSync(join(pkg, "dist/bundle/snapshot.stamp"), fields.join("\n"));
  };

  it.runIf(built)("uses the copy's blob when its stamp matches", async () => {
    writeStamp(null);
    expect(await way(join(pkg, "bin/extract"))).toBe("snapshot");
  }, 60_000);

  it.each([
    ["another node binary", () => writeStamp(0, "/opt/other/bin/node")],
    ["a node binary of another size", () => writeStamp(1, "12345")],
    ["a package that moved since the build", () => writeFileSync(join(pkg, "dist/bundle/snapshot.stamp"), built ? stamp() : "")],
    ["no stamp", () => rmSync(join(pkg, "dist/bundle/snapshot.stamp"), { force: true })],
    ["no blob", () => (writeStamp(null), rmSync(join(pkg, "dist/bundle/snapshot.blob"), { force: true }))],
  ])("falls back to the JavaScript entry with %s, and prints the same", async (_, breakIt) => {
    if (built) breakIt();
    const script = join(pkg, "bin/extract");
    expect(await way(script)).toBe("fallback");
    const [copy, original] = await Promise.all([run(script, ["--ndjson", SEED]), runBin(["--ndjson", SEED])]);
    expect(copy).toEqual(original);
    expect(copy.code).toBe(0);
  }, 60_000);

  it("runs --version and --help as JavaScript, which load little", async () => {
    expect(await way(BIN, ["--version"])).toBe("fallback");
    expect(await way(BIN, ["-h"])).toBe("fallback");
    expect((await run(BIN, ["--version"])).stdout).toBe((await runBin(["--version"])).stdout);
  }, 60_000);
});
