// The only place that builds chrono's parser. Extractors import `chronoParser` from here so that
// every tweak to chrono (parsers, refiners, options) is made once and seen everywhere.
// Only the English locale: importing "chrono-node" itself loads every locale, four times the start-up.
// Other locales load on the first document in their language (localeParser below).
import { createRequire } from "node:module";
import * as en from "chrono-node/en";

/*
 * chrono's parsers and refiners are picked out by what they read, never by their class names: a
 * minified build renames classes, and a name-based filter then silently kept the parsers it was
 * meant to drop ("two days" read as a date instead of the duration P2D). Each probe below is a
 * phrase that exactly one part of chrono's English configuration reads on its own
 * (test/unit/nlp/chrono.test.ts checks that these are the intended ones).
 */

/** A fixed reference: the probes only ask whether something is read at all. */
const PROBE_REFERENCE = new Date(Date.UTC(2020, 5, 15, 12));

/**
 * Relative phrases ("within 3 days", "2 years ago", "next month", "end of the month"): our own
 * rules read these, because their TimeML values depend on the unit ("last week" is a week, not a
 * day seven days back) and on the text around them. Dropping their parsers also saves chrono the work.
 */
const RELATIVE_PROBES = ["within 3 days", "3 days ago", "3 days later", "last 2 weeks", "next month", "end of the month"];

/** Casual mode reads "closed at 6.43" and "at 10" as times of day: the clock-time parser is made strict. */
const LOOSE_TIME_PROBE = "at 10";

/** Ranges are joined by our own rules, which know when two dates are a range and when a list. */
const RANGE_PROBE = "from March 3 to April 5";

type ParserClass = new (strictMode: boolean) => en.Parser;

/** A numeric date with slashes, read month first as US news writes it ("3/4/2020" is March 4). */
const SLASH_PROBE = "3/4/2020";

/**
 * Dotted numeric dates ("04.03.2024", "Stand: 04.03.2024, 10:15 Uhr") are written day first
 * wherever they are used (German, Russian, Polish, Scandinavian and many English pages); only the
 * slashed form is month first in US news. chrono's numeric parser reads both the same way, so a
 * dotted match goes to a day-first copy of it. The copy is built from the parser's own constructor,
 * whose one argument says "day first" (checked by test/unit/nlp/chrono.test.ts).
 */
export class DayFirstWhenDotted implements en.Parser {
  private readonly dayFirst: en.Parser;
  constructor(readonly monthFirst: en.Parser) {
    this.dayFirst = new (monthFirst.constructor as ParserClass)(true);
  }
  pattern(context: Parameters<en.Parser["pattern"]>[0]): RegExp {
    return this.monthFirst.pattern(context);
  }
  extract(context: Parameters<en.Parser["extract"]>[0], match: RegExpMatchArray): ReturnType<en.Parser["extract"]> {
    const dotted = /^\d{1,2}\./.test(match[0].slice((match[1] ?? "").length));
    return (dotted ? this.dayFirst : this.monthFirst).extract(context, match);
  }
}

const reads = (parsers: en.Parser[], refiners: en.Refiner[], text: string): en.ParsedResult[] =>
  new en.Chrono({ parsers, refiners }).parse(text, PROBE_REFERENCE);

/** The parser reads SLASH_PROBE on its own, month first. */
function readsMonthFirst(p: en.Parser): boolean {
  const r = reads([p], [], SLASH_PROBE)[0];
  return r !== undefined && r.text === SLASH_PROBE && r.start.get("month") === 3 && r.start.get("day") === 4;
}

function build(): en.Chrono {
  const parser = en.casual.clone();
  parser.parsers = parser.parsers
    .filter((p) => !RELATIVE_PROBES.some((t) => reads([p], [], t).length > 0))
    .map((p) => (reads([p], [], LOOSE_TIME_PROBE).length > 0 ? new (p.constructor as ParserClass)(true) : p))
    .map((p) => (readsMonthFirst(p) ? new DayFirstWhenDotted(p) : p));
  const all = parser.parsers;
  const merges = (r: en.Refiner) => reads(all, [r], RANGE_PROBE).some((x) => x.end !== undefined && x.end !== null);
  parser.refiners = parser.refiners.filter((r) => !merges(r));
  return parser;
}

/** English, casual mode ("yesterday at 5 p.m.", "noon Thursday"), dates read as in US news (month first). */
export const chronoParser = build();

export type { ParsedResult, ParsedComponents } from "chrono-node";

/**
 * chrono's other locales, by language code. The date stage is synchronous and most documents are
 * English, so a locale is required (chrono's CommonJS build) the first time a document in its
 * language appears: 30-100 ms once, and nothing for English start-up.
 */
const LOCALE_MODULES = {
  de: "chrono-node/de", fr: "chrono-node/fr", es: "chrono-node/es", it: "chrono-node/it",
  pt: "chrono-node/pt", nl: "chrono-node/nl", sv: "chrono-node/sv",
} as const;

export type ChronoLanguage = keyof typeof LOCALE_MODULES;

export function isChronoLanguage(language: string | null): language is ChronoLanguage {
  return language !== null && Object.hasOwn(LOCALE_MODULES, language);
}

const requireLocale = createRequire(import.meta.url);
const localeParsers = new Map<ChronoLanguage, en.Chrono>();

/** The casual parser of a language other than English (with its own range merging: ours speaks English). */
export function localeParser(language: ChronoLanguage): en.Chrono {
  let parser = localeParsers.get(language);
  if (!parser) {
    parser = (requireLocale(LOCALE_MODULES[language]) as { casual: en.Chrono }).casual;
    localeParsers.set(language, parser);
  }
  return parser;
}
