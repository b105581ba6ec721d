// Paths on the command line: a file named is always read; a directory is walked recursively in
// sorted order, hidden entries skipped, symbolic links followed unless they lead back into a
// directory being walked. In a walk, a file is read when its extension is an article's, or when
// its content is an archive or NDJSON (decided by the sniffer, later); --include replaces that
// choice with globs and --exclude removes files and prunes folders.
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import { describeFsError } from "./errors.js";
import { anyMatches, type Glob } from "./glob.js";
import type { InputRecord } from "./types.js";

export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([".txt", ".text", ".htm", ".html", ".xhtml", ".md"]);

/** A file to open; `sniffOnly`: read it only if its content is an archive or NDJSON. */
export type FileItem = { readonly kind: "file"; readonly path: string; readonly sniffOnly: boolean };

export interface WalkFilter {
  readonly include: readonly Glob[];
  readonly exclude: readonly Glob[];
}

const isHidden = (name: string): boolean => name.startsWith(".");

export async function* expandPath(arg: string, filter: WalkFilter): AsyncGenerator<FileItem | InputRecord> {
  let info;
  try {
    info = await stat(arg);
  } catch (err) {
    yield { kind: "error", source: { path: arg }, ...describeFsError(err) };
    return;
  }
  if (info.isDirectory()) yield* walk(arg, arg, [], filter);
  else yield { kind: "file", path: arg, sniffOnly: false };
}

async function* walk(root: string, dir: string, ancestors: readonly string[], filter: WalkFilter): AsyncGenerator<FileItem | InputRecord> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    if (ancestors.includes(real)) {
      yield { kind: "error", source: { path: dir }, code: "directory-loop", message: "a symbolic link leads back into a directory that contains it" };
      return;
    }
    names = (await readdir(dir)).filter((n) => !isHidden(n)).sort();
  } catch (err) {
    yield { kind: "error", source: { path: dir }, ...describeFsError(err) };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const rel = relative(root, path);
    if (anyMatches(filter.exclude, rel)) continue;
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { kind: "error", source: { path }, ...describeFsError(err) };
      continue;
    }
    if (info.isDirectory()) yield* walk(root, path, [...ancestors, real], filter);
    else if (!info.isFile()) continue;
    else if (filter.include.length > 0) {
      if (anyMatches(filter.include, rel)) yield { kind: "file", path, sniffOnly: false };
    } else yield { kind: "file", path, sniffOnly: !ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) };
  }
}
