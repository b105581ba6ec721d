#!/usr/bin/env node
// Build step: bundles the command line (src/cli/main.ts and everything it loads) with esbuild into
// dist/bundle/, which bin/extract runs. One file per lazily loaded part (code splitting): --help and
// --version load the shell only; the pipeline, the JSON Schema and each chrono locale come in
// when used; cheerio, the data packages and chrono's other locales are required from node_modules
// on first use, as in the unbundled build.
//   node scripts/bundle.mjs [--minify] [--outdir DIR]
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const outdir = args.includes("--outdir") ? args[args.indexOf("--outdir") + 1] : `${root}/dist/bundle`;

// Chunk names carry a content hash: chunks of an earlier build would pile up beside the new ones.
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  // The batch worker is an entry of its own: the pool starts it by its file name, next to the chunks.
  entryPoints: { main: "src/cli/main.ts", worker: "src/batch/worker.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: args.includes("--minify"),
  legalComments: "linked",
  // Packages that are bundled but written as CommonJS call require() for Node's own modules.
  banner: { js: 'import { createRequire as __extractCreateRequire } from "node:module"; const require = __extractCreateRequire(import.meta.url);' },
  logLevel: "warning",
});
