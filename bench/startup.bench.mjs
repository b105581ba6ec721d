// Cold start: the command's CPU time (user + system, read inside each process at exit) and wall
// time against `node -e 0`, median of several runs: --version, --help, and one small article.
// CPU time is the figure to read on a busy machine; wall time is printed beside it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./util.mjs";

const RUNS = Number(process.env.EXTRACT_BENCH_STARTUP_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(args) {
  const dir = mkdtempSync(join(tmpdir(), "extract-bench-"));
  const file = join(dir, "cpu");
  const wall = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ["--require", join(ROOT, "bench/cpu-at-exit.cjs"), ...args], { cwd: ROOT, env: { ...process.env, EXTRACT_BENCH_CPU_FILE: file, TZ: "UTC" }, stdio: ["ignore", "ignore", "inherit"] });
      wall.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`${args.join(" ")} exited with ${r.status}`);
    }
    const rows = readFileSync(file, "utf8").trim().split("\n").map((l) => l.split(" ").map(Number));
    return { cpu: median(rows.map((r) => r[0])), rss: median(rows.map((r) => r[1])) / 1024, wall: median(wall) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  const base = measure(["-e", "0"]);
  console.log(`startup: node -e 0: ${base.cpu.toFixed(0)} ms CPU, ${base.wall.toFixed(0)} ms wall, ${base.rss.toFixed(0)} MB peak RSS (median of ${RUNS})`);
  for (const [label, args] of [
    ["--version", ["bin/extract", "--version"]],
    ["--help", ["bin/extract", "--help"]],
    ["one article", ["bin/extract", "fixtures/articles/seed-yokosuka/input.txt"]],
  ]) {
    const m = measure(args);
    console.log(`startup: ${label}: ${m.cpu.toFixed(0)} ms CPU = ${(m.cpu / base.cpu).toFixed(2)}x node -e 0, ${m.wall.toFixed(0)} ms wall = ${(m.wall / base.wall).toFixed(2)}x, ${m.rss.toFixed(0)} MB peak RSS`);
  }
}
