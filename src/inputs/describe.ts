// How a record's source is named: in messages on stderr, and to tell a container's records from a
// single article.
import type { SourceRef } from "./types.js";

/** A record from inside an input: an archive member, a WARC record, an NDJSON line. */
export const fromContainer = (s: SourceRef): boolean => s.member !== undefined || s.recordId !== undefined || s.line !== undefined;

/** How stderr names an input: its path or URL, and the member, record or line inside it. */
export function describeSource(s: SourceRef): string {
  const base = s.path ?? s.url ?? "<stdin>";
  const inner = s.member ?? s.targetUri ?? s.recordId ?? (s.line !== undefined ? `line ${s.line}` : undefined);
  return inner === undefined || (s.path === null && s.url !== undefined) ? base : `${base}: ${inner}`;
}
