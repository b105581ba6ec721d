#!/usr/bin/env node
// Build step, after the bundle (scripts/bundle.mjs calls it): the startup snapshot of the command.
// src/cli/snapshot.ts is bundled with everything it loads into ONE CommonJS file (no code
// splitting, dynamic imports inlined, packages included: a snapshot cannot load modules), which
// `node --build-snapshot` runs once, warm-up articles included, and saves as DIR/snapshot.blob.
// A blob only fits the node binary that made it: DIR/snapshot.stamp records that binary (its real
// path and size), the package directory (the heap holds the paths of its files) and the V8 flags
// the blob needs, and bin/extract uses the blob only when the binary and the directory match.
// Where a snapshot cannot be built, the build goes on without one (bin/extract then loads the
// bundle as usual) and says so.
//   node scripts/snapshot.mjs [--minify] [--outdir DIR]
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { rewriteAscii } from "./ascii-source.mjs";
import { SNAPSHOT_FLAGS } from "../dist/cli/snapshot-flags.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const outdir = args.includes("--outdir") ? args[args.indexOf("--outdir") + 1] : `${root}/dist/bundle`;
const entry = `${outdir}/snapshot.cjs`;
const blob = `${outdir}/snapshot.blob`;
const stamp = `${outdir}/snapshot.stamp`;


/** node:module, for the packages and our data modules, is the build-time-safe createRequire. */
const snapshotRequire = {
  name: "snapshot-require",
  setup(b) {
    b.onResolve({ filter: /^(node:)?module$/ }, (a) => (/[\\/]scripts[\\/]snapshot-require\.mjs$/.test(a.importer) ? undefined : { path: `${root}/scripts/snapshot-require.mjs` }));
  },
};

/**
 * Node's own modules in a snapshot: `import("node:os")` is made a require() (a snapshot has no
 * import()), and the modules node does not vouch for in a snapshot (child_process, which commander
 * loads for subcommands we do not have, and worker_threads) are required on first use, at run time.
 * On first use of one of their exports, not of the module: the batch pool imports worker_threads
 * whenever the command runs, and loading it (about 5 ms) is wasted when no worker is started. The
 * stand-in has a getter for each export of the module in the node that builds the snapshot (the
 * node it runs on), so that esbuild's import of the module, which copies its exports, stays lazy.
 */
const LAZY = new Set(["child_process", "worker_threads"]);
const lazyModule = (name) => {
  const keys = JSON.stringify(Object.keys(createRequire(import.meta.url)(`node:${name}`)));
  return `let m; const load = () => (m ??= require(${JSON.stringify(`node:${name}`)})); for (const key of ${keys}) Object.defineProperty(module.exports, key, { enumerable: true, get: () => load()[key] });`;
};
const builtins = {
  name: "snapshot-builtins",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (a) => {
      if (a.namespace !== "file") return { path: a.path, external: true };
      const name = a.path.slice("node:".length);
      if (a.kind === "dynamic-import") return { path: name, namespace: "builtin" };
      if (LAZY.has(name)) return { path: name, namespace: "lazy-builtin" };
      return undefined;
    });
    b.onLoad({ filter: /.*/, namespace: "builtin" }, (a) => ({ contents: `module.exports = require(${JSON.stringify(`node:${a.path}`)});`, loader: "js" }));
    b.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, (a) => ({ contents: lazyModule(a.path), loader: "js" }));
  },
};

function giveUp(why) {
  rmSync(blob, { force: true });
  rmSync(stamp, { force: true });
  console.warn(`scripts/snapshot.mjs: no startup snapshot (${why}); bin/extract loads the bundle instead`);
}

rmSync(stamp, { force: true });
try {
  await build({
    absWorkingDir: root,
    entryPoints: ["src/cli/snapshot.ts"],
    outfile: entry,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    // Without white space and with shorter syntax, but with the names kept (stack traces stay
    // readable): the source is kept in the heap, and every megabyte of the snapshot is read by
    // every process.
    minify: args.includes("--minify"),
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    plugins: [snapshotRequire, builtins],
    // The modules find package.json, dist/generated, node_modules and the batch worker from their own file's URL.
    define: { "import.meta.url": "__extractImportMetaUrl" },
    banner: { js: 'const __extractImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: "warning",
  });
  rewriteAscii(entry);
} catch (err) {
  giveUp(`bundling failed: ${err.message}`);
  process.exit(0);
}

const made = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, "--snapshot-blob", blob, "--build-snapshot", entry], { cwd: root, encoding: "utf8", stdio: ["ignore", "inherit", "pipe"], timeout: 600_000 });
if (made.status !== 0 || made.stderr.trim() !== "") {
  giveUp(made.error?.message ?? (made.stderr.trim() || `node --build-snapshot exited with ${made.status}`));
  process.exit(0);
}
const node = realpathSync(process.execPath);
writeFileSync(stamp, `${node}\n${statSync(node).size}\n${realpathSync(root)}\n${SNAPSHOT_FLAGS.join(" ")}\n`);
