#!/usr/bin/env node
// Build step, after scripts/bundle.mjs: writes V8's code cache of the bundled pipeline
// (DIR/pipeline.cache) after running a few short articles, so that the cache holds every function
// an ordinary article needs. It runs with the V8 flags bin/extract sets, since V8 accepts a cache
// only under the flags it was made with.
//   node --no-regexp-tier-up scripts/code-cache.mjs DIR
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadCached } from "./cached-pipeline-core.mjs";

const dir = resolve(process.argv[2] ?? "dist/bundle");
const { exports, script } = loadCached(`${dir}/pipeline.cjs`, null);
const ctx = { referenceDate: "2026-02-01", format: "auto", keepBoilerplate: false, includeNegated: false, debug: () => {} };
const SAMPLES = [
  "PARIS, Jan. 31 (Reuters) - French President Emmanuel Macron and the Acme Corp board agreed on Monday to extend the accord until 2027, officials said. \"We will sign it,\" he said.\n",
  "<html><head><title>Talks resume - Example News</title><meta property=\"article:published_time\" content=\"2026-01-30\"></head><body><nav>Home | World</nav><article><h1>Talks resume</h1><p>By Jane Doe</p><p>TOKYO (AP) - Japan's defence minister met his South Korean counterpart in Yokosuka on Friday, and both sides said they would sign a new agreement next month.</p><p>Photo: REUTERS/John Smith</p></article><footer>Privacy policy</footer></body></html>",
];
for (const sample of SAMPLES) {
  const result = exports.runPipeline(new TextEncoder().encode(sample), null, ctx);
  if (!result.ok) throw new Error(`code cache warm-up failed: ${result.message}`);
}
writeFileSync(`${dir}/pipeline.cache`, script.createCachedData());
