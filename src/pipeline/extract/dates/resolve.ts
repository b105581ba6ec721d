// From meaning to value: the shared steps of normalisation. Relative expressions count from the
// anchor; underspecified ones (a weekday, a month without its year) pick the occurrence that the
// tense points at, with the past preferred, as news reports mostly what happened.
import type { DateType, Grain } from "../../../schema/article.js";
import type { Point, Unit } from "./calendar.js";
import { coarsen, dayNumber, dayPoint, daysInMonth, formatPoint, fromDayNumber, GRAIN_RANK, shift, weekdayOf } from "./calendar.js";
import type { ResolveContext, Resolved, Tense } from "./types.js";

/** A resolved calendar point. */
export function pointValue(point: Point, extra: { absolute?: boolean; type?: DateType } = {}): Resolved {
  return { value: formatPoint(point), grain: point.grain, point, ...extra };
}

/** A value that depends on nothing (a duration, a set, PRESENT_REF ...). */
export function fixed(value: string, grain: Grain, type?: DateType): Resolved {
  return type ? { value, grain, type } : { value, grain };
}

/** A relative expression whose anchor is unknown: found, but without a value we could trust. */
export function unknown(grain: Grain): Resolved {
  return { value: null, grain };
}

/** Which way an underspecified date goes: -1 the past occurrence, +1 the coming one, 0 the nearest. */
export function direction(rc: ResolveContext): -1 | 0 | 1 {
  if (rc.cue === "ahead") return 1;
  if (rc.cue === "future" && rc.tense !== "past") return 1;
  if (rc.cue === "past") return -1;
  return tenseDirection(rc.tense);
}

function tenseDirection(t: Tense): -1 | 0 | 1 {
  switch (t) {
    case "past": return -1;
    case "future": return 1;
    case "present": return 0;
    case "none": return 0;
  }
}

/** The anchor moved n units, seen at `grain` ("last year" from 1998-02-13 is 1997). */
export function deictic(rc: ResolveContext, unit: Unit, n: number, grain: Grain, extra: { type?: DateType } = {}): Resolved {
  // An anchor known only to the year cannot place "last week".
  if (!rc.anchor || GRAIN_RANK[rc.anchor.grain] < Math.min(GRAIN_RANK[grain], GRAIN_RANK.day)) return unknown(grain);
  // "two hours ago" from an article dated to the day only: counting hours back from its midnight
  // would land on the day before; a few hours before (or after) the article is its own day.
  if ((unit === "hour" || unit === "minute") && rc.anchor.hour === undefined) return pointValue(coarsen(rc.anchor, "day"), extra);
  return pointValue(coarsen(shift(rc.anchor, unit, n), grain), extra);
}

/**
 * "The end of the year", "the next year" in a history: counted from the year the story is at,
 * not from the article's date; in news, from the article's date.
 */
export function storyDeictic(rc: ResolveContext, unit: Unit, n: number, grain: Grain): Resolved {
  if (rc.storyFrame && rc.frame) return pointValue(coarsen(shift(rc.frame, unit, n), grain));
  return deictic(rc, unit, n, grain);
}

/** Where an underspecified date is placed: the story's date when there is one, else the article's. */
export function frame(rc: ResolveContext): Point | null {
  return rc.frame;
}

/** The month a point lies in, or about (a season's middle month, a quarter's); undefined for a year. */
function monthOfPoint(p: Point): number | undefined {
  if (p.month !== undefined) return p.month;
  if (p.season !== undefined) return { SP: 4, SU: 7, FA: 10, WI: 12 }[p.season];
  if (p.quarter !== undefined) return p.quarter * 3 - 1;
  return undefined;
}

/**
 * An undated month in a story lies in the year of the story's last date, unless it lies just
 * across the turn of the year ("on 3 December 1943 ... until mid-January": 1944; "in mid-January
 * ... on Christmas Day": the Christmas before). How many months across the turn that reach covers:
 */
const STORY_YEAR_TURN = 2;

/** The year of an undated month in a story framed by `a`; `ahead` when a word points forward ("until"). */
export function storyYear(a: Point, month: number, ahead = false): number {
  const at = monthOfPoint(a);
  if (at === undefined) return a.year;
  if (month < at && month + 12 - at <= STORY_YEAR_TURN) return a.year + 1;
  if (!ahead && month > at && at + 12 - month <= STORY_YEAR_TURN) return a.year - 1;
  return a.year;
}

/**
 * How much a date on the side the tense rules out costs, per unit of distance, against one on the
 * side it points to: a past-tense sentence may still name a date a few days ahead ("extended the
 * offer to Nov. 20"), hardly a month ahead.
 */
const AGAINST_TENSE: Record<"day" | "month", number> = { day: 6, month: 12 };
/** Without a verb, news looks back: a date ahead costs this much more than one as far behind. */
const UNTENSED_AHEAD: Record<"day" | "month", number> = { day: 2, month: 3 };

/** In the present tense, a date ahead costs this much more than one as far behind. */
const PRESENT_AHEAD = 1.25;

/** The cost of placing a date `delta` units from the anchor when the tense points `dir`. */
function cost(delta: number, dir: -1 | 0 | 1, unit: "day" | "month", present: boolean): number {
  if (dir < 0) return delta > 0 ? delta * AGAINST_TENSE[unit] : -delta;
  if (dir > 0) return delta < 0 ? -delta * AGAINST_TENSE[unit] : delta;
  // The present tense ("meet Monday", "is expected in December") looks either way: the nearest
  // wins, and of two about as far, the past.
  if (present) return delta > 0 ? delta * PRESENT_AHEAD : -delta;
  return delta > 0 ? delta * UNTENSED_AHEAD[unit] : -delta;
}

/** The option with the lowest cost; ties go to the earlier one. */
function cheapest<T>(options: ReadonlyArray<{ readonly item: T; readonly delta: number }>, rc: ResolveContext, unit: "day" | "month"): T | null {
  let best: T | null = null;
  let bestCost = Infinity;
  const dir = direction(rc);
  // "effective Feb. 1", "postponed until Tuesday": the date lies ahead, whatever the tense.
  const ahead = options.filter((o) => o.delta >= 0);
  for (const o of rc.cue === "ahead" && ahead.length > 0 ? ahead : options) {
    const c = cost(o.delta, dir, unit, rc.tense === "present");
    if (c < bestCost) { bestCost = c; best = o.item; }
  }
  return best;
}

/** A weekday without a date: the one the tense points at, counted from the anchor day. */
export function weekdayDate(rc: ResolveContext, weekday: number): Point | null {
  const a = rc.anchor;
  if (!a || a.day === undefined) return null;
  const today = weekdayOf(a.year, a.month ?? 1, a.day);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  const delta = cheapest([{ item: -back, delta: -back }, { item: ahead, delta: ahead }], rc, "day") ?? -back;
  return coarsen(shift(a, "day", delta), "day");
}

/** A month without its year: the occurrence the tense points at (the same month counts as both). */
export function monthDate(rc: ResolveContext, month: number): Point | null {
  const a = frame(rc);
  if (!a) return null;
  if (rc.storyFrame) return { grain: "month", year: storyYear(a, month, rc.cue !== null && rc.cue !== "past"), month };
  const current = a.month ?? (a.grain === "year" ? month : 1);
  const options = [a.year - 1, a.year, a.year + 1].map((y) => ({ item: y, delta: (y - a.year) * 12 + month - current }));
  return { grain: "month", year: cheapest(options, rc, "month") ?? a.year, month };
}

/** A day of a month without its year ("Jan. 31"); a weekday written with it picks the year. */
export function monthDayDate(rc: ResolveContext, month: number, day: number, weekday: number | null): Point | null {
  const a = frame(rc);
  if (!a) return null;
  const years = [a.year - 1, a.year, a.year + 1].filter((y) => day <= daysInMonth(y, month));
  const anchorDay = dayNumber(a.year, a.month ?? month, a.day ?? (a.month === undefined ? day : 15));
  if (weekday !== null) {
    const fit = years.filter((y) => weekdayOf(y, month, day) === weekday);
    fit.sort((x, y) => Math.abs(dayNumber(x, month, day) - anchorDay) - Math.abs(dayNumber(y, month, day) - anchorDay));
    if (fit[0] !== undefined) return dayPoint(fit[0], month, day);
  }
  if (rc.storyFrame) return dayPoint(storyYear(a, month, rc.cue !== null && rc.cue !== "past"), month, day);
  const options = years.map((y) => ({ item: y, delta: dayNumber(y, month, day) - anchorDay }));
  return dayPoint(cheapest(options, rc, "day") ?? a.year, month, day);
}

/** The day a clock time or a part of the day belongs to: the last day the text named, else the anchor's. */
export function lastDay(rc: ResolveContext): Point | null {
  if (rc.timeDay) return rc.timeDay;
  const anchor = rc.anchor?.day !== undefined ? rc.anchor : null;
  if (rc.last?.day === undefined) return anchor;
  // The day of the story: one named in the same paragraph, or near the article's date (a deadline
  // weeks away, named paragraphs before, is not where a bare "10:30 a.m." happens).
  if (!anchor || rc.storyFrame || rc.lastInParagraph === rc.last) return rc.last;
  const distance = Math.abs(dayNumber(rc.last.year, rc.last.month ?? 1, rc.last.day) - dayNumber(anchor.year, anchor.month ?? 1, anchor.day ?? 1));
  return distance <= STORY_DAY_REACH ? rc.last : anchor;
}

/** How many days from the article's date the day of a bare clock time may lie. */
const STORY_DAY_REACH = 7;

/** A day number back into a day point. */
export function dayOf(n: number): Point {
  const d = fromDayNumber(n);
  return dayPoint(d.year, d.month, d.day);
}
