// Named days: "Christmas", "Thanksgiving Day", "Easter", "New Year's Eve", "D-Day". Each is a rule
// of the calendar (a fixed day, the nth weekday of a month, a day counted from Easter), placed in
// the year the text gives or the one the tense points at.
import type { Point } from "./calendar.js";
import { dayNumber, dayPoint, daysInMonth, fromDayNumber, weekdayOf } from "./calendar.js";
import { B, E, group, re } from "./pattern.js";
import { direction, pointValue, storyYear, unknown } from "./resolve.js";
import type { PatternRule, ResolveContext, Resolved } from "./types.js";

type DayOfYear = (year: number) => { month: number; day: number };

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
function easter(year: number): { month: number; day: number } {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

function fromEaster(offset: number): DayOfYear {
  return (year) => {
    const e = easter(year);
    const d = fromDayNumber(dayNumber(year, e.month, e.day) + offset);
    return { month: d.month, day: d.day };
  };
}

/** The nth weekday of a month (n = -1 for the last one). */
function nthWeekday(month: number, weekday: number, n: number): DayOfYear {
  return (year) => {
    if (n > 0) {
      const first = weekdayOf(year, month, 1);
      return { month, day: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) };
    }
    const lastDay = daysInMonth(year, month);
    const lastWeekday = weekdayOf(year, month, lastDay);
    return { month, day: lastDay - ((lastWeekday - weekday + 7) % 7) };
  };
}

const fixedDay = (month: number, day: number): DayOfYear => () => ({ month, day });

interface Holiday {
  readonly id: string;
  readonly names: string;
  readonly date: DayOfYear;
}

/** Days that happened once: their year is part of their name. */
const HISTORIC: ReadonlyArray<{ readonly names: string; readonly value: Point }> = [
  { names: "D-Day", value: dayPoint(1944, 6, 6) },
  { names: "V-E\\s+Day|VE\\s+Day|Victory\\s+in\\s+Europe\\s+Day", value: dayPoint(1945, 5, 8) },
  { names: "V-J\\s+Day|VJ\\s+Day", value: dayPoint(1945, 8, 15) },
];

const HOLIDAYS: readonly Holiday[] = [
  { id: "new-years-eve", names: "New\\s+Year['’]s\\s+Eve", date: fixedDay(12, 31) },
  { id: "new-years-day", names: "New\\s+Year['’]s(?:\\s+Day)?", date: fixedDay(1, 1) },
  { id: "christmas-eve", names: "Christmas\\s+Eve", date: fixedDay(12, 24) },
  { id: "christmas", names: "Christmas(?:\\s+Day)?|Xmas", date: fixedDay(12, 25) },
  { id: "boxing-day", names: "Boxing\\s+Day", date: fixedDay(12, 26) },
  { id: "valentines", names: "(?:St\\.?\\s+|Saint\\s+)?Valentine['’]s\\s+Day", date: fixedDay(2, 14) },
  { id: "st-patricks", names: "(?:St\\.?|Saint)\\s+Patrick['’]s\\s+Day", date: fixedDay(3, 17) },
  { id: "independence-day-us", names: "(?:the\\s+)?Fourth\\s+of\\s+July|July\\s+Fourth", date: fixedDay(7, 4) },
  { id: "bastille-day", names: "Bastille\\s+Day", date: fixedDay(7, 14) },
  { id: "halloween", names: "Halloween", date: fixedDay(10, 31) },
  { id: "armistice", names: "(?:Veterans|Veterans['’]|Armistice|Remembrance)\\s+Day", date: fixedDay(11, 11) },
  { id: "may-day", names: "May\\s+Day", date: fixedDay(5, 1) },
  { id: "thanksgiving", names: "Thanksgiving(?:\\s+Day)?", date: nthWeekday(11, 4, 4) },
  { id: "labor-day", names: "Labor\\s+Day", date: nthWeekday(9, 1, 1) },
  { id: "memorial-day", names: "Memorial\\s+Day", date: nthWeekday(5, 1, -1) },
  { id: "mlk-day", names: "Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?\\s+Day", date: nthWeekday(1, 1, 3) },
  { id: "presidents-day", names: "Presidents['’]?\\s+Day", date: nthWeekday(2, 1, 3) },
  { id: "columbus-day", names: "Columbus\\s+Day", date: nthWeekday(10, 1, 2) },
  { id: "mothers-day", names: "Mother['’]s\\s+Day", date: nthWeekday(5, 0, 2) },
  { id: "fathers-day", names: "Father['’]s\\s+Day", date: nthWeekday(6, 0, 3) },
  { id: "election-day", names: "Election\\s+Day", date: (y) => { const m = nthWeekday(11, 1, 1)(y); return { month: 11, day: m.day + 1 }; } },
  { id: "good-friday", names: "Good\\s+Friday", date: fromEaster(-2) },
  { id: "palm-sunday", names: "Palm\\s+Sunday", date: fromEaster(-7) },
  { id: "ash-wednesday", names: "Ash\\s+Wednesday", date: fromEaster(-46) },
  { id: "easter-monday", names: "Easter\\s+Monday", date: fromEaster(1) },
  { id: "easter", names: "Easter(?:\\s+Sunday|\\s+Day)?", date: fromEaster(0) },
  { id: "pentecost", names: "Pentecost|Whit\\s+Sunday", date: fromEaster(49) },
];

/** Days either side of the anchor within which a named day needs no tense to be placed. */
const NEAR_DAYS = 7;

/** How far from the anchor (in days) each reading of a holiday lies. */
function placed(rc: ResolveContext, date: DayOfYear, which: string): Resolved {
  // In a story, the feast of the year the story is at ("The letters of 1917 ... at Easter").
  if (rc.storyFrame && rc.frame && !which) {
    const year = storyYear(rc.frame, date(rc.frame.year).month);
    const d = date(year);
    return pointValue(dayPoint(year, d.month, d.day));
  }
  const a = rc.anchor;
  if (!a) return unknown("day");
  const anchorDay = dayNumber(a.year, a.month ?? 7, a.day ?? 1);
  const options = [a.year - 1, a.year, a.year + 1].map((y) => {
    const d = date(y);
    return { year: y, ...d, delta: dayNumber(y, d.month, d.day) - anchorDay };
  });
  let pick;
  // A feast within a week of the article is that one, whatever the tense ("as Easter week began").
  const near = options.find((o) => Math.abs(o.delta) <= NEAR_DAYS);
  if (!which && near) pick = near;
  else if (which === "last") pick = options.filter((o) => o.delta < 0).pop();
  else if (which === "next") pick = options.find((o) => o.delta > 0);
  else if (which === "this") pick = options[1];
  else {
    const dir = direction(rc);
    const past = options.filter((o) => o.delta <= 0).pop();
    const ahead = options.find((o) => o.delta >= 0);
    pick = dir > 0 ? ahead : dir < 0 ? past : (past && ahead && ahead.delta < -past.delta / 2 ? ahead : past ?? ahead);
  }
  return pick ? pointValue(dayPoint(pick.year, pick.month, pick.day)) : unknown("day");
}

/** One alternation for all named days (a rule per day would scan every paragraph 30 times). */
const NAMES = HOLIDAYS.map((h, i) => `(?<h${i}>${h.names})`).join("|");

export const HOLIDAY_RULES: readonly PatternRule[] = [
  {
    id: "holiday",
    kind: "date",
    match: re(`${B}(?:(?<which>last|this|next|this\\s+past|this\\s+coming)\\s+)?(?:${NAMES})(?:(?:\\s+of|,)?\\s+(?<y>[12]\\d{3}))?${E}`),
    reason: "a named day, placed by its calendar rule (a fixed day, the nth weekday of a month, a day counted from Easter)",
    priority: 2,
    build: (m, text) => {
      const i = HOLIDAYS.findIndex((_, k) => m.groups?.[`h${k}`] !== undefined);
      const h = HOLIDAYS[i];
      const name = m.groups?.[`h${i}`] ?? "";
      // Names start with a capital; "christmas" in lower case is rare enough to be something else.
      if (!h || !/^[A-Z]/.test(name)) return null;
      // "Easter Island", "the Easter Rising" are not the day.
      if (/^\s+(?:Island|Rising|Offensive|Uprising|Parade)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      const y = group(m, "y");
      if (y) return () => pointValue(dayPoint(Number(y), h.date(Number(y)).month, h.date(Number(y)).day), { absolute: true });
      const which = group(m, "which").replace(/^this\s+past$/, "last").replace(/^this\s+coming$/, "next");
      return (rc) => placed(rc, h.date, which);
    },
  },
  {
    id: "historic-day",
    kind: "date",
    match: re(`${B}(?:${HISTORIC.map((h, i) => `(?<d${i}>${h.names})`).join("|")})${E}`),
    reason: "a day of history that carries its own date",
    priority: 2,
    build: (m) => {
      const h = HISTORIC.find((_, k) => m.groups?.[`d${k}`] !== undefined);
      return h ? () => pointValue(h.value, { absolute: true }) : null;
    },
  },
];
