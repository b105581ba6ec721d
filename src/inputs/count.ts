// How many records a run will give, counted ahead for the progress line without reading any input.
// Known only when every input is one article: a path with an article extension, a URL, or an input
// that already failed. An archive, NDJSON, a list or stdin holds an unknown number, and so does a
// walked file that is read only if its content is an archive.
import { extname } from "node:path";
import { ARTICLE_EXTENSIONS, expandPath } from "./files.js";
import { compileGlob } from "./glob.js";
import type { InputOptions } from "./types.js";
import { isUrl } from "./url.js";

/** The count, or null when it cannot be known in advance; stops early once `cancelled` turns true. */
export async function countInputs(specs: readonly string[], options: InputOptions, cancelled: () => boolean): Promise<number | null> {
  if (specs.length === 0 || options.filesFrom || options.urlsFrom || options.inputFormat === "ndjson") return null;
  const filter = { include: options.include.map(compileGlob), exclude: options.exclude.map(compileGlob) };
  let n = 0;
  for (const spec of specs) {
    if (spec === "-") return null;
    if (isUrl(spec)) {
      n++;
      continue;
    }
    for await (const item of expandPath(spec, filter)) {
      if (cancelled()) return null;
      if (item.kind === "file" && (item.sniffOnly || !ARTICLE_EXTENSIONS.has(extname(item.path).toLowerCase()))) return null;
      n++;
    }
  }
  return n;
}
