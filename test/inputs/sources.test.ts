// NDJSON, lists of inputs, directory walks with globs, and the error codes of plain inputs,
// through the real binary.
import { spawn } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { lines, ROOT, runBin } from "../helpers/run-bin.js";
import { tarOf, tempDir, write } from "./make.js";

type Rec = { source: Record<string, unknown>; error?: { code: string; message: string }; text?: string; dates?: { value: string | null }[] };

const NDJSON = [
  JSON.stringify({ id: "a1", date: "2026-03-02T08:00:00Z", text: "Emmanuel Macron met farmers in Lyon on Monday." }),
  "",
  "{not json",
  JSON.stringify({ id: 7, url: "https://news.example/b", html: "<html><body><article><p>Joe Biden spoke in Washington.</p></article></body></html>" }),
  JSON.stringify({ id: "c3", title: "no body" }),
  JSON.stringify({ text: "Olaf Scholz spoke.", date: "yesterday-ish" }),
].join("\n");

let dir: string;
beforeAll(async () => {
  dir = tempDir("sources");
  write(dir, "rows.ndjson", `${NDJSON}\n`);
  mkdirSync(join(dir, "walk/sub"), { recursive: true });
  mkdirSync(join(dir, "walk/drafts"));
  write(dir, "walk/a.txt", "Angela Merkel visited Berlin.\n");
  write(dir, "walk/b.HTML", "<html><body><article><p>Joe Biden spoke in Washington.</p></article></body></html>");
  write(dir, "walk/c.json", '{"name": "package"}\n');
  write(dir, "walk/d.mjs", "export const x = 1;\n");
  write(dir, "walk/e.bin", await tarOf({ "inner.txt": "Emmanuel Macron met farmers in Lyon.\n" }));
  write(dir, "walk/sub/f.md", "Olaf Scholz spoke in Hamburg.\n");
  write(dir, "walk/drafts/g.txt", "Rishi Sunak spoke in London.\n");
  write(dir, "line\nbreak.txt", "Pedro Sanchez spoke in Madrid.\n");
  write(dir, "list0", ["walk/a.txt", "line\nbreak.txt", "walk/sub", ""].join("\0"));
  write(dir, "list", "walk/a.txt\n\nmissing.txt\n");
  write(dir, "empty.txt", "");
  write(dir, "image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  write(dir, "big.txt", "Angela Merkel visited Berlin.\n".repeat(100));
});

const paths = (recs: Rec[]): unknown[] => recs.map((r) => [r.source["path"], r.source["member"] ?? null, r.error?.code ?? "ok"]);

describe("inputs", { timeout: 240_000 }, () => {
  it("reads NDJSON lines with their line number, id and date, and reports bad lines by number", async () => {
    const auto = await runBin(["rows.ndjson"], { cwd: dir });
    const forced = await runBin(["--input-format", "ndjson", "-"], { cwd: dir, stdin: NDJSON });
    expect(auto.code).toBe(1);
    for (const r of [auto, forced]) {
      const recs = lines(r.stdout) as Rec[];
      expect(recs.map((x) => [x.source["line"], x.source["id"] ?? null, x.error?.code ?? x.source["format"]])).toEqual([
        [1, "a1", "text"], [3, null, "bad-record"], [4, "7", "html"], [5, "c3", "bad-record"], [6, null, "bad-record"],
      ]);
      expect(recs[0]!.dates!.map((d) => d.value)).toEqual(["2026-03-02"]);
      expect(recs[2]!.source["url"]).toBe("https://news.example/b");
    }
    expect((lines(forced.stdout) as Rec[])[0]!.source["path"]).toBeNull();
  });

  it("walks directories by article extension and archive content, with --include and --exclude", async () => {
    const plain = await runBin(["--ndjson", "walk"], { cwd: dir });
    expect(paths(lines(plain.stdout) as Rec[])).toEqual([
      ["walk/a.txt", null, "ok"], ["walk/b.HTML", null, "ok"], ["walk/drafts/g.txt", null, "ok"], ["walk/e.bin", "inner.txt", "ok"], ["walk/sub/f.md", null, "ok"],
    ]);
    const globbed = await runBin(["--ndjson", "--include", "*.json", "--include", "**/*.md", "--exclude", "sub", "walk", "walk/d.mjs"], { cwd: dir });
    expect(paths(lines(globbed.stdout) as Rec[])).toEqual([["walk/c.json", null, "ok"], ["walk/d.mjs", null, "ok"]]);
  });

  it("reads the inputs of --files-from, NUL-separated with -0, from a file or stdin", async () => {
    const nul = await runBin(["--files-from", "list0", "-0"], { cwd: dir });
    expect(paths(lines(nul.stdout) as Rec[])).toEqual([["walk/a.txt", null, "ok"], ["line\nbreak.txt", null, "ok"], ["walk/sub/f.md", null, "ok"]]);
    const piped = await runBin(["--files-from", "-", "walk/sub/f.md"], { cwd: dir, stdin: "walk/a.txt\nmissing.txt\n" });
    expect(paths(lines(piped.stdout) as Rec[])).toEqual([["walk/sub/f.md", null, "ok"], ["walk/a.txt", null, "ok"], ["missing.txt", null, "not-found"]]);
    expect(piped.code).toBe(1);
  });

  it("gives each failed input its own error code", async () => {
    const r = await runBin(["--ndjson", "--max-bytes", "1k", "missing.txt", "empty.txt", "image.png", "big.txt", "/dev/zero", "walk/a.txt"], { cwd: dir });
    expect(paths(lines(r.stdout) as Rec[])).toEqual([
      ["missing.txt", null, "not-found"], ["empty.txt", null, "empty"], ["image.png", null, "binary"],
      ["big.txt", null, "too-large"], ["/dev/zero", null, "too-large"], ["walk/a.txt", null, "ok"],
    ]);
    expect(r.stderr).toContain("extract: /dev/zero: the input is larger than the limit of 1 KB (--max-bytes)");
  });

  it("ends quickly on /dev/zero with the default limit", async () => {
    const started = Date.now();
    const r = await runBin(["--ndjson", "/dev/zero"]);
    expect((lines(r.stdout) as Rec[]).map((x) => x.error?.code)).toEqual(["too-large"]);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it("reports a directory given as stdin as is-directory", async () => {
    const bin = fileURLToPath(new URL("../../bin/extract", import.meta.url));
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, "--ndjson", "-"], { cwd: ROOT, stdio: [openSync(dir, "r"), "pipe", "pipe"] });
      let stdout = "";
      child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
      child.on("close", (code) => resolve({ code, stdout }));
    });
    expect(result.code).toBe(1);
    expect((lines(result.stdout) as Rec[]).map((x) => x.error?.code)).toEqual(["is-directory"]);
  });

  it("reports a file whose reading fails as unreadable", async () => {
    // /proc/self/mem opens but gives EIO when read from its start: a read error even for root.
    const r = await runBin(["--ndjson", "/proc/self/mem"]);
    expect((lines(r.stdout) as Rec[]).map((x) => [x.error?.code, x.error?.message])).toEqual([["unreadable", "EIO: i/o error, read"]]);
  });

  it.skipIf(process.getuid?.() === 0)("reports a file it may not read as unreadable", async () => {
    const { chmodSync } = await import("node:fs");
    const path = write(dir, "secret.txt", "Angela Merkel visited Berlin.\n");
    chmodSync(path, 0o000);
    const r = await runBin(["--ndjson", "secret.txt"], { cwd: dir });
    expect((lines(r.stdout) as Rec[]).map((x) => x.error?.code)).toEqual(["unreadable"]);
  });
});
