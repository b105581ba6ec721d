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
const HTML_TAG = /<\/?(?:html|head|body|div|p|article|section|main|span|a|meta|title|script|style|br|h[1-6]|ul|li|table)\b[^>]*>/gi;
/** Plain text quoting one or two tags is still text; a page has markup throughout. */
const MIN_TAGS_FOR_HTML = 4;

export function sniffFormat(head: string): Format {
  if (HTML_START.test(head.replace(/^\uFEFF/, ""))) return "html";
  const tags = head.match(HTML_TAG)?.length ?? 0;
  return tags >= MIN_TAGS_FOR_HTML ? "html" : "text";
}

/** NUL bytes do not occur in text in any single-byte or UTF-8 encoding; UTF-16 is told by its BOM. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export const sniff: Stage = {
  name: "sniff",
  essential: true,
  run(doc, ctx) {
    if (doc.raw.byteLength === 0) throw new InputFailure("empty", "the input is empty");
    if (looksBinary(doc.raw)) throw new InputFailure("binary", "the input is binary data, not text or HTML");
    const format = ctx.format !== "auto"
      ? ctx.format
      : sniffFormat(new TextDecoder("latin1").decode(doc.raw.subarray(0, SNIFF_BYTES)));
    return { ...doc, format };
  },
};
