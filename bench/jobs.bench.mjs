// Batch throughput with one worker and with N: articles/s on text and on HTML, the binary run over
// the same generated articles (copies of the fixtures, each made distinct), and the speed-up.
// EXTRACT_BENCH_JOBS sets N (default: the number of cores), EXTRACT_BENCH_ARTICLES the articles
// per kind (default 240). Each setting runs twice, alternating, and the faster run counts: on a
// shared machine the slower run mostly measures the neighbours. The CPU figure says what the
// speed-up would be with N idle cores: N x cpu(1) / cpu(N), the share of the work done twice
// (each worker's start-up) included. That figure takes --jobs 1 to use one core; it uses more (V8
// compiles and collects garbage on threads of its own), so the line also says how many cores
// --jobs 1 kept busy, cpu(1) / wall(1): on an idle machine --jobs N cannot be faster than
// N x wall(1) / cpu(N), since its CPU time is spread over N cores at best.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureInputs, ROOT } from "./util.mjs";

// The command as a user runs it: bin/extract, which starts from the startup snapshot when the
// build made one (--jobs 1 then runs in a process that starts with the pipeline ready).
const BIN = join(ROOT, "bin/extract");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

function generate(dir, kind, count) {
  const sources = fixtureInputs().filter((x) => x.path.endsWith(kind === "text" ? ".txt" : ".html"));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length].text;
    // Distinct bytes per copy, so that nothing could be reused from an identical earlier input.
    const body = kind === "text" ? `${src}\n\nStory ${i + 1} of the collection.\n` : src.replace(/<\/body>/i, `<!-- copy ${i + 1} --></body>`);
    writeFileSync(join(dir, `${String(i).padStart(5, "0")}.${kind === "text" ? "txt" : "html"}`), body);
  }
}

/** Wall seconds and CPU seconds (user + system, children included) of one batch run. */
function runOnce(dir, jobs) {
  const args = ["--quiet", "--ndjson", "--jobs", String(jobs), dir];
  const t0 = performance.now();
  const r = TIME
    ? spawnSync(TIME, ["-f", "%U %S", BIN, ...args], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(BIN, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`extract --jobs ${jobs} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const cpu = TIME ? r.stderr.trim().split("\n").at(-1).split(" ").map(Number).reduce((a, b) => a + b, 0) : NaN;
  return { wall, cpu, lines: r.stdout.split("\n").filter(Boolean).length };
}

export async function run() {
  const n = Number(process.env.EXTRACT_BENCH_JOBS) || availableParallelism();
  const count = Number(process.env.EXTRACT_BENCH_ARTICLES) || 240;
  const base = mkdtempSync(join(tmpdir(), "extract-bench-jobs-"));
  try {
    for (const kind of ["text", "html"]) {
      const dir = join(base, kind);
      generate(dir, kind, count);
      const best = { 1: null, [n]: null };
      for (let round = 0; round < 2; round++) {
        for (const jobs of [1, n]) {
          const r = runOnce(dir, jobs);
          if (r.lines !== count) throw new Error(`--jobs ${jobs} printed ${r.lines} records for ${count} inputs`);
          if (!best[jobs] || r.wall < best[jobs].wall) best[jobs] = r;
        }
      }
      const rate = (jobs) => count / best[jobs].wall;
      const cpu = (jobs) => (Number.isNaN(best[jobs].cpu) ? "" : `, cpu ${best[jobs].cpu.toFixed(1)} s`);
      console.log(
        `jobs ${kind}: ${count} articles; --jobs 1 ${rate(1).toFixed(1)} articles/s (${best[1].wall.toFixed(1)} s${cpu(1)}); ` +
          `--jobs ${n} ${rate(n).toFixed(1)} articles/s (${best[n].wall.toFixed(1)} s${cpu(n)}); speed-up ${(rate(n) / rate(1)).toFixed(2)}x` +
          (Number.isNaN(best[1].cpu)
            ? ""
            : ` (on ${n} idle cores at most ${((n * best[1].cpu) / best[n].cpu).toFixed(2)}x by CPU time; --jobs 1 kept ${(best[1].cpu / best[1].wall).toFixed(2)} cores busy)`),
      );
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
