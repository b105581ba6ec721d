// Days and parts of days: "today", "yesterday morning", "last night", "Friday night", "the next
// morning", "the weekend", "later in the day". TimeML writes a part of a day as a suffix of the
// day (2026-01-30TNI) and a weekend as the end of an ISO week (2026-W05-WE).
import type { DayPart, Point, Unit } from "./calendar.js";
import { coarsen, dayPoint, GRAIN_OF_UNIT, shift, weekdayOf } from "./calendar.js";
import { WEEKDAYS } from "./lexicon.js";
import { B, E, group, re } from "./pattern.js";
import { direction, fixed, lastDay, pointValue, storyDeictic, unknown, weekdayDate } from "./resolve.js";
import type { PatternRule, ResolveContext, Resolved } from "./types.js";

/** Is `at` inside a quotation of its paragraph (after an odd number of quotation marks)? */
function insideQuotation(text: string, at: number): boolean {
  return ((text.slice(0, at).match(/["“”]/g) ?? []).length % 2) === 1;
}

const PARTS: Record<string, DayPart> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", tonight: "NI" };

/** The last day the text named, for anaphora ("that morning"). */
function lastNamedDay(rc: ResolveContext): Point | null {
  for (let i = rc.history.length - 1; i >= 0; i--) if (rc.history[i]!.day !== undefined) return rc.history[i]!;
  return null;
}

function dayShift(rc: ResolveContext, n: number, part: DayPart | null): Resolved {
  // Without a date of its own, a text (a diary, a letter quoted in a history) counts "yesterday"
  // from the last day it wrote as a date.
  const base = rc.dct ?? rc.lastWrittenDay;
  if (!base || base.day === undefined) return unknown(part ? "part-of-day" : "day");
  const d = shift(coarsen(base, "day"), "day", n);
  const r = part ? pointValue({ ...d, grain: "part-of-day", part }, { type: "time" }) : pointValue(d);
  // Counted from a day of the text, it does not move the text on: "Yesterday ... Today" count from the same day.
  return rc.dct ? r : { ...r, anaphoric: true };
}

/** The day a part of the day belongs to: the last day named in the paragraph, else the article's. */
function partOfLastDay(rc: ResolveContext, part: DayPart, n = 0, anaphoric = false): Resolved {
  const base = (anaphoric ? lastNamedDay(rc) : null) ?? lastDay(rc);
  if (!base) return unknown("part-of-day");
  const d = shift(coarsen(base, "day"), "day", n);
  return pointValue({ ...d, grain: "part-of-day", part }, { type: "time" });
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

export const DAY_RULES: readonly PatternRule[] = [
  {
    id: "clock-utc",
    kind: "time",
    match: re(`${B}(?<h>[01]\\d|2[0-3])(?<m>[0-5]\\d)\\s*(?:GMT|UTC|Z)(?![A-Za-z])`),
    reason: "\"0900 GMT\": a clock time in the four digits of wire copy",
    priority: 1,
    needsDay: true,
    build: (m) => {
      const hour = Number(group(m, "h")), minute = Number(group(m, "m"));
      return (rc) => {
        const day = lastDay(rc);
        return day ? pointValue({ ...coarsen(day, "day"), grain: "minute", hour, minute }, { type: "time" }) : { value: null, grain: "minute", type: "time" };
      };
    },
  },
  {
    id: "today",
    kind: "date",
    match: re(`${B}(?<w>today|yesterday|tomorrow|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)(?:\\s+(?<part>morning|afternoon|evening|night))?${E}`),
    reason: "the article's day and its neighbours",
    priority: 2,
    build: (m, text) => {
      const w = group(m, "w").replace(/\s+/g, " ");
      const n = w === "today" ? 0 : w === "yesterday" ? -1 : w === "tomorrow" ? 1 : w.includes("before") ? -2 : 2;
      const part = PARTS[group(m, "part")] ?? null;
      const quoted = insideQuotation(text, m.index);
      // "Today the fortress is a museum": in a history, outside quoted words, the present of the writer.
      return (rc) => (rc.narrative && n === 0 && !part && !quoted && rc.tense === "present" ? fixed("PRESENT_REF", "unspecified") : dayShift(rc, n, part));
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
    id: "weekday-part",
    kind: "time",
    match: re(`${B}(?<wd>sunday|monday|tuesday|wednesday|thursday|friday|saturday)\\s+(?<part>morning|afternoon|evening|night)${E}`),
    reason: "\"Friday night\": a part of a weekday, placed like the weekday",
    priority: 2,
    build: (m) => {
      const wd = WEEKDAYS.indexOf(group(m, "wd"));
      const part = PARTS[group(m, "part")]!;
      return (rc) => {
        const d = weekdayDate(rc, wd);
        return d ? pointValue({ ...d, grain: "part-of-day", part }, { type: "time" }) : unknown("part-of-day");
      };
    },
  },
  {
    id: "part-of-day",
    kind: "time",
    match: re(`${B}(?:(?:mid|early|late)[- ]?(?<part>morning|afternoon|evening)|midmorning|midafternoon)${E}|(?<=\\b(?:in|during|by|until|till)\\s+)(?<span>the\\s+(?<part2>morning|afternoon|evening))${E}(?!\\s+(?:of|news|paper|session|show|edition|newspaper)\\b)`),
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
      return (rc) => partOfLastDay(rc, part, n, true);
    },
  },
  {
    id: "previous-weekday",
    kind: "date",
    match: re(`${B}the\\s+(?<which>previous|preceding|prior|following|next)\\s+(?<wd>sunday|monday|tuesday|wednesday|thursday|friday|saturday)${E}`),
    reason: "\"the previous Friday\" is the Friday before the last day mentioned",
    priority: 2,
    build: (m) => {
      const wd = WEEKDAYS.indexOf(group(m, "wd"));
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
    id: "in-the-day",
    kind: "date",
    match: re(`(?<=\\b(?:earlier|later|early|late)\\s+in\\s+)(?<span>the\\s+(?<unit>day|week|month|year))${E}(?!['’]s)`),
    reason: "\"later in the day\": the article's day, week, month or year",
    priority: 1,
    build: (m) => {
      const unit = group(m, "unit") as Unit;
      return (rc) => storyDeictic(rc, unit, 0, GRAIN_OF_UNIT[unit]);
    },
  },
];
