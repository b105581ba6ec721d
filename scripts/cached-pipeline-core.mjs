// Compiles a CommonJS file with a V8 code cache (see cached-pipeline.mjs). A cache that does not
// fit this node binary or its flags is rejected by V8 and the file is compiled as usual.
import { isAscii } from "node:buffer";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import vm from "node:vm";

/** Compiles and runs a CommonJS file with its code cache (null: none); returns its exports and the script. */
export function loadCached(file, cacheFile) {
  // The build writes the file in ASCII (non-ASCII characters as \u escapes): read as Latin-1 it
  // is the same text, decoded in a millisecond where UTF-8 decoding of 2 MB took tens of them.
  const bytes = readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
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
