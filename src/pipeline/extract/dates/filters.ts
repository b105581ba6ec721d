// chrono's false matches in news text, as data: each filter names what it rejects and why. A hit
// is chrono's result with the paragraph around it; a filter that returns true drops it.
import type { ParsedResult } from "../../../nlp/chrono.js";
import { CLOCK_TIME as CLOCK } from "./lexicon.js";

export interface ChronoHit {
  readonly result: ParsedResult;
  /** The paragraph chrono read. */
  readonly text: string;
  /** The hit's place in the paragraph, after span fixes. */
  readonly start: number;
  readonly end: number;
}

export interface ChronoFilter {
  readonly id: string;
  readonly reason: string;
  readonly rejects: (hit: ChronoHit) => boolean;
}

const knows = (h: ChronoHit, ...cs: Array<"year" | "month" | "day" | "weekday" | "hour">): boolean =>
  cs.some((c) => h.result.start.isCertain(c));
const surface = (h: ChronoHit): string => h.text.slice(h.start, h.end);
const before = (h: ChronoHit, n = 12): string => h.text.slice(Math.max(0, h.start - n), h.start);
const after = (h: ChronoHit, n = 20): string => h.text.slice(h.end, h.end + n);
const hasTag = (h: ChronoHit, tag: string): boolean => h.result.tags().has(tag);

/** Weekday abbreviations, which are also words and names: "Sun" Microsystems, "sat", "Wed". */
const WEEKDAY_ABBREVIATION = /^(?:(?:last|next|this|past|coming|on)\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\b\.?/i;
const MONTH_ONLY = /^(?:(?:in|of|on|by|since|until|during|from|through)\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?$/i;

export const CHRONO_FILTERS: readonly ChronoFilter[] = [
  {
    id: "number-read-as-time",
    reason: "share prices, scores and amounts read as clock times (\"$2.50 a share\", \"at 2.46 billion\", \"rose 3 to 20\")",
    rejects: (h) => knows(h, "hour") && !knows(h, "month", "day", "weekday") && !CLOCK.test(surface(h)) && !hasTag(h, "parser/ENCasualDateParser"),
  },
  {
    id: "time-inside-amount",
    reason: "a clock-looking piece of a larger number or amount (\"$12.09 a share\", \"1,141 to 406\")",
    rejects: (h) => knows(h, "hour") && /[$£€#\d.,]$/.test(before(h, 1)),
  },
  {
    id: "time-before-unit",
    reason: "a number followed by a unit is a quantity, not a time (\"at 20 million shares\")",
    rejects: (h) => knows(h, "hour") && !knows(h, "month", "day", "weekday") && /^\s*(?:million|billion|trillion|percent|%|shares?|points?|cents?|marks|yen|francs|pounds|dollars)\b/i.test(after(h)),
  },
  {
    id: "fraction",
    reason: "fractions of stock prices and rates (\"2 1/2\", \"6 3/8%\") read as month/day",
    rejects: (h) => /^\d{1,2}\/\d{1,2}$/.test(surface(h).trim()) || /^\d+\s+\d{1,2}\/\d{1,2}$/.test(h.result.text.trim()),
  },
  {
    id: "mixed-separators",
    reason: "a number with a decimal point and a slash is a rating or a ratio (\"8.5/10\", \"7.5/10 stars\"): a date is written with one separator",
    rejects: (h) => /^\d{1,2}(?:\.\d{1,2}\/|\/\d{1,2}\.)\d{1,4}$/.test(surface(h).trim()),
  },
  {
    id: "weekday-abbreviation",
    reason: "weekday abbreviations are also words and names (\"Sun\" Microsystems, \"sat\", \"Wed\")",
    rejects: (h) => knows(h, "weekday") && !knows(h, "day", "month") && WEEKDAY_ABBREVIATION.test(surface(h)),
  },
  {
    id: "weekend-as-weekday",
    reason: "chrono reads \"weekend\" as Saturday; the week's weekend is a rule of its own",
    rejects: (h) => /weekend/i.test(surface(h)),
  },
  {
    id: "lower-case-month",
    reason: "\"may\", \"march\", \"august\" in lower case are a modal, a verb, an adjective",
    rejects: (h) => MONTH_ONLY.test(surface(h)) && !/[A-Z]/.test(surface(h).replace(/^\w+\s+(?=\w)/, "")),
  },
  {
    id: "month-as-noun",
    reason: "a month name after an article is a name or a noun (\"the March for Life\", \"a May Day rally\")",
    rejects: (h) => (MONTH_ONLY.test(surface(h)) && (/\bannual\s+$/i.test(before(h)) || (/\b(?:the|a|an|["“`'‘]+)\s*$/i.test(before(h)) && /^\s+(?:[A-Z]|for\b|of\b|against\b|on\b|to\b)/.test(after(h))))) || /^[A-Za-z]+\.?\s+of$/i.test(surface(h)),
  },
  {
    id: "month-as-surname",
    reason: "a month name right after a capitalised name is a surname (\"Theresa May\", \"Prime Minister May\")",
    rejects: (h) => MONTH_ONLY.test(surface(h)) && /\b(?!(?:In|On|By|Since|Until|During|From|Through|Last|Next|This|Early|Late|Mid|Of|The|And|Or|But|Before|After|Since|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+\.?\s+$/.test(before(h, 20)),
  },
  {
    id: "modal-may",
    reason: "\"May\" at the start of a question or before a verb is the modal",
    rejects: (h) => /^may$/i.test(surface(h)) && /^\s+(?:I|we|you|he|she|it|they|be|have|not|also|well|still|never|soon|take|make|get|go|come|need|want|lose|win|face|become|seem|help)\b/i.test(after(h)),
  },
  {
    id: "casual-without-time",
    reason: "\"today\", \"yesterday\", \"tonight\", \"this morning\" are read by our own rules, which give TimeML values",
    rejects: (h) => (hasTag(h, "parser/ENCasualDateParser") || hasTag(h, "parser/ENCasualTimeParser")) && !knows(h, "weekday") && !CLOCK.test(surface(h)) && !/\d/.test(surface(h)),
  },
];
