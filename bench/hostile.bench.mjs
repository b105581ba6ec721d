// Hostile and oversized inputs, each run by the real binary in a child process: time (wall and
// CPU) and peak RSS per input, against the budget of 2 s + 2 s per MB and 500 MB.
// Default sizes are small so that `npm run bench` stays short; EXTRACT_BENCH_FULL=1 runs the sizes
// of issue 11 (each input at its size and at ten times it, and 5 MB of concatenated news).
// `node bench/hostile.bench.mjs [name-filter]` runs this file alone; EXTRACT_BENCH_SCALES=0.1,1 and
// EXTRACT_BENCH_NEWS_MB=1,5 choose other sizes. EXTRACT_BENCH_RUNS=5 runs each input five times and
// reports the run of median CPU time with the range of all five (and the highest peak RSS): on a
// shared machine one run's CPU time varies by a fifth or more.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "./util.mjs";

const FULL = process.env.EXTRACT_BENCH_FULL === "1";
const RUNS = Math.max(1, Math.floor(Number(process.env.EXTRACT_BENCH_RUNS ?? 1)) || 1);
const NEWS = join(ROOT, "..", "shared", "corpus", "conll2003-train.jsonl");

const repeat = (unit, bytes) => unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))));
const nested = (open, close, depth, inner) => open.repeat(depth) + inner + close.repeat(depth);
const SENTENCE = "Boris Johnson met Angela Merkel in Berlin on Monday.";

/** Concatenated real news (CoNLL-2003 train documents), cut at `bytes`. */
function news(bytes) {
  if (!existsSync(NEWS)) return null;
  const docs = readFileSync(NEWS, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
  // The byte count is kept as the parts are added: measuring the growing string each time was
  // quadratic, and took longer than the run it prepared at 5 MB.
  const parts = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const part = `${docs[i % docs.length]}\n\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return Buffer.from(parts.join("")).subarray(0, bytes).toString("utf8").replace(/\uFFFD$/, "");
}

/** [name, make(scale)]: scale 1 is the size in the table. */
const KINDS = [
  ["capitalised words, no full stop", (s) => repeat("Capitalised Words Everywhere Without Any Stop ", 18.4e6 * s), "txt"],
  ["<div> nested around one sentence", (s) => nested("<div>", "</div>", Math.round(100_000 * s), SENTENCE), "html"],
  ["unclosed <font> before one sentence", (s) => `<html><body>${"<font>".repeat(Math.round(100_000 * s))}${SENTENCE}`, "html"],
  ["opening quotation marks, then said Smith", (s) => `${"\u201c".repeat(Math.round(50_000 * s))} said Smith`, "txt"],
  ["Paris\\0London\\0 repeated", (s) => repeat("Paris\0London\0", 120_000 * s), "txt"],
];

function cases() {
  const out = [];
  const list = (name) => process.env[name]?.split(",").map(Number).filter((x) => x > 0);
  const scales = list("EXTRACT_BENCH_SCALES") ?? (FULL ? [1, 10] : [0.01]);
  for (const [name, make, ext] of KINDS) for (const s of scales) out.push({ name: `${name} x${s}`, make: () => make(s), ext });
  for (const mb of list("EXTRACT_BENCH_NEWS_MB") ?? (FULL ? [0.1, 1, 5] : [0.1])) out.push({ name: `real news ${mb} MB`, make: () => news(mb * 1e6), ext: "txt" });
  return out;
}

const BIN = join(ROOT, "bin", "extract");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/**
 * Runs bin/extract, as a user would, on one file: wall time here, CPU time (user + system) and
 * peak RSS from /usr/bin/time when the machine has it. The records go to /dev/null.
 */
function measure(file) {
  // bin/extract itself, as a user runs it (from the startup snapshot when the build made one).
  const args = [BIN, "--quiet", "--ndjson", file];
  const t0 = performance.now();
  const r = TIME
    ? spawnSync(TIME, ["-f", "%U %S %M", ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] })
    : spawnSync(args[0], args.slice(1), { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  const wall = (performance.now() - t0) / 1000;
  if (r.status === null || r.status > 1) return { wall, code: r.status, cpu: NaN, rss: NaN, crash: r.stderr.split("\n").slice(-4).join(" ") };
  const [user, system, kb] = TIME ? r.stderr.trim().split("\n").at(-1).split(" ").map(Number) : [NaN, NaN, NaN];
  return { wall, code: r.status, cpu: user + system, rss: kb / 1024 };
}

export async function run(filter) {
  const dir = mkdtempSync(join(tmpdir(), "extract-hostile-"));
  try {
    for (const c of cases()) {
      if (filter && !c.name.includes(filter)) continue;
      const text = c.make();
      if (text === null) { console.log(`hostile: ${c.name}: skipped (no corpus)`); continue; }
      const file = join(dir, `input.${c.ext}`);
      writeFileSync(file, text);
      const mb = Buffer.byteLength(text) / 1e6;
      const all = Array.from({ length: RUNS }, () => measure(file));
      const byCpu = [...all].sort((a, b) => (a.cpu - b.cpu) || (a.wall - b.wall));
      // The peak RSS is the highest of all runs: the memory limit holds for each.
      const m = all.find((r) => r.crash) ?? { ...byCpu[(byCpu.length - 1) >> 1], rss: Math.max(...all.map((r) => r.rss)) };
      const range = RUNS > 1 ? ` (${byCpu[0].cpu.toFixed(2)}-${byCpu[byCpu.length - 1].cpu.toFixed(2)} over ${RUNS} runs)` : "";
      const budget = 2 + 2 * mb;
      // Judged on CPU time where it is known (a loaded machine stretches wall time), else on wall time.
      const time = Number.isNaN(m.cpu) ? m.wall : m.cpu;
      const verdict = m.crash ? `CRASH ${m.crash}` : `${time <= budget && !(m.rss > 500) ? "ok" : "OVER"} (budget ${budget.toFixed(1)} s, 500 MB)`;
      console.log(`hostile: ${c.name}: ${mb.toFixed(2)} MB, exit ${m.code}, wall ${m.wall.toFixed(2)} s, cpu ${m.cpu.toFixed(2)} s${range}, peak RSS ${m.rss.toFixed(0)} MB: ${verdict}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run(process.argv[2]);
