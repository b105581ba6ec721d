// From meaning to value: the shared steps of normalisation. Relative expressions count from the
// anchor; underspecified ones (a weekday, a month without its year) pick the occurrence that the
// tense points at, with the past preferred, as news reports mostly what happened.
import type { DateType, Grain } from "../../../schema/article.js";
import type { Point, Unit } from "./calendar.js";
import { coarsen, dayNumber, dayPoint, daysInMonth, formatPoint, fromDayNumber, shift, weekdayOf } from "./calendar.js";
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
  if (!rc.anchor) return unknown(grain);
  return pointValue(coarsen(shift(rc.anchor, unit, n), grain), extra);
}

/** Where an underspecified date is placed: the story's last written date in narrative text, else the article's date. */
export function frame(rc: ResolveContext): Point | null {
  if (rc.narrative && rc.lastAbsolute) return rc.lastAbsolute;
  return rc.anchor;
}

/** How many days either side of the anchor a day without its year may lie when there is no tense. */
const NEAREST_DAY_WINDOW = 183;

/** A weekday without a date: the one the tense points at, counted from the anchor day. */
export function weekdayDate(rc: ResolveContext, weekday: number): Point | null {
  const a = rc.anchor;
  if (!a || a.day === undefined) return null;
  const today = weekdayOf(a.year, a.month ?? 1, a.day);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  const dir = direction(rc);
  const delta = dir > 0 ? ahead : dir < 0 ? -back : back <= ahead ? -back : ahead;
  return coarsen(shift(a, "day", delta), "day");
}

/** A month without its year: the occurrence the tense points at (the same month counts as both). */
export function monthDate(rc: ResolveContext, month: number): Point | null {
  const a = frame(rc);
  if (!a) return null;
  if (rc.narrative && rc.lastAbsolute === a) return { grain: "month", year: a.year, month };
  const current = a.month ?? 1;
  const dir = direction(rc);
  let year = a.year;
  if (dir < 0 && month > current) year -= 1;
  else if (dir > 0 && month < current) year += 1;
  else if (dir === 0) {
    // Nearest occurrence, ties to the past.
    const diff = month - current;
    if (diff > 6) year -= 1;
    else if (diff < -6) year += 1;
  }
  return { grain: "month", year, month };
}

/** A day of a month without its year ("Jan. 31"); a weekday written with it picks the year. */
export function monthDayDate(rc: ResolveContext, month: number, day: number, weekday: number | null): Point | null {
  const a = frame(rc);
  if (!a) return null;
  const candidates = [a.year - 1, a.year, a.year + 1].filter((y) => day <= daysInMonth(y, month));
  if (weekday !== null) {
    const fit = candidates.filter((y) => weekdayOf(y, month, day) === weekday);
    const anchorDay = dayNumber(a.year, a.month ?? 1, a.day ?? 1);
    fit.sort((x, y) => Math.abs(dayNumber(x, month, day) - anchorDay) - Math.abs(dayNumber(y, month, day) - anchorDay));
    if (fit[0] !== undefined) return dayPoint(fit[0], month, day);
  }
  if (rc.narrative && rc.lastAbsolute === a) return dayPoint(a.year, month, day);
  const anchorDay = dayNumber(a.year, a.month ?? 1, a.day ?? (a.grain === "year" ? 1 : 15));
  const dir = direction(rc);
  let best: number | null = null;
  let bestScore = Infinity;
  for (const y of candidates) {
    const delta = dayNumber(y, month, day) - anchorDay;
    if (dir < 0 && delta > 0) continue;
    if (dir > 0 && delta < 0) continue;
    if (dir === 0 && Math.abs(delta) > NEAREST_DAY_WINDOW) continue;
    // Without tense, the past is preferred: a day a week ahead counts like two weeks back.
    const score = delta > 0 && dir === 0 ? delta * 2 : Math.abs(delta);
    if (score < bestScore) { bestScore = score; best = y; }
  }
  if (best === null) best = a.year;
  return dayPoint(best, month, day);
}

/** A day number back into a day point. */
export function dayOf(n: number): Point {
  const d = fromDayNumber(n);
  return dayPoint(d.year, d.month, d.day);
}
