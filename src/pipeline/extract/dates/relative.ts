// Deictic expressions: counted from the article's date. "last week", "this month", "next year",
// "two years ago", "two weeks from now", "last May", "June last year", "the end of the year".
import type { Unit } from "./calendar.js";
import { GRAIN_OF_UNIT } from "./calendar.js";
import { COMPARISON, yearEarlier } from "./anaphora.js";
import { MONTH_NAME, monthOf, NUMBER, numberValue, SPOKEN_YEAR, spokenYearValue, unitOf } from "./lexicon.js";
import { B, E, group, re } from "./pattern.js";
import { deictic, fixed, pointValue, storyDeictic, unknown } from "./resolve.js";
import type { PatternRule, ResolveContext, Resolved } from "./types.js";

/** How far before "last year" (in characters) "compared with" makes it a comparison of results. */
const COMPARISON_REACH = 80;

/** From this many weeks back, "N weeks ago" names a week rather than a day. */
const WEEKS_AGO_AS_WEEK = 3;

const DEICTIC_WORDS: Record<string, number> = {
  this: 0, current: 0, present: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1,
};

/** "last May": the most recent May, but not the month just gone, which people call "last month". */
function lastMonthNamed(rc: ResolveContext, month: number): Resolved {
  const a = rc.anchor;
  if (!a) return unknown("month");
  const current = a.month ?? 12;
  return pointValue({ grain: "month", year: month < current - 1 ? a.year : a.year - 1, month });
}

function nextMonthNamed(rc: ResolveContext, month: number): Resolved {
  const a = rc.anchor;
  if (!a) return unknown("month");
  return pointValue({ grain: "month", year: month > (a.month ?? 0) ? a.year : a.year + 1, month });
}

const MONTH_WORD = "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)";

export const RELATIVE_RULES: readonly PatternRule[] = [
  {
    id: "month-deictic",
    kind: "date",
    match: re(`${B}(?<which>last|this|next|this\\s+past|this\\s+coming|the\\s+coming|the\\s+past)\\s+(?<mo>${MONTH_WORD})(?![A-Za-z0-9])(?!\\s+\\d)`),
    reason: "\"last May\", \"this September\", \"next March\"",
    priority: 2,
    build: (m) => {
      const month = monthOf(group(m, "mo"));
      // "this march" in lower case is a march; "this May" is too often the modal to risk.
      if (month === null || !/^[A-Z]/.test(m.groups?.["mo"] ?? "") || (/^may$/i.test(group(m, "mo")) && /^this$/i.test(group(m, "which")))) return null;
      const which = group(m, "which").replace(/\s+/g, " ");
      if (/last|past/.test(which)) return (rc) => lastMonthNamed(rc, month);
      if (/next|coming/.test(which)) return (rc) => nextMonthNamed(rc, month);
      return (rc) => (rc.anchor ? pointValue({ grain: "month", year: rc.anchor.year, month }) : unknown("month"));
    },
  },
  {
    id: "month-of-deictic-year",
    kind: "date",
    match: re(`${B}(?<mo>${MONTH_WORD})(?:\\s+of)?\\s+(?<which>last|this|next)\\s+year${E}`),
    reason: "\"June last year\", \"January this year\"",
    priority: 3,
    build: (m) => {
      const month = monthOf(group(m, "mo"));
      if (month === null) return null;
      const n = DEICTIC_WORDS[group(m, "which")] ?? 0;
      return (rc) => (rc.anchor ? pointValue({ grain: "month", year: rc.anchor.year + n, month }) : unknown("month"));
    },
  },
  {
    id: "month-spoken-year",
    kind: "date",
    match: re(`${B}(?<mo>${MONTH_NAME})\\.?(?:\\s+of)?\\s+(?<y>${SPOKEN_YEAR})${E}`),
    reason: "a month and a year read aloud: \"January nineteen ninety-seven\"",
    priority: 3,
    build: (m) => {
      const month = monthOf(group(m, "mo"));
      const y = spokenYearValue(group(m, "y"));
      if (month === null || y === null) return null;
      return () => pointValue({ grain: "month", year: y, month }, { absolute: true });
    },
  },
  {
    id: "this-unit",
    kind: "date",
    match: re(`${B}(?<which>this|last|next|(?:the\\s+)?(?:coming|current|present)|the\\s+(?:past|last|previous)|this\\s+past)\\s+(?<unit>week|month|year)${E}(?!\\s+(?:or\\s+so|or\\s+two|and\\s+a\\s+half))`),
    reason: "\"last week\", \"this month\", \"next year\": the article's week, month or year, or its neighbour",
    priority: 2,
    build: (m, text) => {
      const which = group(m, "which").replace(/^the\s+/, "").replace(/\s+/g, " ");
      const unit = group(m, "unit") as Unit;
      // "This Week" with both words capitalised is a title (a television programme), not a week.
      if (/^[A-Z]/.test(m.groups?.["unit"] ?? "")) return null;
      // "the past week" is the seven days up to the article, most of them in its own week.
      const n = which === "this past" ? -1 : /^the (?:past|last)$/.test(group(m, "which").replace(/\s+/g, " ").toLowerCase()) && unit === "week" ? 0 : DEICTIC_WORDS[which] ?? 0;
      const comparison = unit === "year" && which === "last" && COMPARISON.test(text.slice(Math.max(0, m.index - COMPARISON_REACH), m.index));
      return (rc) => {
        if (comparison && rc.history.some((p) => p.grain === "quarter")) return yearEarlier(rc);
        return deictic(rc, unit, n, GRAIN_OF_UNIT[unit]);
      };
    },
  },
  {
    id: "next-year-or-so",
    kind: "date",
    match: re(`${B}(?:the\\s+)?next\\s+(?<unit>week|month|year)\\s+or\\s+(?:so|two)${E}`),
    reason: "\"the next year or so\" is next year, loosely",
    priority: 2,
    build: (m) => {
      const unit = group(m, "unit") as Unit;
      return (rc) => deictic(rc, unit, 1, GRAIN_OF_UNIT[unit]);
    },
  },
  {
    id: "ago",
    kind: "date",
    match: re(`${B}(?:(?:nearly|about|around|roughly|some|more\\s+than|less\\s+than|over|barely)\\s+)?(?:(?<n>${NUMBER}|a|an|a\\s+few|several|a\\s+couple\\s+of|many|some)\\s+)?(?<unit>minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)(?:\\s+or\\s+so)?\\s+ago${E}`),
    reason: "\"two years ago\" counts back from the article's date, at the grain of its unit",
    priority: 3,
    build: (m) => {
      const raw = group(m, "n");
      const unit = unitOf(group(m, "unit"));
      if (!unit) return null;
      if (!raw && !/s$/i.test(group(m, "unit"))) return null;
      const n = raw === "a" || raw === "an" ? 1 : raw ? numberValue(raw) : null;
      if (n === null) return () => fixed("PAST_REF", "unspecified");
      const steps = unit === "decade" ? 10 * n : unit === "century" ? 100 * n : n;
      const stepUnit: Unit = unit === "decade" || unit === "century" ? "year" : unit;
      if (!Number.isInteger(steps)) return null;
      // "two weeks ago" names a day two weeks back; "six weeks ago", a week.
      return (rc) => deictic(rc, stepUnit, -steps, stepUnit === "week" && steps < WEEKS_AGO_AS_WEEK ? "day" : GRAIN_OF_UNIT[stepUnit]);
    },
  },
  {
    id: "from-now",
    kind: "date",
    match: re(`${B}(?<n>${NUMBER}|a|an)\\s+(?<unit>minutes?|hours?|days?|weeks?|months?|years?|decades?)\\s+(?:from\\s+now|from\\s+today|hence)${E}`),
    reason: "\"two weeks from now\" counts forward from the article's date",
    priority: 3,
    build: (m) => {
      const raw = group(m, "n");
      const unit = unitOf(group(m, "unit"));
      const n = raw === "a" || raw === "an" ? 1 : numberValue(raw);
      if (!unit || n === null || !Number.isInteger(n)) return null;
      const steps = unit === "decade" ? 10 * n : n;
      const stepUnit: Unit = unit === "decade" ? "year" : unit;
      return (rc) => deictic(rc, stepUnit, steps, stepUnit === "week" ? "day" : GRAIN_OF_UNIT[stepUnit]);
    },
  },
  {
    id: "period-edge",
    kind: "date",
    match: re(`${B}(?<edge>(?:the\\s+)?(?:end|beginning|start|middle|turn|close)\\s+of\\s+(?:the|this)\\s+)(?<unit>week|month|year)${E}|${B}(?<ye>year[- ]end|year['’]s\\s+end)${E}`),
    reason: "\"the end of the year\", \"year-end\": the article's year, month or week",
    priority: 2,
    build: (m) => {
      const unit = (group(m, "unit") || "year") as Unit;
      return (rc) => storyDeictic(rc, unit, 0, GRAIN_OF_UNIT[unit]);
    },
  },
];
