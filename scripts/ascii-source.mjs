// esbuild keeps non-ASCII characters in regular expression literals. A file with any of them is
// decoded as UTF-8 into a two-byte string, which is slow to read and to parse, and twice its size
// in memory (and in the startup snapshot); as \u escapes (the same characters to the regular
// expression and string syntax) the file stays one-byte.
import { readFileSync, writeFileSync } from "node:fs";

export function rewriteAscii(file) {
  const source = readFileSync(file, "utf8");
  if (/\\[^\x00-\x7f]/u.test(source)) throw new Error(`${file} escapes a non-ASCII character: writing it as \\u would change it`);
  writeFileSync(file, source.replace(/[^\x00-\x7f]/gu, (c) => [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`).join("")));
}
