// The charset a transport declares (an HTTP Content-Type, live or recorded in a WARC) overrides the
// page's own <meta charset>, as in browsers. The pipeline decodes bytes itself, and a byte order
// mark is the one thing it trusts before any declaration: so bytes in a declared legacy charset are
// turned into UTF-8 behind a BOM here, and UTF-8 passes through untouched.
import { decodeWindows1252 } from "../pipeline/windows-1252.js";

const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

/** The WHATWG encoding named by `charset=` in a Content-Type, or null when none or unknown. */
export function headerCharset(contentType: string | null | undefined): string | null {
  const label = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "")?.[1];
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

export function withDeclaredCharset(bytes: Uint8Array, contentType: string | null | undefined): Uint8Array {
  const encoding = headerCharset(contentType);
  // UTF-16 and UTF-8 carry their BOM or need none; an undeclared page is left to the pipeline.
  if (!encoding || encoding === "utf-8" || encoding.startsWith("utf-16")) return bytes;
  const text = encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  const utf8 = Buffer.from(text, "utf8");
  return Buffer.concat([BOM, utf8]);
}

/** The article format a Content-Type names, or undefined for anything else. */
export function formatOfContentType(contentType: string | null | undefined): "html" | "text" | undefined {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/plain") return "text";
  return undefined;
}
