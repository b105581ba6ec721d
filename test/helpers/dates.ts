// Runs the date stage (after segmentation, as the pipeline does) on a short text with a pinned
// anchor, and returns what it found: the unit tests of every date rule use it.
import type { DateFinding } from "../../src/pipeline/doc.js";
import { newDoc } from "../../src/pipeline/doc.js";
import { dates } from "../../src/pipeline/extract/dates/index.js";
import { segment } from "../../src/pipeline/segment.js";
import { contextFrom } from "../../src/index.js";

/** Wednesday 4 February 2026: the reference date of the date tests unless a test says otherwise. */
export const REFERENCE = "2026-02-04";

export interface DateOptions {
  readonly referenceDate?: string | null;
  readonly published?: string | null;
  /** The article's language (ISO 639-1), as the language stage would set it. */
  readonly language?: string | null;
}

export function findDates(text: string, options: DateOptions = {}): DateFinding[] {
  const ctx = contextFrom({ referenceDate: options.referenceDate === undefined ? REFERENCE : options.referenceDate });
  const base = newDoc(new Uint8Array(), null, "0".repeat(64));
  const doc = segment.run({ ...base, text, meta: { ...base.meta, published: options.published ?? null, language: options.language ?? null } }, ctx);
  return dates.run(doc, ctx).dates;
}

/** The one date found in `text` as [text, value], or a note that there were not exactly one. */
export function only(text: string, options: DateOptions = {}): [string, string | null] | string {
  const found = findDates(text, options);
  if (found.length !== 1) return `${found.length} dates: ${found.map((d) => `${d.text}=${d.value}`).join(", ")}`;
  return [found[0]!.text, found[0]!.value];
}

/** Every date found in `text` as "text=value". */
export function all(text: string, options: DateOptions = {}): string[] {
  return findDates(text, options).map((d) => `${d.text}=${d.value}`);
}
