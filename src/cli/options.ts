// Command-line flags -> validated options. Pure: the clock is passed in, for `--reference-date now`.
import type { InputOptions } from "../inputs/types.js";
import { DEFAULT_LIMITS, MB } from "../inputs/types.js";
import type { InputFormat } from "../pipeline/doc.js";

export const FORMATS = ["auto", "text", "html"] as const satisfies readonly InputFormat[];
export const INPUT_FORMATS = ["auto", "ndjson"] as const;

export interface RawFlags {
  ndjson?: boolean;
  pretty?: boolean;
  compact?: boolean;
  format?: string;
  referenceDate?: string;
  keepBoilerplate?: boolean;
  includeNegated?: boolean;
  schema?: boolean;
  debug?: boolean;
  inputFormat?: string;
  include?: string[];
  exclude?: string[];
  filesFrom?: string;
  null?: boolean;
  urlsFrom?: string;
  maxBytes?: string;
  maxMembers?: string;
  maxExpandedBytes?: string;
  maxRatio?: string;
  fetchTimeout?: string;
  maxRedirects?: string;
  jobs?: string;
  timeout?: string;
  quiet?: boolean;
}

export interface CliOptions {
  readonly inputs: readonly string[];
  readonly format: InputFormat;
  readonly referenceDate: string | null;
  readonly keepBoilerplate: boolean;
  readonly includeNegated: boolean;
  readonly ndjson: boolean;
  /** null: the default layout (pretty for one input, one line per record for many). */
  readonly pretty: boolean | null;
  readonly schema: boolean;
  readonly debug: boolean;
  /** How inputs are found and read: archives, lists, URLs, limits. */
  readonly input: InputOptions;
  /** Worker threads; null: one per core. */
  readonly jobs: number | null;
  /** Seconds per input; null: not given (the default budget applies to workers), 0: no budget. */
  readonly timeout: number | null;
  /** No progress line and no summary on stderr. */
  readonly quiet: boolean;
}

export class UsageError extends Error {}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export function parseReferenceDate(value: string, today: () => Date): string {
  if (value === "now") return today().toISOString().slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--reference-date must be a date written YYYY-MM-DD (or "now"), not ${JSON.stringify(value)}`);
  }
  return value;
}

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, m: MB, mb: MB, g: 1024 * MB, gb: 1024 * MB };

/** A byte count: 20000000, 20MB, 512k, 1.5G (units are powers of 1024). */
export function parseSize(flag: string, value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new UsageError(`${flag} must be a size such as 20MB, 512k or 1000000, not ${JSON.stringify(value)}`);
  return Math.floor(Number(m[1]) * unit);
}

function parsePositive(flag: string, value: string, integer = true): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new UsageError(`${flag} must be a positive ${integer ? "whole " : ""}number, not ${JSON.stringify(value)}`);
  return n;
}

function inputOptions(flags: RawFlags, userAgent: string): InputOptions {
  const inputFormat = flags.inputFormat ?? "auto";
  if (!(INPUT_FORMATS as readonly string[]).includes(inputFormat)) {
    throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(", ")}, not ${JSON.stringify(inputFormat)}`);
  }
  if (flags.null && !flags.filesFrom) throw new UsageError("-0 goes with --files-from (a NUL-separated list)");
  if (flags.filesFrom === "-" && flags.urlsFrom === "-") throw new UsageError("--files-from and --urls-from cannot both read stdin");
  return {
    inputFormat: inputFormat as InputOptions["inputFormat"],
    include: flags.include ?? [],
    exclude: flags.exclude ?? [],
    filesFrom: flags.filesFrom ?? null,
    nulSeparated: flags.null ?? false,
    urlsFrom: flags.urlsFrom ?? null,
    maxBytes: flags.maxBytes === undefined ? DEFAULT_LIMITS.maxBytes : parseSize("--max-bytes", flags.maxBytes),
    maxMembers: flags.maxMembers === undefined ? DEFAULT_LIMITS.maxMembers : parsePositive("--max-members", flags.maxMembers),
    maxExpandedBytes: flags.maxExpandedBytes === undefined ? DEFAULT_LIMITS.maxExpandedBytes : parseSize("--max-expanded-bytes", flags.maxExpandedBytes),
    maxRatio: flags.maxRatio === undefined ? DEFAULT_LIMITS.maxRatio : parsePositive("--max-ratio", flags.maxRatio, false),
    fetch: {
      timeoutMs: Math.round(1000 * (flags.fetchTimeout === undefined ? 30 : parsePositive("--fetch-timeout", flags.fetchTimeout, false))),
      maxRedirects: flags.maxRedirects === undefined ? 10 : parseNonNegative("--max-redirects", flags.maxRedirects),
      perHost: 2,
      concurrency: 8,
      userAgent,
    },
  };
}

function parseNonNegative(flag: string, value: string): number {
  return value.trim() === "0" ? 0 : parsePositive(flag, value);
}

/** A whole number of worker threads, 1 or more. */
export function parseJobs(value: string): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > 1024) throw new UsageError(`--jobs must be a whole number from 1 to 1024, not ${JSON.stringify(value)}`);
  return n;
}

/** Seconds, fractions allowed; 0 turns the budget off. */
export function parseTimeout(value: string): number {
  const n = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 86_400 * 7) throw new UsageError(`--timeout must be a number of seconds (0 for none), not ${JSON.stringify(value)}`);
  return n;
}

export function toOptions(inputs: readonly string[], flags: RawFlags, today: () => Date, userAgent = "extract"): CliOptions {
  const format = flags.format ?? "auto";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not ${JSON.stringify(format)}`);
  }
  if (flags.pretty && flags.compact) throw new UsageError("--pretty and --compact cannot be used together");
  return {
    inputs,
    format: format as InputFormat,
    // An empty value ("--reference-date \"$REF\"" with REF unset) means no reference date.
    referenceDate: flags.referenceDate === undefined || flags.referenceDate.trim() === "" ? null : parseReferenceDate(flags.referenceDate, today),
    keepBoilerplate: flags.keepBoilerplate ?? false,
    includeNegated: flags.includeNegated ?? false,
    ndjson: flags.ndjson ?? false,
    pretty: flags.pretty ? true : flags.compact ? false : null,
    schema: flags.schema ?? false,
    debug: flags.debug ?? false,
    input: inputOptions(flags, userAgent),
    jobs: flags.jobs === undefined ? null : parseJobs(flags.jobs),
    timeout: flags.timeout === undefined ? null : parseTimeout(flags.timeout),
    quiet: flags.quiet ?? false,
  };
}
