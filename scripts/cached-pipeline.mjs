// In the bundle, the pipeline is one CommonJS file (dist/bundle/pipeline.cjs) that this module
// compiles with V8's code cache (pipeline.cache, written at build time by scripts/code-cache.mjs
// after warm-up articles): the functions the pipeline runs come back compiled instead of being
// parsed and compiled again by every process and every batch worker. scripts/bundle.mjs puts this
// module in place of `import("./pipeline/index.js")`. A cache that does not fit this node binary
// or its flags is rejected by V8 and the file is compiled as usual: same code, same output.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCached } from "./cached-pipeline-core.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { exports } = loadCached(`${here}/pipeline.cjs`, `${here}/pipeline.cache`);
export const { runPipeline, STAGES } = exports;
