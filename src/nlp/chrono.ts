// The only place that builds chrono's parser. Extractors import `chronoParser` from here so that
// every tweak to chrono (parsers, refiners, options) is made once and seen everywhere.
import * as chrono from "chrono-node";

/**
 * chrono's parsers for relative phrases ("within 3 days", "2 years ago", "next month", "end of
 * the month"): our own rules read these, because their TimeML values depend on the unit ("last
 * week" is a week, not a day seven days back) and on the text around them. Dropping them also
 * saves chrono the work.
 */
const RELATIVE_PARSERS = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
  "ENRelativeDateFormatParser",
  "ENEndOfCurrentMonthParser",
]);

/** Ranges are joined by our own rules, which know when two dates are a range and when a list. */
const DROPPED_REFINERS = new Set(["ENMergeDateRangeRefiner"]);

type ParserClass = new (strictMode: boolean) => chrono.Parser;

function build(): chrono.Chrono {
  const parser = chrono.en.casual.clone();
  parser.parsers = parser.parsers
    .filter((p) => !RELATIVE_PARSERS.has(p.constructor.name))
    // Strict clock times: casual mode reads "closed at 6.43" and "at 10" as times of day.
    .map((p) => (p.constructor.name === "ENTimeExpressionParser" ? new (p.constructor as ParserClass)(true) : p));
  parser.refiners = parser.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
  return parser;
}

/** English, casual mode ("yesterday at 5 p.m.", "noon Thursday"), dates read as in US news (month first). */
export const chronoParser = build();

export type { ParsedResult, ParsedComponents } from "chrono-node";
