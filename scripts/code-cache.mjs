#!/usr/bin/env node
// Build step, after scripts/bundle.mjs: writes V8's code cache of the bundled pipeline
// (DIR/pipeline.cache) after running a few short articles, so that the cache holds every function
// an ordinary article needs. It runs with the V8 flags bin/extract sets, since V8 accepts a cache
// only under the flags it was made with; with --snapshot-workers, under those of the startup
// snapshot, into DIR/pipeline-snapshot.cache.
//   node --no-regexp-tier-up scripts/code-cache.mjs DIR
//   node SNAPSHOT_FLAGS scripts/code-cache.mjs DIR --snapshot-workers
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadCached } from "./cached-pipeline-core.mjs";
import { setFlagsFromString } from "node:v8";
import vm from "node:vm";
import { SNAPSHOT_RUN_FLAGS } from "../dist/cli/snapshot-flags.js";
import { WARM_UP_SAMPLES } from "../dist/cli/warm-up.js";

const dir = resolve(process.argv[2] ?? "dist/bundle");
// --snapshot-workers: the cache for the batch workers of a process started from the startup
// snapshot, made under the flags they run with (src/cli/snapshot-flags.ts).
const forSnapshot = process.argv.includes("--snapshot-workers");
if (forSnapshot) setFlagsFromString(SNAPSHOT_RUN_FLAGS);
const { exports, script } = loadCached(`${dir}/pipeline.cjs`, null);
const ctx = { referenceDate: "2026-02-01", format: "auto", keepBoilerplate: false, includeNegated: false, debug: () => {} };
for (const sample of WARM_UP_SAMPLES) {
  const result = exports.runPipeline(new TextEncoder().encode(sample), null, ctx);
  if (!result.ok) throw new Error(`code cache warm-up failed: ${result.message}`);
}
writeFileSync(`${dir}/${forSnapshot ? "pipeline-snapshot.cache" : "pipeline.cache"}`, script.createCachedData());
// What tells scripts/cached-pipeline.mjs that it runs under these flags.
if (forSnapshot) writeFileSync(`${dir}/pipeline-snapshot.flags`, new vm.Script("'extract: which V8 flags'").createCachedData());
