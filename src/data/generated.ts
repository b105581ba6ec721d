// Data tables precomputed at build time. Decoding a data package and building its maps at start
// cost most of a cold start (135 000 cities alone: a third of it); instead `npm run build`
// (scripts/generate-data.mjs) writes each table once into dist/generated/, as compact text that a
// process reads in one call and looks up without building anything.
// Each file starts with the fingerprint of what it was built from (the packages' versions, the
// rules applied while building): a missing or stale file (running from source before a build) is
// built in memory instead, by the same function, so both ways give the same table.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { requireData } from "./places/load.js";

export interface GeneratedTable {
  /** File name under dist/generated/. */
  readonly file: string;
  /** What the table depends on besides its code's format version: data package names and rule constants. */
  readonly packages: readonly string[];
  readonly inputs: unknown;
  /** Bump when the text format or the way the table is built changes. */
  readonly format: number;
  /** The table's text (without the fingerprint line). */
  readonly build: () => string;
}

/** dist/generated/ of this package: two levels above this module in src/, dist/ and the bundle alike. */
let generatedDir: URL | null = null;

/** Where the generated tables are, for a build whose modules do not sit where they were compiled (the startup snapshot). */
export function setGeneratedDir(dir: URL): void {
  generatedDir = dir;
}

function dir(): URL {
  return generatedDir ?? new URL("../../dist/generated/", import.meta.url);
}

/**
 * Fingerprints made, by table: the packages' versions do not change while a process runs. The
 * startup snapshot keeps those of its warm-up, the versions whose code it holds: a process started
 * from it does not resolve and read the packages' package.json files again (node's module loader,
 * not in the snapshot, cost more than reading the cities) each time it reads a released table.
 */
const fingerprints = new Map<GeneratedTable, string>();

export function fingerprint(table: GeneratedTable): string {
  let made = fingerprints.get(table);
  if (made === undefined) {
    const versions = table.packages.map((p) => `${p}@${(requireData(`${p}/package.json`) as { version: string }).version}`);
    made = createHash("sha1").update(JSON.stringify([table.format, versions, table.inputs])).digest("hex");
    fingerprints.set(table, made);
  }
  return made;
}

/** The table's bytes: the generated file when it is current, else built now. */
export function readTableBytes(table: GeneratedTable): Buffer {
  const expected = fingerprint(table);
  let bytes: Buffer | null = null;
  try {
    bytes = readFileSync(new URL(table.file, dir()));
  } catch {
    // not generated (running from source): built below
  }
  const newline = bytes?.indexOf(0x0a) ?? -1;
  if (bytes && newline > 0 && bytes.toString("latin1", 1, newline) === expected) return bytes.subarray(newline + 1);
  return Buffer.from(table.build(), "utf8");
}

/** Tables looked up in place (cities, English words), by file: each is read once per process. */
const held = new Map<string, Buffer>();

/** The bytes of a table looked up in place, read on first use. */
export function heldTableBytes(table: GeneratedTable): Buffer {
  let bytes = held.get(table.file);
  if (bytes === undefined) held.set(table.file, (bytes = readTableBytes(table)));
  return bytes;
}

/**
 * Forgets the tables held, to be read again on next use. The startup snapshot does this before
 * the heap is saved: reading the cities from dist/generated/ when a process needs them is cheaper
 * than having the snapshot copy those megabytes into every process, needed or not.
 */
export function releaseHeldTables(): void {
  held.clear();
}

/** The table's text (for tables read whole, such as JSON). */
export const readTable = (table: GeneratedTable): string => readTableBytes(table).toString("utf8");

/** The file's whole content as the build writes it. */
export function generatedFile(table: GeneratedTable): string {
  return `#${fingerprint(table)}\n${table.build()}`;
}

/**
 * A table of `key\tvalue` lines (or bare keys) sorted by the keys' UTF-8 bytes, one line per key.
 * Look-ups binary-search the bytes themselves: nothing is decoded but the line asked for.
 */
export function sortedLines(entries: Iterable<readonly [string, string | null]>): string {
  const rows: [Buffer, string, string | null][] = [];
  for (const [key, value] of entries) {
    if (/[\t\n]/.test(key) || (value !== null && value.includes("\n"))) throw new Error(`a table key or value holds a tab or newline: ${JSON.stringify(key)}`);
    rows.push([Buffer.from(key, "utf8"), key, value]);
  }
  rows.sort((a, b) => Buffer.compare(a[0], b[0]));
  for (let i = 1; i < rows.length; i++) if (rows[i]![0].equals(rows[i - 1]![0])) throw new Error(`a table key appears twice: ${JSON.stringify(rows[i]![1])}`);
  return rows.map(([, k, v]) => (v === null ? `${k}\n` : `${k}\t${v}\n`)).join("");
}

const NEWLINE = 0x0a;
const TAB = 0x09;

/** The value of `key` in a sortedLines() table ("" for a bare key), or null when the key is absent. */
export function lookUp(table: Buffer, key: string): string | null {
  const wanted = Buffer.from(key, "utf8");
  // lo and hi are line starts; the line holding `key`, if any, starts in [lo, hi).
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : Math.max(lo, table.lastIndexOf(NEWLINE, mid - 1) + 1);
    let end = table.indexOf(NEWLINE, start);
    if (end < 0) end = table.length;
    let tab = table.indexOf(TAB, start);
    if (tab < 0 || tab > end) tab = end;
    const order = table.compare(wanted, 0, wanted.length, start, tab);
    if (order === 0) return tab === end ? "" : table.toString("utf8", tab + 1, end);
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return null;
}
