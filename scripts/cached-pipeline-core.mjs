// Compiles a CommonJS file with a V8 code cache (see cached-pipeline.mjs). A cache that does not
// fit this node binary or its flags is rejected by V8 and the file is compiled as usual.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import vm from "node:vm";

/** Compiles and runs a CommonJS file with its code cache (null: none); returns its exports and the script. */
export function loadCached(file, cacheFile) {
  const source = readFileSync(file, "utf8");
  let cachedData;
  try {
    cachedData = cacheFile === null ? undefined : readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // no cache (a build without one): compiled as usual
  }
  // The wrapper is on the file's first line: line numbers in stack traces stay those of the file.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}
