#!/usr/bin/env node
// `npm run fuzz -- --runs N [--seed S]`: the property-based tests of test/fuzz with N cases in
// total (shared among the properties), a random seed unless one is given. Outside the test suite,
// which runs a short fixed-seed version of the same properties.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const value = (flag) => { const i = args.indexOf(flag); return i >= 0 ? args[i + 1] : undefined; };
const runs = Number(value("--runs") ?? 10_000);
if (!Number.isInteger(runs) || runs <= 0) {
  console.error("usage: npm run fuzz -- --runs N [--seed S]");
  process.exit(2);
}
const env = { ...process.env, EXTRACT_FUZZ_RUNS: String(runs), TZ: "UTC" };
const seed = value("--seed");
if (seed) env.EXTRACT_FUZZ_SEED = seed;
const root = fileURLToPath(new URL("../..", import.meta.url));
const r = spawnSync("npx", ["vitest", "run", "test/fuzz", "--testTimeout", "0", "--hookTimeout", "0"], { cwd: root, env, stdio: "inherit" });
process.exitCode = r.status ?? 1;
