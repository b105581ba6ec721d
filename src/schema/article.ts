// The output contract. Every type the program exchanges with the outside world is derived from
// these zod schemas: the TypeScript types (z.infer), the validation of every printed object, and
// `extract --schema` (z.toJSONSchema). Change the contract here and nowhere else; bump
// SCHEMA_VERSION when a field changes meaning or disappears, and document it in the README.
import { z } from "zod";

export const SCHEMA_VERSION = 2;

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/).describe("ISO 3166-1 alpha-2 country code");

/** A UTF-16 offset range into `text`, end exclusive: text.slice(start, end) is the mention. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

export const Format = z.enum(["text", "html"]);
export type Format = z.infer<typeof Format>;

export const Source = z.object({
  path: z.string().nullable().describe("the input path as given (null for stdin)"),
  format: Format,
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Source = z.infer<typeof Source>;

export const RemovedKind = z.enum([
  "cookie-banner", "related", "navigation", "caption", "credit", "share",
  "newsletter", "comments", "ad", "footer", "other",
]);
export type RemovedKind = z.infer<typeof RemovedKind>;

export const Removed = z.object({
  kind: RemovedKind,
  text: z.string().describe("the removed text, trimmed to a readable length"),
  reason: z.string().describe("id of the rule that removed it"),
});
export type Removed = z.infer<typeof Removed>;

export const Person = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  titles: z.array(z.string()),
  country: CountryCode.nullable().describe("from a nationality word or the country of the office held"),
  mentions: z.array(Span),
});
export type Person = z.infer<typeof Person>;

export const Organization = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.array(Span),
});
export type Organization = z.infer<typeof Organization>;

export const PlaceType = z.enum(["country", "region", "city", "facility", "other"]);
export type PlaceType = z.infer<typeof PlaceType>;

export const Place = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).describe("other names used for it in the text (U.S. for United States)"),
  type: PlaceType,
  countryCode: CountryCode.nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  mentions: z.array(Span),
});
export type Place = z.infer<typeof Place>;

export const DateType = z.enum(["date", "time", "duration", "set"]);
export type DateType = z.infer<typeof DateType>;

export const Grain = z.enum([
  "millennium", "century", "decade", "year", "half", "quarter", "season", "month", "week",
  "day", "part-of-day", "hour", "minute", "second", "unspecified",
]);
export type Grain = z.infer<typeof Grain>;

export const DateMention = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.string().nullable().describe("TimeML/ISO 8601 value: 2026-01-31, 2026-W05, 2026-Q1, P9Y, PRESENT_REF ..."),
  endValue: z.string().nullable().describe("end of a range, else null"),
  type: DateType,
  grain: Grain,
});
export type DateMention = z.infer<typeof DateMention>;

export const AgreementStatus = z.enum(["concluded", "intent", "expected", "negated"]);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

export const Agreement = z.object({
  verb: z.string().min(1).describe("the trigger as written (agreed, signed, pledged ...)"),
  status: AgreementStatus,
  parties: z.array(z.string()).describe("canonical names of people, organizations or places"),
  action: z.string().describe("what was agreed: the trigger's complement"),
  date: z.string().nullable().describe("ISO date of the agreement when known"),
  place: z.string().nullable().describe("canonical place name when known"),
  sentence: z.string(),
  start: z.number().int().nonnegative().describe("offset of the sentence in text"),
  end: z.number().int().nonnegative(),
});
export type Agreement = z.infer<typeof Agreement>;

export const Quote = z.object({
  speaker: z.string().nullable().describe("canonical name of a person or organization"),
  cue: z.string().nullable().describe("the speech verb as written (said, told, according to), null when none"),
  text: z.string().min(1).describe("the quoted words, without quotation marks; parts joined by \" … \" where the reporter's words were left out"),
  start: z.number().int().nonnegative().describe("offset of the first quoted word"),
  end: z.number().int().nonnegative().describe("offset after the last quoted word"),
  parts: z.array(Span).min(1).describe("each quoted stretch: a quote interrupted by its attribution, or the fragments of one reported sentence"),
});
export type Quote = z.infer<typeof Quote>;

export const Article = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  title: z.string().nullable(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/).nullable().describe("ISO date (time when known)"),
  modified: z.string().regex(/^\d{4}-\d{2}-\d{2}/).nullable().describe("ISO date of the last update, from the page's metadata"),
  authors: z.array(z.string().min(1)).describe("author names from the page's metadata or byline, in page order"),
  siteName: z.string().nullable().describe("the publication's name, from the page's metadata"),
  canonicalUrl: z.string().nullable().describe("the page's canonical URL, from the page's metadata"),
  description: z.string().nullable().describe("the page's own summary, from its metadata"),
  language: z.string().nullable().describe("ISO 639-1 code when known"),
  text: z.string().describe("the cleaned article body: blocks separated by a blank line"),
  removed: z.array(Removed),
  people: z.array(Person),
  organizations: z.array(Organization),
  places: z.array(Place),
  dates: z.array(DateMention),
  agreements: z.array(Agreement),
  quotes: z.array(Quote),
}).meta({ title: "Article", description: "What extract found in one input" });
export type Article = z.infer<typeof Article>;

export const ErrorCode = z.enum([
  "not-found", "unreadable", "is-directory", "directory-loop", "empty", "binary", "too-large", "timeout", "internal",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** What a failed input prints in a batch, so that every input yields exactly one record. */
export const InputError = z.object({
  source: z.object({ path: z.string().nullable() }),
  error: z.object({ code: ErrorCode, message: z.string() }),
}).meta({ title: "InputError", description: "One input that could not be processed" });
export type InputError = z.infer<typeof InputError>;

/** One record of extract's output: an article, or the error of one input. */
export const OutputRecord = z.union([Article, InputError]).meta({ title: "extract output record" });
