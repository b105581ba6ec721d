// Throughput of the full pipeline in one process (as `extract --ndjson dir/` with one worker):
// articles per second on text and on HTML, and the ratio of its CPU time to a bare compromise
// pass (.people() .places() .organizations()) over the same texts, measured in the same run.
// Everything is timed in CPU time after a warm-up pass (data and code loaded once per process).
// EXTRACT_BENCH_TEXT may name a folder of .txt files to measure the text figures on (for example
// a development corpus written one article per file); otherwise the fixture articles are used.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureInputs } from "./util.mjs";

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const REPEAT = Number(process.env.EXTRACT_BENCH_REPEAT ?? 3);

/** Median CPU milliseconds of `fn` over REPEAT runs, after one unmeasured run. */
function cpuTime(fn) {
  fn();
  const times = [];
  for (let i = 0; i < REPEAT; i++) { const t0 = cpu(); fn(); times.push(cpu() - t0); }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function textInputs() {
  const dir = process.env.EXTRACT_BENCH_TEXT;
  if (dir && existsSync(dir)) return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), "utf8") }));
  return fixtureInputs().filter((x) => x.path.endsWith(".txt"));
}

export async function run() {
  const { contextFrom } = await import("../dist/index.js");
  const { runPipeline } = await import("../dist/pipeline/index.js");
  const ctx = contextFrom({ referenceDate: "2026-02-01" });
  const encode = (xs) => xs.map((x) => ({ ...x, bytes: new TextEncoder().encode(x.text) }));
  const texts = encode(textInputs());
  const pages = encode(fixtureInputs().filter((x) => x.path.endsWith(".html")));
  const pipeline = (xs) => () => { for (const x of xs) if (!runPipeline(x.bytes, x.path, ctx).ok) throw new Error(`${x.path} failed`); };
  // The bare pass runs in a process of its own: compromise keeps one world for all its builds, so
  // in this one it would run with the pipeline's tagging steps (src/nlp/), and the pipeline would
  // run with the chunker that the whole of compromise adds.
  const bare = () => bareCpuTime(texts.map((x) => x.path));
  const full = cpuTime(pipeline(texts));
  const baseline = bare();
  const html = cpuTime(pipeline(pages));
  console.log(`throughput: text, 1 worker: ${texts.length} articles in ${full.toFixed(0)} ms CPU = ${(texts.length / (full / 1000)).toFixed(1)} articles/s`);
  console.log(`throughput: bare compromise pass over the same texts: ${baseline.toFixed(0)} ms CPU; full pipeline / bare pass = ${(full / baseline).toFixed(2)}`);
  console.log(`throughput: HTML, 1 worker: ${pages.length} pages in ${html.toFixed(0)} ms CPU = ${(pages.length / (html / 1000)).toFixed(1)} pages/s`);
}

/** The bare compromise pass over these files, as it comes, timed as cpuTime() times, in a child process. */
function bareCpuTime(paths) {
  const script = `
    import nlp from "compromise";
    import { readFileSync } from "node:fs";
    const texts = JSON.parse(process.argv[1]).map((p) => readFileSync(p, "utf8"));
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const pass = () => { for (const t of texts) { const d = nlp(t); d.people().json(); d.places().json(); d.organizations().json(); } };
    pass();
    const times = [];
    for (let i = 0; i < ${REPEAT}; i++) { const t0 = cpu(); pass(); times.push(cpu() - t0); }
    console.log(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]);`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(paths)], { cwd: join(import.meta.dirname, ".."), encoding: "utf8", maxBuffer: 1 << 20 });
  return Number(out.trim());
}
