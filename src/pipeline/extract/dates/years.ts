// Years, decades and centuries, which chrono does not read on their own: "1998", "fiscal 1989",
// "nineteen ninety-six", "the 1990s", "the '80s", "the nineties", "the 20th century", "44 BC".
// A four-digit number is a year only where it cannot be an amount, a code or a count.
import { B, E, group, re } from "./pattern.js";
import { dayPoint } from "./calendar.js";
import { MONTH_NAME, monthOf, ORDINAL, ordinalValue, SPOKEN_YEAR, spokenYearValue } from "./lexicon.js";
import { deictic, pointValue } from "./resolve.js";
import type { PatternRule, Resolver } from "./types.js";

/** The earliest year read without a word of time before it; older years need "in", "since", "AD" ... */
const FREE_YEAR_MIN = 1900;
/** The latest year read as one: forecasts reach decades ahead, "2150" is more likely a count. */
const YEAR_MAX = 2099;
const YEAR_MIN = 1000;

/** Before a number that is not a year: money, codes, numbers ("$1990", "No. 1990", "Flight 2000", "1,990"). */
const NOT_AFTER = /(?:[$£€#¥]\s?|\b(?:no|nos|number|flight|route|highway|interstate|room|suite|article|chapter|section|resolution|rule|form|model|page|pages|pp|windows|office|box|apt|building|exit|bus|train|channel|code|boeing|airbus|dc-\d+|mig)\.?\s*)$/i;
/** After a number that is a count, an amount or a score, not a year ("1990 shares", "2000 points", "1998 m"). */
const NOT_BEFORE = /^(?:\s*(?:%|percent|per\s*cent|-?points?|shares?|people|persons|workers|employees|jobs|troops|soldiers|members|votes|voters|miles|kilometers|kilometres|km|feet|ft|meters|metres|m\b|tons|tonnes|barrels|cars|vehicles|units|copies|homes|houses|seats|acres|hectares|students|cases|deaths|dead|times|dollars|yen|marks|francs|pounds|euros|pence|cents|residents|visitors|passengers|customers|companies|stores|plants|rooms|beds|calories|pages|words|lines|yards|pounds|kg|kilograms|grams|lb|lbs|degrees|rpm|mph|hp|horsepower|bp|b\.p\.|watts|volts|mw|bpd|hours|minutes)\b|[.,]\d|\s*[x×]\s*\d)/i;
/** Words that make an older year ("in 1815") a year rather than a number. */
const TIME_CONTEXT = /\b(?:in|since|by|until|till|from|to|of|after|before|during|between|and|through|circa|c\.|year|years|around|about|early|late|mid-|spring|summer|autumn|fall|winter|ca\.|born|died|founded|built|until|the)\s+$|\bmid-$/i;

const yearOf = (y: number): Resolver => () => pointValue({ grain: "year", year: y }, { absolute: true });

function plausibleYear(y: number): boolean {
  return y >= YEAR_MIN && y <= YEAR_MAX;
}

/** The year of "44 BC" on the astronomical count the calendar uses (1 BC is year 0). */
const beforeChrist = (y: number): number => 1 - y;

export const YEAR_RULES: readonly PatternRule[] = [
  {
    id: "date-era",
    kind: "date",
    match: re(`${B}(?:(?<d>\\d{1,2})\\s+)?(?<mo>${MONTH_NAME})\\.?\\s+(?:(?<d2>\\d{1,2}),?\\s+)?(?<y>\\d{1,4})\\s*(?<era>B\\.C\\.(?:E\\.)?|BCE?|A\\.D\\.|AD)(?![A-Za-z])`),
    reason: "a day or a month of a year with its era, which chrono reads as a modern year: \"15 March 44 BC\"",
    priority: 3,
    build: (m) => {
      const month = monthOf(group(m, "mo"));
      const day = Number(group(m, "d") || group(m, "d2") || 0);
      const y = Number(group(m, "y"));
      if (month === null || !y || day > 31) return null;
      const year = /^b/i.test(group(m, "era")) ? beforeChrist(y) : y;
      return () => pointValue(day ? dayPoint(year, month, day) : { grain: "month", year, month }, { absolute: true });
    },
  },
  {
    id: "year-era",
    kind: "date",
    match: re(`${B}(?:(?<y>\\d{1,4})\\s*(?<era>B\\.C\\.(?:E\\.)?|BCE?|A\\.D\\.|AD|C\\.E\\.|CE)(?![A-Za-z])|(?:AD|A\\.D\\.)\\s+(?<y2>\\d{1,4})${E})`),
    reason: "a year with its era: \"44 BC\", \"AD 1066\"",
    priority: 2,
    build: (m) => {
      const y = Number(m.groups?.["y"] ?? m.groups?.["y2"]);
      if (!y) return null;
      const bc = /^b/i.test(group(m, "era"));
      return () => pointValue({ grain: "year", year: bc ? beforeChrist(y) : y }, { absolute: true });
    },
  },
  {
    id: "year-fiscal",
    kind: "date",
    match: re(`${B}(?:fiscal(?:[- ]year)?|FY|financial\\s+year)\\s*(?<y>\\d{4}|'\\d{2})(?:[-/](?<y2>\\d{2,4}))?${E}`),
    reason: "a fiscal year is named by its year: \"fiscal 1989\" is 1989",
    priority: 2,
    build: (m) => {
      const raw = group(m, "y");
      return (rc) => {
        const y = raw.startsWith("'") ? Math.floor((rc.anchor?.year ?? 1900) / 100) * 100 + Number(raw.slice(1)) : Number(raw);
        return pointValue({ grain: "year", year: y }, { absolute: true });
      };
    },
  },
  {
    id: "year-the-year",
    kind: "date",
    match: re(`${B}the\\s+year\\s+(?<y>\\d{4}|${SPOKEN_YEAR})${E}`),
    reason: "\"the year 2000\", \"the year two thousand\"",
    priority: 2,
    build: (m) => {
      const raw = group(m, "y");
      const y = /^\d+$/.test(raw) ? Number(raw) : spokenYearValue(raw);
      return y !== null && plausibleYear(y) ? yearOf(y) : null;
    },
  },
  {
    id: "year-spoken",
    kind: "date",
    match: re(`${B}(?<y>${SPOKEN_YEAR})${E}`),
    reason: "years as read aloud in broadcast transcripts: \"nineteen ninety-six\"",
    build: (m, text) => {
      const y = spokenYearValue(group(m, "y"));
      // "two thousand" alone is usually a number; take it as a year only after a word of time.
      if (y === null || (y === 2000 && !TIME_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index)))) return null;
      if (/^\s+(?:people|dollars|troops|soldiers|workers|years|of)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      return yearOf(y);
    },
  },
  {
    id: "year-period",
    kind: "date",
    match: re(`${B}the\\s+(?<y>(?:1[0-9]|20)\\d{2})\\s+(?:period|year|fiscal\\s+year)${E}`),
    reason: "\"the 1988 period\" names the year, and the whole phrase is the expression",
    priority: 1,
    build: (m) => yearOf(Number(group(m, "y"))),
  },
  {
    id: "year-span",
    kind: "date",
    match: re(`(?<![A-Za-z0-9_'’/$-])(?<y1>(?:1[0-9]|20)\\d{2})[-–/](?<y2>\\d{2}|(?:1[0-9]|20)\\d{2})(?![A-Za-z0-9_]|-\\d)`),
    reason: "two years written as one span: \"1990-91\", \"1914-1918\", a season or fiscal year that straddles two",
    priority: 1,
    build: (m) => {
      const y1 = Number(group(m, "y1"));
      const raw = group(m, "y2");
      const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
      if (y2 <= y1 || y2 - y1 > 30) return null;
      return () => ({ ...pointValue({ grain: "year", year: y1 }, { absolute: true }), endValue: String(y2) });
    },
  },
  {
    id: "year-prefixed",
    kind: "date",
    match: re(`${B}(?:pre|post)-(?<y>[12]\\d{3})${E}`),
    reason: "\"post-1959 politics\": the year with its prefix",
    priority: 1,
    build: (m) => yearOf(Number(group(m, "y"))),
  },
  {
    id: "year-bare",
    kind: "date",
    match: re(`(?:(?<=\\bmid-)|(?<![A-Za-z0-9_'’/-]))(?<y>[12]\\d{3})(?![A-Za-z0-9_]|-\\d|\\.\\d|,\\d{3}|/\\d)`),
    reason: "a four-digit year on its own, where the context does not make it an amount or a code",
    build: (m, text) => {
      const y = Number(group(m, "y"));
      if (!plausibleYear(y)) return null;
      const left = text.slice(Math.max(0, m.index - 16), m.index);
      const right = text.slice(m.index + 4, m.index + 24);
      if (NOT_AFTER.test(left) || NOT_BEFORE.test(right)) return null;
      if (y < FREE_YEAR_MIN && !TIME_CONTEXT.test(left)) return null;
      return yearOf(y);
    },
  },
  {
    id: "decade",
    kind: "date",
    match: re(`${B}(?:the\\s+)?(?:(?:early|late|mid|middle)[- ])?(?:(?<d>[12]\\d{2})0['’]?s|['’](?<d2>\\d)0['’]?s|(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<c>nineteen|eighteen)[- ](?<w2>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`),
    reason: "decades: \"the 1990s\", \"the '80s\", \"the nineties\", \"the late 1970s\" (value 199, 198, 197)",
    priority: 2,
    build: (m, text) => {
      const words: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
      const full = group(m, "d");
      const short = group(m, "d2");
      const word = group(m, "w") || group(m, "w2");
      const century = group(m, "c") === "eighteen" ? 18 : 19;
      // "in their twenties" is an age.
      if (word && !group(m, "c") && /\b(?:their|his|her|my|your|our|its|early|late|mid)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) && !/^the/i.test(m[0])) return null;
      if (word && !/^the\b/i.test(m[0]) && !group(m, "c")) return null;
      return (rc) => {
        let decadeStart: number;
        if (full) decadeStart = Number(full) * 10;
        else if (short) {
          const base = Math.floor((rc.anchor?.year ?? 1999) / 100) * 100;
          decadeStart = base + Number(short) * 10;
          if (decadeStart > (rc.anchor?.year ?? 1999)) decadeStart -= 100;
        } else decadeStart = century * 100 + (words[word] ?? 0) * 10;
        return pointValue({ grain: "decade", year: decadeStart }, { absolute: Boolean(full) });
      };
    },
  },
  {
    id: "century-ordinal",
    kind: "date",
    match: re(`${B}(?:the\\s+)?(?:(?:early|late|mid|middle)[- ])?(?<n>${ORDINAL})[- ]century(?:\\s+(?<era>BC|B\\.C\\.|AD|A\\.D\\.))?${E}`),
    reason: "\"the 20th century\" is 19 in TimeML: the hundreds of its years",
    priority: 2,
    build: (m) => {
      const n = ordinalValue(group(m, "n"));
      if (n === null || n < 1 || n > 21) return null;
      const bc = /^b/i.test(group(m, "era"));
      return () => pointValue({ grain: "century", year: bc ? beforeChrist(n * 100) : (n - 1) * 100 }, { absolute: true });
    },
  },
  {
    id: "century-deictic",
    kind: "date",
    match: re(`${B}(?<which>this|last|next|the\\s+(?:last|past|previous|next|current|present))\\s+century${E}`),
    reason: "\"this century\", \"the last century\", counted from the article's date",
    priority: 2,
    build: (m) => {
      const which = group(m, "which");
      const n = /this|current|present/.test(which) ? 0 : /next/.test(which) ? 1 : -1;
      return (rc) => deictic(rc, "century", n, "century");
    },
  },
  {
    id: "decade-deictic",
    kind: "date",
    match: re(`${B}(?<which>this|last|next|the\\s+(?:last|previous|next|current|present))\\s+decade${E}`),
    reason: "\"the last decade\" is the decade before the article's",
    priority: 1,
    build: (m) => {
      const which = group(m, "which");
      const n = /this|current|present/.test(which) ? 0 : /next/.test(which) ? 1 : -1;
      return (rc) => deictic(rc, "decade", n, "decade");
    },
  },
];

/** Words before a short number that make it a year in a text about antiquity ("in 256", "from 597"). */
const SHORT_YEAR_BEFORE = /\b(?:in|since|until|till|from|between|after|before|circa|c\.|dates?\s+from)\s+$/i;
/** "between 110 and 130", "from 256 to 268": the second number of a pair of years. */
const SHORT_YEAR_PAIR = /\b(?:between|from|in)\s+\d{1,4}(?:\s*(?:BCE?|B\.C\.|AD|A\.D\.))?\s+(?:and|to)\s+$/i;
/** What may follow a year: the end of a clause, a conjunction, the start of a new phrase. */
const SHORT_YEAR_AFTER = /^(?:\s*(?:[.,;:)!?]|[-–—]|$)|\s+(?:and|or|to|the|a|an|when|while|he|she|it|they|its|his|her|their|this|that|these|those|after|before|with|at|on|during|as|until)\b)/;

/**
 * Read only in texts that speak of antiquity (an era or an early century is written somewhere):
 * there a number of two or three digits after "in" or "from" is a year; elsewhere it is a count.
 */
export const ANCIENT_RULES: readonly PatternRule[] = [
  {
    id: "year-short",
    kind: "date",
    match: re(`(?<![A-Za-z0-9_'’/$£€#.,-])(?<y>[1-9]\\d{1,2})(?![A-Za-z0-9_]|[.,:]\\d|\\s*(?:%|BCE?|B\\.C\\.|AD|A\\.D\\.|CE)(?![A-Za-z]))`),
    reason: "\"in 256\", \"dates from 597\", \"between 110 and 130\": a year without its era, in a text about antiquity",
    build: (m, text) => {
      const left = text.slice(Math.max(0, m.index - 24), m.index);
      const right = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!SHORT_YEAR_BEFORE.test(left) && !SHORT_YEAR_PAIR.test(left)) return null;
      if (!SHORT_YEAR_AFTER.test(right) || NOT_BEFORE.test(right)) return null;
      const y = Number(group(m, "y"));
      // After a year before Christ, a bare year is one too ("In 431 BC ... in 404 the fleet ...").
      return (rc) => pointValue({ grain: "year", year: rc.lastAbsolute && rc.lastAbsolute.year <= 0 && y > 0 ? beforeChrist(y) : y }, { absolute: true });
    },
  },
];
