// Relative expressions. Deictic ones count from the article's date ("yesterday", "last week",
// "two years ago", "this morning"); anaphoric ones count from the last date the text mentioned
// ("the following year", "that day", "a year earlier").
import type { Grain } from "../../../schema/article.js";
import type { DayPart, Point, Unit } from "./calendar.js";
import { coarsen, dayPoint, GRAIN_RANK, shift, weekdayOf } from "./calendar.js";
import { MONTH_NAME, monthOf, NUMBER, numberValue, SPOKEN_YEAR, spokenYearValue, unitOf } from "./lexicon.js";
import { B, E, group, re } from "./pattern.js";
import { reportedQuarter } from "./quarters.js";
import { deictic, direction, fixed, lastDay, pointValue, storyDeictic, unknown } from "./resolve.js";
import type { PatternRule, ResolveContext, Resolved, Resolver } from "./types.js";

const GRAIN_OF_UNIT: Record<Unit, Grain> = {
  minute: "minute", hour: "hour", day: "day", week: "week", month: "month", quarter: "quarter",
  half: "half", year: "year", decade: "decade", century: "century",
};

const PARTS: Record<string, DayPart> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", tonight: "NI" };

function dayShift(rc: ResolveContext, n: number, part: DayPart | null): Resolved {
  if (!rc.anchor || rc.anchor.day === undefined) return unknown(part ? "part-of-day" : "day");
  const d = shift(coarsen(rc.anchor, "day"), "day", n);
  return part ? pointValue({ ...d, grain: "part-of-day", part }, { type: "time" }) : pointValue(d);
}

/** The point an anaphor counts from: the last date mentioned, seen at the grain it needs. */
function anaphorBase(rc: ResolveContext, grain: Grain): Point | null {
  const base = rc.last ?? rc.anchor;
  if (!base) return null;
  // "the following day" after "1990" cannot be placed.
  if (GRAIN_RANK[base.grain] < GRAIN_RANK[grain] && !(grain === "week" && base.grain === "month")) return rc.anchor ? coarsen(rc.anchor, grain) : null;
  return coarsen(base, grain);
}

function anaphor(unit: Unit, n: number): Resolver {
  const grain = GRAIN_OF_UNIT[unit];
  return (rc) => {
    const base = anaphorBase(rc, grain);
    return base ? pointValue(shift(base, unit, n)) : unknown(grain);
  };
}

/** The weekend the tense points at: the last one in the past, the coming one otherwise. */
function weekend(rc: ResolveContext, n: number | null): Resolved {
  const a = rc.anchor;
  if (!a || a.day === undefined) return unknown("week");
  const today = weekdayOf(a.year, a.month ?? 1, a.day);
  const day = dayPoint(a.year, a.month ?? 1, a.day);
  let week: Point;
  if (n !== null) week = shift(coarsen(day, "week"), "week", n);
  else if (direction(rc) > 0) week = today === 0 ? shift(coarsen(day, "week"), "week", 1) : coarsen(day, "week");
  // In the past: the weekend just gone (this week's when the article is written on it).
  else week = today === 0 || today === 6 ? coarsen(day, "week") : shift(coarsen(day, "week"), "week", -1);
  return pointValue({ ...week, weekend: true });
}

/** "A year earlier" compares with the period under report: the quarter results news is about, else the last date. */
function yearEarlier(rc: ResolveContext): Resolved {
  const quarter = rc.history.some((p) => p.grain === "quarter") ? reportedQuarter(rc) : null;
  const base = quarter ?? (rc.last && GRAIN_RANK[rc.last.grain] >= GRAIN_RANK.year ? rc.last : null);
  if (base) return { ...pointValue(shift(base, "year", -1)), anaphoric: true };
  return { ...deictic(rc, "year", -1, "year"), anaphoric: true };
}

/** "compared with $3 million last year": a comparison of results, not a statement about last year. */
const COMPARISON = /\b(?:compared\s+with|compared\s+to|versus|vs\.?)\b[^.;:,]*$/i;

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

/** The day a part of the day belongs to: the last day named in the paragraph, else the article's. */
function partOfLastDay(rc: ResolveContext, part: DayPart, n = 0): Resolved {
  const base = lastDay(rc);
  if (!base) return unknown("part-of-day");
  const d = shift(coarsen(base, "day"), "day", n);
  return pointValue({ ...d, grain: "part-of-day", part }, { type: "time" });
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
      if (month === null || /^may$/i.test(group(m, "mo")) && /^this$/i.test(group(m, "which"))) return null;
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
    id: "part-of-named-day",
    kind: "time",
    match: re(`${B}(?:(?:mid|early|late)[- ]?)?(?<part>morning|afternoon|evening|night)\\s+(?<w>yesterday|today|tomorrow)${E}`),
    reason: "\"mid-afternoon yesterday\": a part of a named day",
    priority: 3,
    build: (m) => {
      const part = PARTS[group(m, "part")]!;
      const n = group(m, "w") === "yesterday" ? -1 : group(m, "w") === "tomorrow" ? 1 : 0;
      return (rc) => dayShift(rc, n, part);
    },
  },
  {
    id: "part-of-day",
    kind: "time",
    match: re(`${B}(?:(?:mid|early|late)[- ]?(?<part>morning|afternoon|evening)|midmorning|midafternoon)${E}|(?<=\\b(?:in|during|by)\\s+)(?<span>the\\s+(?<part2>morning|afternoon|evening))${E}(?!\\s+(?:of|news|paper|session|show|edition|newspaper)\\b)`),
    reason: "\"by mid-afternoon\", \"in the morning\": a part of the day the paragraph is about",
    priority: 1,
    build: (m) => {
      const word = group(m, "part") || group(m, "part2") || (/morning/i.test(m[0]) ? "morning" : "afternoon");
      const part = PARTS[word]!;
      return (rc) => partOfLastDay(rc, part);
    },
  },
  {
    id: "part-of-day-anaphoric",
    kind: "time",
    match: re(`${B}(?<which>the\\s+next|the\\s+following|that|the\\s+same|the\\s+previous)\\s+(?<part>morning|afternoon|evening|night)${E}`),
    reason: "\"the next morning\", \"that night\": a part of the day after (or of) the last day mentioned",
    priority: 2,
    build: (m) => {
      const which = group(m, "which");
      const part = PARTS[group(m, "part")]!;
      const n = /next|following/.test(which) ? 1 : /previous/.test(which) ? -1 : 0;
      return (rc) => partOfLastDay(rc, part, n);
    },
  },
  {
    id: "today",
    kind: "date",
    match: re(`${B}(?<w>today|yesterday|tomorrow|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)(?:\\s+(?<part>morning|afternoon|evening|night))?${E}`),
    reason: "the article's day and its neighbours",
    priority: 2,
    build: (m) => {
      const w = group(m, "w").replace(/\s+/g, " ");
      const n = w === "today" ? 0 : w === "yesterday" ? -1 : w === "tomorrow" ? 1 : w.includes("before") ? -2 : 2;
      const part = PARTS[group(m, "part")] ?? null;
      return (rc) => dayShift(rc, n, part);
    },
  },
  {
    id: "day-part",
    kind: "time",
    match: re(`${B}(?:(?<this>this|last|tomorrow|yesterday)\\s+(?<part>morning|afternoon|evening|night)|(?<tonight>tonight))${E}`),
    reason: "\"this morning\", \"last night\", \"tonight\": a part of the article's day (or the day before)",
    priority: 2,
    build: (m) => {
      const which = group(m, "this");
      const part = group(m, "tonight") ? "NI" : PARTS[group(m, "part")]!;
      const n = which === "last" || which === "yesterday" ? -1 : which === "tomorrow" ? 1 : 0;
      if (which === "last" && part !== "NI") return null;
      return (rc) => dayShift(rc, n, part);
    },
  },
  {
    id: "weekday-part",
    kind: "time",
    match: re(`${B}(?<wd>sunday|monday|tuesday|wednesday|thursday|friday|saturday)\\s+(?<part>morning|afternoon|evening|night)${E}`),
    reason: "\"Friday night\": a part of a weekday, placed like the weekday",
    priority: 2,
    build: (m) => {
      const wd = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].indexOf(group(m, "wd"));
      const part = PARTS[group(m, "part")]!;
      return (rc) => {
        const a = rc.anchor;
        if (!a || a.day === undefined) return unknown("part-of-day");
        const today = weekdayOf(a.year, a.month ?? 1, a.day);
        const back = (today - wd + 7) % 7, ahead = (wd - today + 7) % 7;
        const dir = direction(rc);
        const delta = dir > 0 ? ahead : dir < 0 ? -back : back <= ahead ? -back : ahead;
        const d = shift(coarsen(a, "day"), "day", delta);
        return pointValue({ ...d, grain: "part-of-day", part }, { type: "time" });
      };
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
      // "the past week" is the seven days up to the article, most of them in its own week.
      const n = which === "this past" ? -1 : /^the (?:past|last)$/.test(group(m, "which").replace(/\s+/g, " ").toLowerCase()) && unit === "week" ? 0 : DEICTIC_WORDS[which] ?? 0;
      const comparison = unit === "year" && which === "last" && COMPARISON.test(text.slice(Math.max(0, m.index - 80), m.index));
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
    id: "previous-weekday",
    kind: "date",
    match: re(`${B}the\\s+(?<which>previous|preceding|prior|following|next)\\s+(?<wd>sunday|monday|tuesday|wednesday|thursday|friday|saturday)${E}`),
    reason: "\"the previous Friday\" is the Friday before the last day mentioned",
    priority: 2,
    build: (m) => {
      const wd = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].indexOf(group(m, "wd"));
      const back = /previous|preceding|prior/.test(group(m, "which"));
      return (rc) => {
        const base = lastDay(rc);
        if (!base) return unknown("day");
        const day = coarsen(base, "day");
        const today = weekdayOf(day.year, day.month ?? 1, day.day ?? 1);
        const delta = back ? -((today - wd + 7) % 7 || 7) : (wd - today + 7) % 7 || 7;
        return pointValue(shift(day, "day", delta));
      };
    },
  },
  {
    id: "weekend",
    kind: "date",
    match: re(`${B}(?:(?<which>this|last|next|the\\s+coming|the\\s+past|this\\s+past)\\s+|the\\s+)weekend${E}`),
    reason: "a weekend is the end of an ISO week (1998-W07-WE); without a word, the tense picks it",
    priority: 2,
    build: (m) => {
      const which = group(m, "which").replace(/\s+/g, " ");
      const n = which === "" ? null : which === "this" ? 0 : /last|past/.test(which) ? -1 : 1;
      return (rc) => weekend(rc, n);
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
    id: "year-earlier",
    kind: "date",
    match: re(`${B}(?:(?:a|one)\\s+year\\s+(?:ago|earlier|before)|year[- ](?:earlier|ago)(?=\\s+(?:results?|period|quarter|levels?|figures?|profits?|net|loss|earnings|sales|revenue|income|months)\\b|[,.;]))${E}`),
    reason: "\"a year earlier\" in results news compares with the same period a year before the last one mentioned",
    priority: 4,
    build: () => (rc) => yearEarlier(rc),
  },
  {
    id: "anaphoric-unit",
    kind: "date",
    match: re(`${B}(?:(?<the>the\\s+(?:following|next|previous|preceding|prior|same)|that(?:\\s+same)?|the\\s+same)\\s+(?<unit>day|week|month|year|decade|century)|the\\s+(?<unit2>day|week|month|year)\\s+(?<rel>before|after))${E}`),
    reason: "\"the following year\", \"that day\", \"the day before\" count from the last date mentioned",
    priority: 2,
    build: (m) => {
      const which = group(m, "the");
      const unit = (group(m, "unit") || group(m, "unit2")) as Unit;
      const rel = group(m, "rel");
      // "the next year" in news means next year from the article's date.
      if (/next/.test(which) && unit !== "day") return (rc) => (rc.storyFrame ? anaphor(unit, 1)(rc) : deictic(rc, unit, 1, GRAIN_OF_UNIT[unit]));
      const n = rel === "before" ? -1 : rel === "after" ? 1 : /following|next/.test(which) ? 1 : /previous|preceding|prior/.test(which) ? -1 : 0;
      return anaphor(unit, n);
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
