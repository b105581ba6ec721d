// Relative expressions. Deictic ones count from the article's date ("yesterday", "last week",
// "two years ago", "this morning"); anaphoric ones count from the last date the text mentioned
// ("the following year", "that day", "a year earlier").
import type { Grain } from "../../../schema/article.js";
import type { DayPart, Point, Unit } from "./calendar.js";
import { coarsen, dayPoint, GRAIN_RANK, shift, weekdayOf } from "./calendar.js";
import { NUMBER, numberValue, unitOf } from "./lexicon.js";
import { B, E, group, re } from "./pattern.js";
import { deictic, direction, fixed, pointValue, unknown } from "./resolve.js";
import type { PatternRule, ResolveContext, Resolved, Resolver } from "./types.js";

const GRAIN_OF_UNIT: Record<Unit, Grain> = {
  minute: "minute", hour: "hour", day: "day", week: "week", month: "month", quarter: "quarter",
  half: "half", year: "year", decade: "year", century: "year",
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
  else if (direction(rc) > 0 || rc.tense === "present") week = coarsen(day, "week");
  // In the past: the weekend just gone (this week's when the article is written on it).
  else week = today === 0 || today === 6 ? coarsen(day, "week") : shift(coarsen(day, "week"), "week", -1);
  return pointValue({ ...week, weekend: true });
}

const DEICTIC_WORDS: Record<string, number> = {
  this: 0, current: 0, present: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1,
};

export const RELATIVE_RULES: readonly PatternRule[] = [
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
    build: (m) => {
      const which = group(m, "which").replace(/^the\s+/, "").replace(/\s+/g, " ");
      const unit = group(m, "unit") as Unit;
      const n = which === "this past" ? -1 : DEICTIC_WORDS[which] ?? 0;
      return (rc) => deictic(rc, unit, n, GRAIN_OF_UNIT[unit]);
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
    match: re(`${B}(?:(?:nearly|almost|about|around|roughly|some|just|only|more\\s+than|less\\s+than|over|barely)\\s+)?(?<n>${NUMBER}|a|an|a\\s+few|several|a\\s+couple\\s+of|many|some)\\s+(?<unit>minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)(?:\\s+or\\s+so)?\\s+ago${E}`),
    reason: "\"two years ago\" counts back from the article's date, at the grain of its unit",
    priority: 3,
    build: (m) => {
      const raw = group(m, "n");
      const unit = unitOf(group(m, "unit"));
      if (!unit) return null;
      const n = raw === "a" || raw === "an" ? 1 : numberValue(raw);
      if (n === null) return () => fixed("PAST_REF", "unspecified");
      const steps = unit === "decade" ? 10 * n : unit === "century" ? 100 * n : n;
      const stepUnit: Unit = unit === "decade" || unit === "century" ? "year" : unit;
      if (!Number.isInteger(steps)) return null;
      return (rc) => deictic(rc, stepUnit, -steps, GRAIN_OF_UNIT[stepUnit]);
    },
  },
  {
    id: "year-earlier",
    kind: "date",
    match: re(`${B}(?:(?:a|one)\\s+year\\s+(?:ago|earlier|before)|year[- ](?:earlier|ago)(?=\\s+(?:results?|period|quarter|levels?|figures?|profits?|net|loss|earnings|sales|revenue|income|months)\\b|[,.;]))${E}`),
    reason: "\"a year earlier\" in results news compares with the same period a year before the last one mentioned",
    priority: 3,
    build: () => (rc) => {
      const base = rc.last && GRAIN_RANK[rc.last.grain] >= GRAIN_RANK.year ? rc.last : null;
      if (base) return { ...pointValue(shift(base, "year", -1)), anaphoric: true };
      return { ...deictic(rc, "year", -1, "year"), anaphoric: true };
    },
  },
  {
    id: "anaphoric-unit",
    kind: "date",
    match: re(`${B}(?:(?<the>the\\s+(?:following|next|previous|preceding|prior|same)|that(?:\\s+same)?|the\\s+same)\\s+(?<unit>day|week|month|year)|the\\s+(?<unit2>day|week|month|year)\\s+(?<rel>before|after))${E}`),
    reason: "\"the following year\", \"that day\", \"the day before\" count from the last date mentioned",
    priority: 2,
    build: (m) => {
      const which = group(m, "the");
      const unit = (group(m, "unit") || group(m, "unit2")) as Unit;
      const rel = group(m, "rel");
      // "the next year" in news means next year from the article's date.
      if (/next/.test(which) && unit !== "day") return (rc) => deictic(rc, unit, 1, GRAIN_OF_UNIT[unit]);
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
      return (rc) => deictic(rc, unit, 0, GRAIN_OF_UNIT[unit]);
    },
  },
];
