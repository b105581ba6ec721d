#!/usr/bin/env node
// Build step: bundles the command line (src/cli/main.ts and everything it loads) with esbuild into
// dist/bundle/, which bin/extract runs. One file per lazily loaded part (code splitting): --help and
// --version load the shell only; the pipeline, the JSON Schema and each chrono locale come in
// when used; cheerio, the data packages and chrono's other locales are required from node_modules
// on first use, as in the unbundled build.
//   node scripts/bundle.mjs [--minify] [--outdir DIR] [--no-snapshot]
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rewriteAscii } from "./ascii-source.mjs";
import { SNAPSHOT_FLAGS } from "../dist/cli/snapshot-flags.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const outdir = args.includes("--outdir") ? args[args.indexOf("--outdir") + 1] : `${root}/dist/bundle`;

const minify = args.includes("--minify");

/**
 * The pipeline is bundled apart, as one CommonJS file that scripts/cached-pipeline.mjs compiles
 * with V8's code cache: `import("./pipeline/index.js")` in src/extract.ts loads that module instead.
 */
const cachedPipeline = {
  name: "cached-pipeline",
  setup(b) {
    b.onResolve({ filter: /\/pipeline\/index\.js$/ }, (a) =>
      a.kind === "dynamic-import" && /[\\/]src[\\/]extract\.ts$/.test(a.importer) ? { path: `${root}/scripts/cached-pipeline.mjs` } : undefined);
  },
};

// Chunk names carry a content hash: chunks of an earlier build would pile up beside the new ones.
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  // The batch worker is an entry of its own: the pool starts it by its file name, next to the chunks.
  entryPoints: { main: "src/cli/process.ts", worker: "src/batch/worker.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify,
  legalComments: "linked",
  plugins: [cachedPipeline],
  // Packages that are bundled but written as CommonJS call require() for Node's own modules.
  banner: { js: 'import { createRequire as __extractCreateRequire } from "node:module"; const require = __extractCreateRequire(import.meta.url);' },
  logLevel: "warning",
});

await build({
  absWorkingDir: root,
  entryPoints: ["src/pipeline/index.ts"],
  outfile: `${outdir}/pipeline.cjs`,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify,
  legalComments: "linked",
  // The data modules find dist/generated and node_modules from their own file's URL.
  define: { "import.meta.url": "__extractImportMetaUrl" },
  banner: { js: 'const __extractImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});

// One-byte source: see scripts/ascii-source.mjs.
rewriteAscii(`${outdir}/pipeline.cjs`);

// The code cache is made under the V8 flags bin/extract sets (V8 rejects a cache made under others).
const cache = spawnSync(process.execPath, ["--no-regexp-tier-up", `${root}/scripts/code-cache.mjs`, outdir], { stdio: "inherit" });
if (cache.status !== 0) throw new Error(`scripts/code-cache.mjs exited with ${cache.status}`);

// The startup snapshot of the whole command, which bin/extract uses when it fits the node binary
// (--no-snapshot: none, for builds that only check the bundle), and the code cache of the batch
// workers of a process started from it, which run under its flags.
if (!args.includes("--no-snapshot")) {
  const workerCache = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, `${root}/scripts/code-cache.mjs`, outdir, "--snapshot-workers"], { stdio: "inherit" });
  if (workerCache.status !== 0) throw new Error(`scripts/code-cache.mjs --snapshot-workers exited with ${workerCache.status}`);
  const snapshot = spawnSync(process.execPath, [`${root}/scripts/snapshot.mjs`, ...(minify ? ["--minify"] : []), "--outdir", outdir], { stdio: "inherit" });
  if (snapshot.status !== 0) throw new Error(`scripts/snapshot.mjs exited with ${snapshot.status}`);
}
