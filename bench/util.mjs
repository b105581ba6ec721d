// Shared helpers for the benches.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Median milliseconds of `fn` over `repeat` runs, after `warmup` unmeasured runs. */
export function timeIt(fn, { repeat = 5, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Every fixture input (text and HTML) as strings, keyed by repository-relative path. */
export function fixtureInputs() {
  const out = [];
  for (const group of ["articles", "boilerplate"]) {
    const base = join(ROOT, "fixtures", group);
    if (!existsSync(base)) continue;
    for (const slug of readdirSync(base).sort()) {
      const dir = join(base, slug);
      for (const f of readdirSync(dir).filter((x) => x.startsWith("input."))) {
        out.push({ path: `fixtures/${group}/${slug}/${f}`, text: readFileSync(join(dir, f), "utf8") });
      }
    }
  }
  return out;
}

/**
 * Extra HTML pages to measure on, if a folder of them is given in EXTRACT_BENCH_HTML (for example
 * a benchmark set); otherwise the HTML fixtures.
 */
export function htmlPages() {
  const dir = process.env.EXTRACT_BENCH_HTML;
  if (dir && existsSync(dir)) {
    return readdirSync(dir).filter((f) => /\.html?$/.test(f)).sort().map((f) => readFileSync(join(dir, f), "utf8"));
  }
  return fixtureInputs().filter((x) => x.path.endsWith(".html")).map((x) => x.text);
}
