// Embedded JSON (JSON-LD blocks) is written by whoever made the page: it is read as data only, never
// evaluated, with bounds on its size and depth, and without the keys that could reach an object's
// prototype when the data is later copied or merged.

/** Larger blocks are not metadata: a page's whole JSON-LD, article body included, stays far below. */
export const MAX_JSON_CHARS = 2_000_000;
/** Deeper nesting is not structured data about an article (schema.org graphs nest a few levels). */
export const MAX_JSON_DEPTH = 32;

/** Keys that name an object's prototype machinery: dropped wherever they occur. */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** The parsed value of one embedded JSON block, or null when it is broken, too large or too deep. */
export function parseEmbeddedJson(source: string): unknown {
  if (source.length > MAX_JSON_CHARS || nestingDepth(source) > MAX_JSON_DEPTH) return null;
  try {
    return JSON.parse(source, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
  } catch {
    // Broken JSON-LD is common; the page's other signals still apply.
    return null;
  }
}

/** The deepest nesting of arrays and objects, strings skipped: one pass, no parsing. */
export function nestingDepth(source: string): number {
  let depth = 0, max = 0, inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) { if (++depth > max) max = depth; }
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}
