#!/usr/bin/env node
// Build step, after scripts/bundle.mjs: writes V8's code cache of the bundled pipeline
// (DIR/pipeline.cache) after running a few short articles, so that the cache holds every function
// an ordinary article needs. It runs with the V8 flags bin/extract sets, since V8 accepts a cache
// only under the flags it was made with.
//   node --no-regexp-tier-up scripts/code-cache.mjs DIR
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadCached } from "./cached-pipeline-core.mjs";
import { WARM_UP_SAMPLES } from "../dist/cli/warm-up.js";

const dir = resolve(process.argv[2] ?? "dist/bundle");
const { exports, script } = loadCached(`${dir}/pipeline.cjs`, null);
const ctx = { referenceDate: "2026-02-01", format: "auto", keepBoilerplate: false, includeNegated: false, debug: () => {} };
for (const sample of WARM_UP_SAMPLES) {
  const result = exports.runPipeline(new TextEncoder().encode(sample), null, ctx);
  if (!result.ok) throw new Error(`code cache warm-up failed: ${result.message}`);
}
writeFileSync(`${dir}/pipeline.cache`, script.createCachedData());
