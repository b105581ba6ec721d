// The README's scale-out recipes, run as written: GNU parallel over files and over NDJSON, and the
// PySpark script in Spark's local mode. Each must print what one `extract --ndjson` run prints over
// the same inputs. A recipe whose tool is missing here is skipped, saying what is missing
// (`npm run test:spark` installs pyspark first).
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures } from "./helpers/fixtures.js";
import { ROOT } from "./helpers/run-bin.js";

const has = (script: string): boolean => spawnSync("sh", ["-c", script], { stdio: "ignore" }).status === 0;
const help = spawnSync(process.execPath, [join(ROOT, "bin/extract"), "--help"], { encoding: "utf8" }).stdout;

const missing = {
  parallel: has("command -v parallel") ? null : "GNU parallel is not installed (apt-get install parallel)",
  ndjson: help.includes("--input-format") ? null : "this build of extract has no --input-format ndjson",
  java: has("command -v java") ? null : "no Java runtime (apt-get install default-jre-headless)",
  pyspark: has("python3 -c 'import pyspark'") ? null : "pyspark is not installed (npm run test:spark installs it with pip)",
};

/** The commands of the README's recipe block, keyed by the file each writes. */
function recipes(): Map<string, string> {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = /<!-- scale-out recipes:[^>]*-->\s*```sh\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("the README has no scale-out recipe block");
  const commands = block.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
  return new Map(commands.map((c) => [/> (\S+\.ndjson)\s*$/.exec(c)?.[1] ?? c, c]));
}

/** A working folder with DIR (articles), RECORDS (NDJSON) and an `extract` on the PATH. */
function workspace(): { cwd: string; env: NodeJS.ProcessEnv; files: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), "extract-scale-"));
  const dir = join(cwd, "articles");
  const bin = join(cwd, "bin");
  mkdirSync(dir);
  mkdirSync(bin);
  const all = [...fixtures("articles"), ...fixtures("boilerplate")];
  const files = all.map((f) => {
    const to = join(dir, `${f.group}-${f.slug}.${f.input.endsWith(".html") ? "html" : "txt"}`);
    copyFileSync(join(ROOT, f.input), to);
    return to;
  });
  const records = all.map((f) => JSON.stringify({ id: `${f.group}/${f.slug}`, [f.input.endsWith(".html") ? "html" : "text"]: readFileSync(join(ROOT, f.input), "utf8") }));
  writeFileSync(join(cwd, "records.in.ndjson"), `${records.join("\n")}\n`);
  writeFileSync(join(bin, "extract"), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, "bin/extract")}" "$@"\n`, { mode: 0o755 });
  symlinkSync(join(ROOT, "examples"), join(cwd, "examples"));
  const env = { PATH: `${bin}:${process.env["PATH"] ?? ""}`, HOME: process.env["HOME"] ?? cwd, TZ: "UTC", DIR: dir, RECORDS: join(cwd, "records.in.ndjson") };
  return { cwd, env, files: files.sort() };
}

const run = (command: string, w: ReturnType<typeof workspace>): void => void execFileSync("sh", ["-c", command], { cwd: w.cwd, env: w.env, stdio: ["ignore", "ignore", "inherit"], timeout: 600_000 });
const reference = (args: string[], w: ReturnType<typeof workspace>, input?: string): string =>
  spawnSync("extract", args, { cwd: w.cwd, env: w.env, encoding: "utf8", maxBuffer: 1 << 28, ...(input ? { input: readFileSync(input) } : {}) }).stdout;
/** Records without `source`: a record's position in NDJSON input counts within its chunk. */
const withoutSource = (ndjson: string): unknown[] => ndjson.split("\n").filter(Boolean).map((l) => ({ ...(JSON.parse(l) as object), source: undefined }));
const skipped = (...why: Array<string | null>): string => (why.some(Boolean) ? ` (skipped: ${why.filter(Boolean).join("; ")})` : "");

describe("scale-out recipes of the README", () => {
  const commands = recipes();
  const absent = Object.values(missing).filter(Boolean);
  if (absent.length) console.warn(`scale-out recipes: some are skipped here: ${absent.join("; ")}`);

  it("lists a command for each recipe", () => {
    expect([...commands.keys()]).toEqual(["files.ndjson", "records.ndjson", "spark.ndjson"]);
  });

  it.skipIf(missing.parallel)(`GNU parallel over files prints what one run prints${skipped(missing.parallel)}`, () => {
    const w = workspace();
    run(commands.get("files.ndjson")!, w);
    const out = readFileSync(join(w.cwd, "files.ndjson"), "utf8");
    expect(out.split("\n").filter(Boolean)).toHaveLength(w.files.length);
    expect(out).toBe(reference(["--ndjson", "--jobs", "1", ...w.files], w));
  }, 600_000);

  it.skipIf(missing.parallel || missing.ndjson)(`GNU parallel over NDJSON prints what one run prints${skipped(missing.parallel, missing.ndjson)}`, () => {
    const w = workspace();
    run(commands.get("records.ndjson")!, w);
    const out = readFileSync(join(w.cwd, "records.ndjson"), "utf8");
    expect(withoutSource(out)).toEqual(withoutSource(reference(["--input-format", "ndjson", "--ndjson", "--jobs", "1"], w, w.env["RECORDS"])));
  }, 600_000);

  it.skipIf(missing.java || missing.pyspark || missing.ndjson)(`Spark in local mode prints what one run prints${skipped(missing.java, missing.pyspark, missing.ndjson)}`, () => {
    const w = workspace();
    run(commands.get("spark.ndjson")!, w);
    const out = readFileSync(join(w.cwd, "spark.ndjson"), "utf8");
    expect(withoutSource(out)).toEqual(withoutSource(reference(["--input-format", "ndjson", "--ndjson", "--jobs", "1"], w, w.env["RECORDS"])));
  }, 600_000);
});
