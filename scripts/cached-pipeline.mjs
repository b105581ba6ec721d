// In the bundle, the pipeline is one CommonJS file (dist/bundle/pipeline.cjs) that this module
// compiles with V8's code cache (pipeline.cache, written at build time by scripts/code-cache.mjs
// after warm-up articles): the functions the pipeline runs come back compiled instead of being
// parsed and compiled again by every process and every batch worker. scripts/bundle.mjs puts this
// module in place of `import("./pipeline/index.js")`. A cache that does not fit this node binary
// or its flags is rejected by V8 and the file is compiled as usual: same code, same output.
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { loadCached } from "./cached-pipeline-core.mjs";

const here = dirname(fileURLToPath(import.meta.url));
/** The probe's source, as scripts/code-cache.mjs compiles it: one no other code compiles. */
const FLAGS_PROBE = "'extract: which V8 flags'";

/**
 * A batch worker of a process started from the startup snapshot runs under that snapshot's V8
 * flags (flags are per process), and V8 takes a code cache only under the flags it was made with,
 * so such workers read pipeline-snapshot.cache. Which flags hold is asked of V8 itself: the build
 * saved the cache of a one-line script (FLAGS_PROBE) made under them (pipeline-snapshot.flags),
 * which V8 takes only under the same flags.
 */
function underSnapshotFlags() {
  try {
    return !new vm.Script(FLAGS_PROBE, { cachedData: readFileSync(`${here}/pipeline-snapshot.flags`) }).cachedDataRejected;
  } catch {
    return false; // no snapshot build
  }
}
// Asked once: V8 compiles a source it has seen in this thread from its own cache, without looking at the one given.
const cache = underSnapshotFlags() ? "pipeline-snapshot.cache" : "pipeline.cache";
const { exports } = loadCached(`${here}/pipeline.cjs`, `${here}/${cache}`);
export const { runPipeline, STAGES } = exports;
