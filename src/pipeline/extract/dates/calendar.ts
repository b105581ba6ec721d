// Calendar points and their TimeML values. A point is a position on the calendar at some grain
// ("1998", "1998-Q3", "1998-W07", "1998-02-13T14:00"); relative expressions move points by whole
// units, and anaphora ("the following year", "a year earlier") start from the last point mentioned.
// All arithmetic is in UTC days: no clock, no time zone.
import type { Grain } from "../../../schema/article.js";

export type Season = "SP" | "SU" | "FA" | "WI";
export type DayPart = "MO" | "AF" | "EV" | "NI" | "DT";

export interface Point {
  readonly grain: Grain;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly quarter?: number;
  readonly half?: number;
  readonly season?: Season;
  /** ISO week number; `year` is then the ISO week-numbering year. */
  readonly week?: number;
  readonly weekend?: boolean;
  readonly part?: DayPart;
  readonly hour?: number;
  readonly minute?: number;
}

/** The units that expressions shift by or measure with. */
export type Unit = "minute" | "hour" | "day" | "week" | "month" | "quarter" | "half" | "year" | "decade" | "century";

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, "0");

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day (month 1-12). Works for any year, BC included. */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return Math.round(d.getTime() / DAY_MS);
}

export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return ((dayNumber(year, month, day) % 7) + 7 + 4) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumber(year, month, 1);
}

/** ISO 8601 week: the week with the year's first Thursday is week 1; weeks start on Monday. */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const n = dayNumber(year, month, day);
  const dow = (weekdayOf(year, month, day) + 6) % 7; // Monday 0
  const thursday = fromDayNumber(n - dow + 3);
  const firstThursday = dayNumber(thursday.year, 1, 1);
  return { year: thursday.year, week: Math.floor((n - dow + 3 - firstThursday) / 7) + 1 };
}

/** The Monday of an ISO week, as a day number. */
function mondayOfIsoWeek(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  const dow = (weekdayOf(year, 1, 4) + 6) % 7;
  return jan4 - dow + (week - 1) * 7;
}

export function dayPoint(year: number, month: number, day: number): Point {
  return { grain: "day", year, month, day };
}

export function weekPoint(year: number, month: number, day: number): Point {
  const w = isoWeek(year, month, day);
  return { grain: "week", year: w.year, week: w.week };
}

/** The first day a point covers (a day number), for comparing points of any grain. */
export function firstDay(p: Point): number {
  switch (p.grain) {
    case "millennium": return dayNumber(Math.floor(p.year / 1000) * 1000, 1, 1);
    case "century": return dayNumber(Math.floor(p.year / 100) * 100, 1, 1);
    case "decade": return dayNumber(Math.floor(p.year / 10) * 10, 1, 1);
    case "half": return dayNumber(p.year, ((p.half ?? 1) - 1) * 6 + 1, 1);
    case "quarter": return dayNumber(p.year, ((p.quarter ?? 1) - 1) * 3 + 1, 1);
    case "season": return dayNumber(p.year, SEASON_START[p.season ?? "SP"], 21);
    case "week": return mondayOfIsoWeek(p.year, p.week ?? 1) + (p.weekend ? 5 : 0);
    case "month": return dayNumber(p.year, p.month ?? 1, 1);
    case "year": case "unspecified": return dayNumber(p.year, 1, 1);
    default: return dayNumber(p.year, p.month ?? 1, p.day ?? 1);
  }
}

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The TimeML value of a point. Years are kept astronomically (1 BC is year 0, 44 BC is -43) so
 * that arithmetic crosses the era; values write them as historians do: 44 BC is BC0044, the 5th
 * century BC (500-401 BC) is BC04.
 */
export function formatPoint(p: Point): string {
  const bc = p.year <= 0 ? 1 - p.year : 0;
  const y = bc ? `BC${pad(bc, 4)}` : pad(p.year, 4);
  switch (p.grain) {
    case "millennium": return bc ? `BC${Math.floor((bc - 1) / 1000)}` : String(Math.floor(p.year / 1000));
    case "century": return bc ? `BC${pad(Math.floor((bc - 1) / 100), 2)}` : pad(Math.floor(p.year / 100), 2);
    case "decade": return bc ? `BC${pad(Math.floor(bc / 10), 3)}` : pad(Math.floor(p.year / 10), 3);
    case "year": case "unspecified": return y;
    case "half": return `${y}-H${p.half ?? "X"}`;
    case "quarter": return `${y}-Q${p.quarter ?? "X"}`;
    case "season": return `${y}-${p.season ?? "XX"}`;
    case "month": return `${y}-${pad(p.month ?? 1)}`;
    case "week": return `${y}-W${pad(p.week ?? 1)}${p.weekend ? "-WE" : ""}`;
    case "day": return `${y}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
    case "part-of-day": return `${y}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}T${p.part ?? "DT"}`;
    case "hour": case "minute": case "second":
      return `${y}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}T${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}`;
  }
}

function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const total = year * 12 + (month - 1) + n;
  return { year: Math.floor(total / 12), month: (((total % 12) + 12) % 12) + 1 };
}

/** The point `n` units away, at the point's own grain (or the unit's, when the point is finer). */
export function shift(p: Point, unit: Unit, n: number): Point {
  if (n === 0) return p;
  switch (unit) {
    case "minute": case "hour": {
      const minutes = (p.hour ?? 0) * 60 + (p.minute ?? 0) + n * (unit === "hour" ? 60 : 1);
      const days = Math.floor(minutes / 1440);
      const d = fromDayNumber(dayNumber(p.year, p.month ?? 1, p.day ?? 1) + days);
      const rest = minutes - days * 1440;
      return { ...p, ...d, hour: Math.floor(rest / 60), minute: rest % 60 };
    }
    case "day": {
      if (p.grain === "week") return shift(p, "week", Math.trunc(n / 7));
      const d = fromDayNumber(dayNumber(p.year, p.month ?? 1, p.day ?? 1) + n);
      return { ...p, ...d };
    }
    case "week": {
      if (p.grain === "week") {
        const d = fromDayNumber(mondayOfIsoWeek(p.year, p.week ?? 1) + 7 * n);
        const w = isoWeek(d.year, d.month, d.day);
        return { ...p, year: w.year, week: w.week };
      }
      return shift(p, "day", 7 * n);
    }
    case "month": {
      if (p.grain === "quarter" && n % 3 === 0) return shift(p, "quarter", n / 3);
      if (p.grain === "year" || p.grain === "decade" || p.grain === "century") return shift(p, "year", Math.trunc(n / 12));
      const m = addMonths(p.year, p.month ?? 1, n);
      const day = p.day === undefined ? undefined : Math.min(p.day, daysInMonth(m.year, m.month));
      return day === undefined ? { ...p, ...m } : { ...p, ...m, day };
    }
    case "quarter": {
      if (p.grain === "quarter") {
        const total = p.year * 4 + ((p.quarter ?? 1) - 1) + n;
        return { ...p, year: Math.floor(total / 4), quarter: (((total % 4) + 4) % 4) + 1 };
      }
      return shift(p, "month", 3 * n);
    }
    case "half": {
      if (p.grain === "half") {
        const total = p.year * 2 + ((p.half ?? 1) - 1) + n;
        return { ...p, year: Math.floor(total / 2), half: (((total % 2) + 2) % 2) + 1 };
      }
      return shift(p, "month", 6 * n);
    }
    case "year": {
      if (p.grain === "week") {
        // The same ISO week a year away; week 53 exists only in some years.
        return { ...p, year: p.year + n, week: Math.min(p.week ?? 1, 52) };
      }
      if (p.day !== undefined && p.month === 2 && p.day === 29) return { ...p, year: p.year + n, day: 28 };
      return { ...p, year: p.year + n };
    }
    case "decade": return { ...p, year: p.year + 10 * n };
    case "century": return { ...p, year: p.year + 100 * n };
  }
}

/** The same moment seen at a coarser grain: the day of a time, the year of a month ... */
export function coarsen(p: Point, grain: Grain): Point {
  const base = { year: p.year };
  switch (grain) {
    case "millennium": case "century": case "decade": case "year": return { grain, ...base };
    case "half": return { grain, ...base, half: p.half ?? (p.month !== undefined ? (p.month <= 6 ? 1 : 2) : p.quarter !== undefined ? (p.quarter <= 2 ? 1 : 2) : 1) };
    case "quarter": return { grain, ...base, quarter: p.quarter ?? (p.month !== undefined ? Math.floor((p.month - 1) / 3) + 1 : 1) };
    case "month": return { grain, ...base, month: p.month ?? 1 };
    case "week": {
      if (p.grain === "week") return { grain, year: p.year, ...(p.week !== undefined ? { week: p.week } : {}) };
      const w = isoWeek(p.year, p.month ?? 1, p.day ?? 1);
      return { grain, year: w.year, week: w.week };
    }
    case "day": return { grain, year: p.year, month: p.month ?? 1, day: p.day ?? 1 };
    default: return p;
  }
}

/** Grain order, coarse to fine, for "is this point finer than that one". */
export const GRAIN_RANK: Record<Grain, number> = {
  millennium: 0, century: 1, decade: 2, year: 3, half: 4, quarter: 5, season: 5, month: 6, week: 7,
  day: 8, "part-of-day": 9, hour: 10, minute: 11, second: 12, unspecified: 3,
};

/** The grain of a point that is a whole number of units ("last week" is a week). */
export const GRAIN_OF_UNIT: Record<Unit, Grain> = {
  minute: "minute", hour: "hour", day: "day", week: "week", month: "month", quarter: "quarter",
  half: "half", year: "year", decade: "decade", century: "century",
};

/** The unit that measures one step of a grain. */
export function unitOfGrain(g: Grain): Unit {
  switch (g) {
    case "century": case "millennium": return "century";
    case "decade": return "decade";
    case "half": return "half";
    case "quarter": return "quarter";
    case "month": case "season": return "month";
    case "week": return "week";
    case "day": case "part-of-day": return "day";
    case "hour": case "minute": case "second": return "hour";
    default: return "year";
  }
}

/** Parse an ISO date (YYYY-MM-DD, optionally followed by a time) into a day point. */
export function parseIsoDay(iso: string | null): Point | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const year = Number(m[1]), month = Number(m[2]), day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayPoint(year, month, day);
}
