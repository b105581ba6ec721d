// Bytes to text, in the order a browser would decide (WHATWG encoding sniffing, simplified):
// a byte order mark wins; HTML then declares its charset in <meta> or an XML declaration; without a
// declaration the bytes are strict UTF-8 when they validate, else windows-1252, the web's default
// for undeclared legacy pages. Node's TextDecoder (full ICU) knows the legacy encodings.
import type { Stage } from "./stage.js";
import { InputFailure } from "./stage.js";
import { decodeWindows1252 } from "./windows-1252.js";

/** The HTML spec's prescan looks at the first 1024 bytes; real pages put long scripts first. */
const PRESCAN_BYTES = 4096;

const BOMS: ReadonlyArray<readonly [number[], string]> = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return { encoding, length: bom.length };
  }
  return null;
}

// Bounded attribute runs: with [^>]+, every unclosed "<meta" rescanned the rest of the head.
const META_CHARSET = /<meta[^>]{1,1024}charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]{1,1024}encoding\s*=\s*["']([\w.:-]+)["']/i;

/** The charset an HTML page declares for itself, if Node can decode it. */
export function declaredCharset(head: string): string | null {
  const label = (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1];
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A page that declares UTF-16 but has no BOM is ASCII-compatible in practice (HTML spec).
    return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  } catch {
    return null;
  }
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

export function decodeBytes(bytes: Uint8Array, isHtml: boolean, sniffed: string | null = null): { text: string; encoding: string } {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  // UTF-16 without a byte order mark, told by the sniffer from its zero bytes.
  if (sniffed) return { text: new TextDecoder(sniffed).decode(bytes), encoding: sniffed };
  if (isHtml) {
    const declared = declaredCharset(new TextDecoder("latin1").decode(bytes.subarray(0, PRESCAN_BYTES)));
    // A declaration is trusted even when a few bytes break it, as browsers do.
    if (declared) return { text: decodeAs(declared, bytes), encoding: declared };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/** C0 and C1 control characters other than tab and line feed, and DEL; carriage returns with the line feed after them. */
const CONTROL = /\r\n?|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** The same set, tested once: most pages hold none and are left as they are. */
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** Line ends become line feeds, vertical tabs and form feeds line breaks, other controls spaces. */
const controlReplacement = (c: string): string => (c.length === 2 || c === "\r" || c === "\v" || c === "\f" ? "\n" : " ");

export const decode: Stage = {
  name: "decode",
  essential: true,
  run(doc) {
    const { text, encoding } = decodeBytes(doc.raw, doc.format === "html", doc.encoding);
    // Normalise line ends once, here, so that every later offset counts the same characters, and
    // control characters (NUL, escape, C1 codes from broken decodings) become spaces or line breaks:
    // the NLP pass would otherwise read "Paris\0London\0..." as one word of any length.
    // One pass: each replace of a whole page allocates a page-sized string, and strings that large
    // cost more to allocate than to scan.
    const input = ANY_CONTROL.test(text) ? text.replace(CONTROL, controlReplacement) : text;
    if (!/\S/.test(input)) throw new InputFailure("empty", "the input holds only white space");
    return { ...doc, input, encoding };
  },
};
