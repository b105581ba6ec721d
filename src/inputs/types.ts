// What the input layer hands on: one record per article found, or one error record per input (or
// part of an input) that could not be read. Records come in input order.
import type { ErrorCode, SourceRef } from "../schema/article.js";

export type { ErrorCode, SourceRef };

export type InputRecord =
  | {
      readonly kind: "input";
      readonly source: SourceRef;
      readonly bytes: Uint8Array;
      /** When the container says so (a WET conversion is text, an NDJSON line has text or html). */
      readonly format?: "text" | "html";
      /** WARC-Date or the NDJSON date (YYYY-MM-DD): the anchor of relative dates when the page has none. */
      readonly referenceDate?: string | null;
    }
  | { readonly kind: "error"; readonly source: SourceRef; readonly code: ErrorCode; readonly message: string };

export interface InputLimits {
  /** Largest article, in bytes: larger ones give `too-large`. */
  readonly maxBytes: number;
  /** Most members (tar, zip) or records (WARC, NDJSON lines) read from one archive. */
  readonly maxMembers: number;
  /** Most bytes expanded from one compressed input, all members together. */
  readonly maxExpandedBytes: number;
  /** Highest expanded/compressed ratio of a gzip stream or zip member (past the first MB). */
  readonly maxRatio: number;
}

export interface InputOptions extends InputLimits {
  /** "ndjson": every input is NDJSON lines; "auto": the kind is sniffed from the bytes. */
  readonly inputFormat: "auto" | "ndjson";
  /** Globs that select the files of a directory walk (default: article extensions and archives). */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** A file listing inputs, one per line (or NUL-separated with `nulSeparated`); "-" is stdin. */
  readonly filesFrom: string | null;
  readonly nulSeparated: boolean;
  /** A file listing URLs, one per line; "-" is stdin. */
  readonly urlsFrom: string | null;
  readonly fetch: FetchOptions;
}

export interface FetchOptions {
  readonly timeoutMs: number;
  readonly maxRedirects: number;
  /** Requests in flight to one host, and overall. */
  readonly perHost: number;
  readonly concurrency: number;
  readonly userAgent: string;
}

/** An input that cannot be read, with the code of its error record. */
export class InputFailure extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

export const MB = 1024 * 1024;

export const DEFAULT_LIMITS: InputLimits = {
  maxBytes: 20 * MB,
  maxMembers: 1_000_000,
  maxExpandedBytes: 64 * 1024 * MB,
  maxRatio: 100,
};
