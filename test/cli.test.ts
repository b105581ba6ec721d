import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { lines, ROOT, runBin } from "./helpers/run-bin.js";

const SEED = "fixtures/articles/seed-yokosuka/input.txt";
const ARTICLE = "Ministers agreed on Monday to extend the accord, officials said.\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
  mkdirSync(join(dir, "tree/sub"), { recursive: true });
  writeFileSync(join(dir, "tree/b.txt"), ARTICLE);
  writeFileSync(join(dir, "tree/a.txt"), ARTICLE);
  writeFileSync(join(dir, "tree/sub/c.html"), `<html><body><p>${ARTICLE}</p></body></html>`);
  writeFileSync(join(dir, "tree/.hidden.txt"), ARTICLE);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  mkdirSync(join(dir, "loop/inner"), { recursive: true });
  writeFileSync(join(dir, "loop/inner/x.txt"), ARTICLE);
  symlinkSync(join(dir, "loop"), join(dir, "loop/inner/back"));
});

describe("the extract command", () => {
  it("prints help with examples and exits 0", async () => {
    const r = await runBin(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: extract");
    expect(r.stdout).toContain("jq");
    expect(r.stderr).toBe("");
  });

  it("stops quietly when the reader of --help or --schema goes away, and exits 74 on a full disk", async () => {
    const sh = (cmd: string) => promisify(execFile)("bash", ["-c", cmd], { cwd: ROOT });
    for (const flags of ["--help", "--schema"]) {
      const { stdout, stderr } = await sh(`node bin/extract ${flags} | head -c 1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`);
      expect(stdout.trim()).toBe("status=0");
      expect(stderr).toBe("");
    }
    for (const flags of ["--help", "--version", "--schema", SEED]) {
      const { stdout, stderr } = await sh(`node bin/extract ${flags} > /dev/full; echo "status=$?"`);
      expect(stdout.trim()).toBe("status=74");
      expect(stderr).toMatch(/^extract: cannot write the output: .*no space left on device/im);
    }
  });

  it("prints its version and exits 0", async () => {
    const r = await runBin(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("exits 2 with a message on an unknown flag", async () => {
    const r = await runBin(["--frobnicate", SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--frobnicate");
    expect(r.stdout).toBe("");
  });

  it("exits 2 on a reference date that is not a calendar day", async () => {
    const r = await runBin(["--reference-date", "2026-02-30", SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--reference-date");
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("reads a path given where the reference date should be as an input, with a warning", async () => {
    // what `--reference-date $REF files...` becomes in a shell when REF is empty
    const r = await runBin(["--ndjson", "--reference-date", SEED, SEED]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(2);
    expect(r.stderr).toContain("warning");
  });

  it("takes an empty reference date as none", async () => {
    const r = await runBin(["--reference-date", "", SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("exits 2 on an unknown --format", async () => {
    const r = await runBin(["--format", "pdf", SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("pdf");
  });

  it("exits 2 when --pretty and --compact are both given", async () => {
    const r = await runBin(["--pretty", "--compact", SEED]);
    expect(r.code).toBe(2);
  });

  it("prints one pretty JSON object for one file", async () => {
    const r = await runBin([SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").length).toBeGreaterThan(10);
    const a = JSON.parse(r.stdout) as { source: { path: string; format: string } };
    expect(a.source).toMatchObject({ path: SEED, format: "text" });
  });

  it("prints one line with --compact", async () => {
    const r = await runBin(["--compact", SEED]);
    expect(lines(r.stdout)).toHaveLength(1);
  });

  it("reads stdin when given - or no input, with a null path", async () => {
    for (const args of [["-"], []]) {
      const r = await runBin(args, { stdin: ARTICLE });
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { source: { path: null } }).source.path).toBeNull();
    }
  });

  it("exits 1 with a one-line message for a missing file", async () => {
    const r = await runBin(["no/such/file.txt"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("no/such/file.txt");
  });

  it("prints one NDJSON line per input in a batch, with an error record for a missing file", async () => {
    const r = await runBin(["--ndjson", SEED, "missing.txt", SEED]);
    expect(r.code).toBe(1);
    const records = lines(r.stdout) as Array<{ source: { path: string }; error?: { code: string } }>;
    expect(records).toHaveLength(3);
    expect(records.map((x) => x.source.path)).toEqual([SEED, "missing.txt", SEED]);
    expect(records[1]!.error).toMatchObject({ code: "not-found" });
    expect(r.stderr).toContain("missing.txt");
  });

  it("walks a directory recursively in sorted order and skips hidden files", async () => {
    const r = await runBin([join(dir, "tree")]);
    expect(r.code).toBe(0);
    const paths = (lines(r.stdout) as Array<{ source: { path: string; format: string } }>).map((x) => x.source.path);
    expect(paths).toEqual(["a.txt", "b.txt", "sub/c.html"].map((p) => join(dir, "tree", p)));
  });

  it("sniffs HTML from the bytes, not the file name", async () => {
    const r = await runBin(["--ndjson", join(dir, "tree/sub/c.html")]);
    expect((lines(r.stdout)[0] as { source: { format: string } }).source.format).toBe("html");
  });

  it("reports empty and binary inputs as failed inputs", async () => {
    const r = await runBin([join(dir, "empty.txt"), join(dir, "binary.bin"), join(dir, "tree/a.txt")]);
    expect(r.code).toBe(1);
    const records = lines(r.stdout) as Array<{ error?: { code: string } }>;
    expect(records.map((x) => x.error?.code ?? "ok")).toEqual(["empty", "binary", "ok"]);
  });

  it("reports a directory loop once and still processes the rest", async () => {
    const r = await runBin([join(dir, "loop")]);
    expect(r.code).toBe(1);
    const records = lines(r.stdout) as Array<{ error?: { code: string } }>;
    expect(records.map((x) => x.error?.code ?? "ok")).toEqual(["directory-loop", "ok"]);
  });

  it("prints the JSON Schema of its output", async () => {
    const r = await runBin(["--schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string };
    expect(schema.$schema).toContain("2020-12");
    expect(r.stdout).toContain("schemaVersion");
  });

  it("gives the same bytes on two runs", async () => {
    const [a, b] = await Promise.all([runBin([SEED]), runBin([SEED])]);
    expect(a.stdout).toBe(b.stdout);
  });

  it("exits quietly when the reader closes the pipe early", async () => {
    const files = Array.from({ length: 40 }, () => SEED);
    const { stdout, stderr } = await promisify(execFile)("sh", ["-c", `node bin/extract --ndjson ${files.join(" ")} | head -1; echo "status=\${PIPESTATUS:-0}"`], { cwd: ROOT });
    expect(stdout.split("\n").filter((l) => l.startsWith("{"))).toHaveLength(1);
    expect(stderr).toBe("");
  });
});
