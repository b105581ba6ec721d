// Command-line flags -> validated options. Pure: the clock is passed in, for `--reference-date now`.
import type { InputFormat } from "../pipeline/doc.js";

export const FORMATS = ["auto", "text", "html"] as const satisfies readonly InputFormat[];

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

export function toOptions(inputs: readonly string[], flags: RawFlags, today: () => Date): CliOptions {
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
    jobs: flags.jobs === undefined ? null : parseJobs(flags.jobs),
    timeout: flags.timeout === undefined ? null : parseTimeout(flags.timeout),
    quiet: flags.quiet ?? false,
  };
}
