// The only place that builds chrono's parser. Extractors import `chronoParser` from here so that
// every tweak to chrono (parsers, refiners, options) is made once and seen everywhere.
// Only the English locale: importing "chrono-node" itself loads every locale, four times the start-up.
// Other locales load on the first document in their language (localeParser below).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as en from "chrono-node/en";
import { type GeneratedTable, readTable } from "../data/generated.js";

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

const requireLocale = createRequire(import.meta.url);

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

/** What the probes decided, by position in chrono's stock English configuration. */
interface ChronoChoice {
  /** Lengths of the stock lists the positions refer to. */
  readonly parsers: number;
  readonly refiners: number;
  /** Parsers dropped, parsers rebuilt in strict mode, numeric parsers made day first for dotted dates, refiners dropped. */
  readonly dropped: readonly number[];
  readonly strict: readonly number[];
  readonly dayFirst: readonly number[];
  readonly droppedRefiners: readonly number[];
}

/** The parser reads SLASH_PROBE on its own, month first. */
function readsMonthFirst(p: en.Parser): boolean {
  const r = reads([p], [], SLASH_PROBE)[0];
  return r !== undefined && r.text === SLASH_PROBE && r.start.get("month") === 3 && r.start.get("day") === 4;
}

/** Runs the probes over every stock parser and refiner. */
function probe(): ChronoChoice {
  const stock = en.casual.clone();
  const indexed = stock.parsers.map((p, i) => ({ p, i }));
  const kept = indexed.filter(({ p }) => !RELATIVE_PROBES.some((t) => reads([p], [], t).length > 0));
  const strict = kept.filter(({ p }) => reads([p], [], LOOSE_TIME_PROBE).length > 0).map(({ i }) => i);
  const all = kept.map(({ p, i }) => (strict.includes(i) ? new (p.constructor as ParserClass)(true) : p));
  const merges = (r: en.Refiner) => reads(all, [r], RANGE_PROBE).some((x) => x.end !== undefined && x.end !== null);
  return {
    parsers: stock.parsers.length,
    refiners: stock.refiners.length,
    dropped: indexed.filter(({ i }) => !kept.some((k) => k.i === i)).map(({ i }) => i),
    strict,
    dayFirst: kept.filter(({ p }) => readsMonthFirst(p)).map(({ i }) => i),
    droppedRefiners: stock.refiners.flatMap((r, i) => (merges(r) ? [i] : [])),
  };
}

/** chrono's version, read from its package file (its exports map hides package.json from require). */
function chronoVersion(): string {
  try {
    const entry = requireLocale.resolve("chrono-node");
    const root = entry.slice(0, entry.lastIndexOf("chrono-node") + "chrono-node".length);
    return (JSON.parse(readFileSync(`${root}/package.json`, "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

/**
 * The probes' outcome, computed at build time (dist/generated/chrono.json): running them at start
 * ran the dropped parsers' large patterns, which V8 compiled (twice: bytecode, then machine code),
 * about a sixth of a cold start spent on parsers that are then thrown away.
 */
export const CHRONO_TABLE: GeneratedTable = {
  file: "chrono.json",
  packages: [],
  get inputs() {
    return { chrono: chronoVersion(), relative: RELATIVE_PROBES, loose: LOOSE_TIME_PROBE, range: RANGE_PROBE, slash: SLASH_PROBE };
  },
  format: 2,
  build: () => JSON.stringify(probe()),
};

function build(): en.Chrono {
  const parser = en.casual.clone();
  let choice = JSON.parse(readTable(CHRONO_TABLE)) as ChronoChoice;
  // A table that does not describe this chrono (a different build of it) is probed again.
  if (choice.parsers !== parser.parsers.length || choice.refiners !== parser.refiners.length) choice = probe();
  parser.parsers = parser.parsers.flatMap((p, i) => {
    if (choice.dropped.includes(i)) return [];
    const q = choice.strict.includes(i) ? new (p.constructor as ParserClass)(true) : p;
    return [choice.dayFirst.includes(i) ? new DayFirstWhenDotted(q) : q];
  });
  parser.refiners = parser.refiners.filter((_, i) => !choice.droppedRefiners.includes(i));
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
