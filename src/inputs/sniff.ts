// What kind of input a byte stream is, from its first bytes (magic numbers), never from a file
// name: a page saved as .txt is still a page, a WARC named .gz is still a WARC.
export type InputKind = "gzip" | "zip" | "tar" | "warc" | "ndjson" | "unsupported" | "article";

/** Enough for tar's magic at offset 257 and a first NDJSON line of ordinary length. */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (head: Uint8Array, magic: readonly number[], at = 0): boolean =>
  head.length >= at + magic.length && magic.every((b, i) => head[at + i] === b);

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Compressions and archives we do not read: named in the error, instead of "binary". */
const UNSUPPORTED: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["bzip2", ascii("BZh")],
  ["xz", [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ["zstd", [0x28, 0xb5, 0x2f, 0xfd]],
  ["7z", [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ["rar", ascii("Rar!")],
];

/** The name of a compression or archive format we do not read, or null. */
export function unsupportedFormat(head: Uint8Array): string | null {
  return UNSUPPORTED.find(([, magic]) => startsWith(head, magic))?.[0] ?? null;
}

/**
 * NDJSON of articles: the first non-blank line is a JSON object with a `text` or `html` string.
 * Only a complete first line counts, so a JSON document pretty-printed over lines is not taken.
 */
function looksNdjson(head: Uint8Array): boolean {
  let i = 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  if (head[i] !== 0x7b) return false;
  const end = head.indexOf(0x0a, i);
  if (end < 0) return false;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(head.subarray(i, end)));
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const v = value as Record<string, unknown>;
    return typeof v["text"] === "string" || typeof v["html"] === "string";
  } catch {
    return false;
  }
}

export function sniffKind(head: Uint8Array): InputKind {
  if (startsWith(head, [0x1f, 0x8b])) return "gzip";
  if (startsWith(head, ascii("PK\x03\x04")) || startsWith(head, ascii("PK\x05\x06"))) return "zip";
  // ustar (POSIX) and "ustar  " (GNU) both start with these five bytes at offset 257.
  if (startsWith(head, ascii("ustar"), 257)) return "tar";
  if (startsWith(head, ascii("WARC/"))) return "warc";
  if (unsupportedFormat(head)) return "unsupported";
  if (looksNdjson(head)) return "ndjson";
  return "article";
}
