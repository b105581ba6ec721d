// Cold start: the command's CPU time (user + system, read inside each process at exit) and wall
// time against `node -e 0`, median of several runs: --version, --help, and one small article.
// CPU time is the figure to read on a busy machine; wall time is printed beside it. The command is
// run as a user runs it, through bin/extract (which starts node from the startup snapshot when the
// build made one), with the CPU probe preloaded through NODE_OPTIONS; a process's CPU time counts
// what the shell script did before it became node.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./util.mjs";

const RUNS = Number(process.env.EXTRACT_BENCH_STARTUP_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** argv[0] is a script of the repository run as a command, or node's own arguments. */
function measure(args) {
  const dir = mkdtempSync(join(tmpdir(), "extract-bench-"));
  const file = join(dir, "cpu");
  const wall = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const probe = `--require ${join(ROOT, "bench/cpu-at-exit.cjs")}`;
      const env = { ...process.env, EXTRACT_BENCH_CPU_FILE: file, TZ: "UTC", NODE_OPTIONS: probe };
      const [command, rest] = args[0].startsWith("bin/") ? [join(ROOT, args[0]), args.slice(1)] : [process.execPath, args];
      const r = spawnSync(command, rest, { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
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
