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
  };
}
