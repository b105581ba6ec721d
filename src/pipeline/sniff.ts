// Decide between HTML and plain text from the bytes themselves, never from the file name: pages
// are often saved as .txt, and pasted text as .html. Also refuse what is not text at all.
import type { Format } from "../schema/article.js";
import type { Stage } from "./stage.js";
import { InputFailure } from "./stage.js";

/** How much of the input the sniffer looks at: enough for a doctype, a <head> and some markup. */
const SNIFF_BYTES = 4096;

/**
 * How pages start. Some saved pages begin with a head element, a comment or a style sheet longer
 * than the sniffed bytes, without a doctype: pasted text never starts with those.
 */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:meta|link|style|script|title|base)[\s>]|<!--|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/i;
const HTML_TAG = /<\/?(?:html|head|body|div|p|article|section|main|span|a|meta|title|script|style|br|h[1-6]|ul|li|table)\b[^>]{0,1024}>/gi;
/** Plain text quoting one or two tags is still text; a page has markup throughout. */
const MIN_TAGS_FOR_HTML = 4;

export function sniffFormat(head: string): Format {
  if (HTML_START.test(head.replace(/^\uFEFF/, ""))) return "html";
  const tags = head.match(HTML_TAG)?.length ?? 0;
  return tags >= MIN_TAGS_FOR_HTML ? "html" : "text";
}

/** File types that are never articles, by the bytes they start with (their "magic numbers"). */
const SIGNATURES: ReadonlyArray<readonly [string, readonly number[], number?]> = [
  ["a PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["gzip-compressed data", [0x1f, 0x8b]],
  ["a zip archive", [0x50, 0x4b, 0x03, 0x04]],
  ["a zip archive", [0x50, 0x4b, 0x05, 0x06]],
  ["xz-compressed data", [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ["bzip2-compressed data", [0x42, 0x5a, 0x68]],
  ["a 7z archive", [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ["zstd-compressed data", [0x28, 0xb5, 0x2f, 0xfd]],
  ["an executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["an Office document", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["a WebAssembly module", [0x00, 0x61, 0x73, 0x6d]],
  ["a tar archive", [0x75, 0x73, 0x74, 0x61, 0x72], 257],
];

/** What kind of binary file the bytes are, by their signature, or null. */
export function signatureOf(bytes: Uint8Array): string | null {
  for (const [kind, magic, at = 0] of SIGNATURES) {
    if (bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b)) {
      // "BZh" is also how a line of text may start: bzip2 has a block size digit after it.
      if (kind.startsWith("bzip2") && !(bytes[3]! >= 0x31 && bytes[3]! <= 0x39)) continue;
      return kind;
    }
  }
  return null;
}

/**
 * UTF-16 without a byte order mark: text in Latin, Greek or Cyrillic script has a zero byte in
 * nearly every other position (the high byte of each character), and none in the others.
 */
export function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let zeroEven = 0, zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd >= pairs * 0.6 && zeroEven <= pairs * 0.02) return "utf-16le";
  if (zeroEven >= pairs * 0.6 && zeroOdd <= pairs * 0.02) return "utf-16be";
  return null;
}

/** Above this share of control characters (tab, line ends and form feed aside) the bytes are not text. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * NUL bytes do not occur in text in any single-byte or UTF-8 encoding (UTF-16 is told by its BOM or
 * by utf16Order), and text is not made of control characters.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) controls++;
  }
  return n >= 16 && controls > n * MAX_CONTROL_SHARE;
}

export const sniff: Stage = {
  name: "sniff",
  essential: true,
  run(doc, ctx) {
    if (doc.raw.byteLength === 0) throw new InputFailure("empty", "the input is empty");
    const kind = signatureOf(doc.raw);
    if (kind) throw new InputFailure("binary", `the input is ${kind}, not text or HTML`);
    const utf16 = utf16Order(doc.raw);
    if (!utf16 && looksBinary(doc.raw)) throw new InputFailure("binary", "the input is binary data, not text or HTML");
    const head = utf16 ? new TextDecoder(utf16).decode(doc.raw.subarray(0, SNIFF_BYTES)) : new TextDecoder("latin1").decode(doc.raw.subarray(0, SNIFF_BYTES));
    const format = ctx.format !== "auto" ? ctx.format : sniffFormat(head);
    return { ...doc, format, encoding: utf16 };
  },
};
