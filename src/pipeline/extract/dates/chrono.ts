// chrono, wrapped: it finds calendar dates, weekdays and clock times in a paragraph; we drop its
// false matches (filters.ts), trim its spans to what TimeML marks, and compute values ourselves
// from the components it was sure of, so that tense and the article's date decide the rest.
// English text is read by our tuned English parser; text in another language chrono knows is read
// by that language's parser, with the same value rules (a ChronoReading describes each language).
import type { Grain } from "../../../schema/article.js";
import type { ParsedResult } from "../../../nlp/chrono.js";
import { chronoParser } from "../../../nlp/chrono.js";
import type { DayPart, Point } from "./calendar.js";
import { coarsen, dayNumber, dayPoint, formatPoint, shift, weekdayOf } from "./calendar.js";
import type { ChronoFilter, ChronoHit } from "./filters.js";
import { CHRONO_FILTERS } from "./filters.js";
import { CLOCK_TIME as CLOCK } from "./lexicon.js";
import { lastDay, monthDate, monthDayDate, pointValue, unknown, weekdayDate } from "./resolve.js";
import type { Candidate, ResolveContext, Resolved, Resolver } from "./types.js";

/** How one language's chrono results are read: the parser and the words around its findings. */
export interface ChronoReading {
  readonly parser: { parse: (text: string, ref: { instant: Date; timezone: number }, option: { forwardDate: boolean }) => ParsedResult[] };
  /** What makes a number a clock time ("10 p.m.", "14 Uhr"). */
  readonly clock: RegExp;
  readonly filters: readonly ChronoFilter[];
  /** Words chrono keeps in front of a date that TimeML leaves outside ("on Friday" is "Friday"). */
  readonly leading: RegExp;
  /** "last"/"next" before a weekday ("last Friday"), or "". */
  readonly prefixOf: (surface: string) => string;
  /** The part of the day a finding names ("Friday night"), or null. */
  readonly partOf: (r: ParsedResult, surface: string) => DayPart | null;
  /**
   * Is the finding counted from the reference date ("yesterday", "letzte Woche")? `moved` is the
   * same finding read against a reference a long way off, when the reading asks for one.
   */
  readonly relative: (r: ParsedResult, moved: ParsedResult | undefined) => boolean;
  /** Read every paragraph a second time against a moved reference, to tell relative findings. */
  readonly readTwice: boolean;
  /** The grain a relative finding names by its unit word ("letzte Woche" is a week), or null for a day. */
  readonly grainOf: (surface: string) => Grain | null;
  /** A full stop after a word ends the sentence ("le 12 juin."), unless a number follows ("3. Jan. 2024"). */
  readonly dropsSentenceDot: boolean;
}

/** Words chrono keeps in front of a date that TimeML leaves outside ("on Friday" is "Friday"). */
const LEADING_WORDS = /^(?:(?:on|at|in|by|during|from|since|until|till|of|for|around|about|before|after|the)\s+)+/i;
const PREFIX = /^(last|next|this past|past|this|coming)\s+/i;
const DAY_PARTS: ReadonlyArray<readonly [RegExp, DayPart]> = [
  [/\bmorning\b/i, "MO"], [/\bafternoon\b/i, "AF"], [/\bevening\b/i, "EV"], [/\b(?:night|overnight)\b/i, "NI"],
];

/** English: chrono's casual parser as tuned in nlp/chrono.ts. */
export const ENGLISH: ChronoReading = {
  parser: chronoParser,
  clock: CLOCK,
  filters: CHRONO_FILTERS,
  leading: LEADING_WORDS,
  prefixOf: (surface) => (PREFIX.exec(surface)?.[1] ?? "").toLowerCase(),
  partOf: (_, surface) => DAY_PARTS.find(([re]) => re.test(surface))?.[1] ?? null,
  relative: (r) => r.tags().has("parser/ENCasualDateParser"),
  readTwice: false,
  grainOf: () => null,
  // English keeps the dot of "Jan." whatever follows.
  dropsSentenceDot: false,
};

/** Reference instant handed to chrono: noon of the anchor day, so that "yesterday at 5 p.m." lands on the right day. */
function instantOf(p: Point | null): { instant: Date; timezone: number } {
  const y = p?.year ?? 2000, m = p?.month ?? 1, d = p?.day ?? 1;
  const date = new Date(Date.UTC(2000, 0, 1, 12));
  date.setUTCFullYear(y, m - 1, d);
  return { instant: date, timezone: 0 };
}

/** A weekday with its prefix: "last Friday" is never today, "next Friday" never this week's today. */
function weekdayWithPrefix(rc: ResolveContext, weekday: number, prefix: string): Point | null {
  const a = rc.anchor;
  if (!a || a.day === undefined) return null;
  const today = weekdayOf(a.year, a.month ?? 1, a.day);
  if (prefix === "last" || prefix === "past" || prefix === "this past") return shift(dayPoint(a.year, a.month ?? 1, a.day), "day", -((today - weekday + 7) % 7 || 7));
  if (prefix === "next" || prefix === "coming") return shift(dayPoint(a.year, a.month ?? 1, a.day), "day", (weekday - today + 7) % 7 || 7);
  return weekdayDate(rc, weekday);
}

/** The end of a range chrono read inside one expression ("January 29 to 31", "6 a.m. to 9 a.m."), placed after its start. */
function rangeEnd(r: ParsedResult, start: Point): string | null {
  const e = r.end;
  if (!e) return null;
  if (start.grain === "minute" && e.isCertain("hour")) {
    return formatPoint({ ...start, hour: e.get("hour") ?? 0, minute: e.get("minute") ?? 0 });
  }
  if (start.grain !== "day") return null;
  const month = e.get("month") ?? start.month ?? 1;
  const day = e.get("day") ?? 1;
  let year = e.isCertain("year") ? e.get("year") ?? start.year : start.year;
  if (!e.isCertain("year") && dayNumber(year, month, day) < dayNumber(start.year, start.month ?? 1, start.day ?? 1)) year += 1;
  return formatPoint(dayPoint(year, month, day));
}

function resolverOf(reading: ChronoReading, r: ParsedResult, moved: ParsedResult | undefined, surface: string, reference: Point | null, ignoreHour: boolean): Resolver {
  const c = r.start;
  const certain = (k: "year" | "month" | "day" | "weekday" | "hour"): boolean => c.isCertain(k) && !(k === "hour" && ignoreHour);
  const prefix = reading.prefixOf(surface);
  const part = reading.partOf(r, surface);
  const clock = certain("hour") && reading.clock.test(surface);
  const midnight = /\bmidnight\b/i.test(surface);
  const casual = reading.relative(r, moved);
  const relativeGrain = casual ? reading.grainOf(surface) : null;
  const y = c.get("year") ?? 0, m = c.get("month") ?? 1, d = c.get("day") ?? 1, wd = c.get("weekday") ?? 0;
  const chronoDay = dayNumber(y, m, d);
  // chrono counted from instantOf(reference): the same day here, so that the difference is what it counted.
  const referenceDay = dayNumber(reference?.year ?? 2000, reference?.month ?? 1, reference?.day ?? 1);
  return (rc): Resolved | null => {
    let day: Point | null = null;
    let absolute = false;
    /** Month and day written out, not counted from the anchor. */
    const written = certain("month") && certain("day");
    if (casual) {
      day = rc.anchor?.day !== undefined ? shift({ ...rc.anchor, grain: "day" }, "day", chronoDay - referenceDay) : null;
      // "letzte Woche", "nächstes Jahr": a week or a year, not a day.
      if (relativeGrain) return day ? pointValue(coarsen(day, relativeGrain)) : unknown(relativeGrain);
    } else if (certain("year") && certain("month") && certain("day")) {
      day = dayPoint(y, m, d);
      absolute = true;
    } else if (certain("year") && certain("month")) {
      return pointValue({ grain: "month", year: y, month: m }, { absolute: true });
    } else if (certain("month") && certain("day")) {
      day = monthDayDate(rc, m, d, certain("weekday") ? wd : null);
    } else if (certain("month")) {
      const p = monthDate(rc, m);
      return p ? pointValue(p) : unknown("month");
    } else if (certain("weekday")) {
      day = weekdayWithPrefix(rc, wd, prefix);
    } else if (clock) {
      const base = lastDay(rc);
      day = base ? coarsen(base, "day") : null;
    }
    if (clock) {
      if (!day) return { value: null, grain: "minute", type: "time" };
      const hour = midnight ? 24 : c.get("hour") ?? 0;
      const point: Point = { grain: "minute", year: day.year, month: day.month ?? 1, day: day.day ?? 1, hour, minute: midnight ? 0 : c.get("minute") ?? 0 };
      const end = rangeEnd(r, point);
      return { ...pointValue(point, { type: "time", absolute }), ...(end ? { endValue: end } : {}) };
    }
    if (!day) return unknown("day");
    if (part) return { ...pointValue({ grain: "part-of-day", year: day.year, month: day.month ?? 1, day: day.day ?? 1, part }, { type: "time", absolute }), written };
    const point: Point = { grain: "day", year: day.year, month: day.month ?? 1, day: day.day ?? 1 };
    const end = rangeEnd(r, point);
    return { ...pointValue(point, { absolute }), written, ...(end ? { endValue: end } : {}) };
  };
}

/** How far the second reading's reference is moved: far enough that no relative date stays put. */
const MOVED_REFERENCE_DAYS = 1000;

/** chrono's findings in one paragraph (at `offset` in doc.text), filtered and trimmed. */
export function chronoCandidates(text: string, offset: number, reference: Point | null, reading: ChronoReading = ENGLISH): Candidate[] {
  const out: Candidate[] = [];
  const instant = instantOf(reference);
  const parser = reading.parser;
  const movedResults = reading.readTwice
    ? parser.parse(text, { instant: new Date(instant.instant.getTime() + MOVED_REFERENCE_DAYS * 86_400_000), timezone: 0 }, { forwardDate: false })
    : [];
  for (const found of parser.parse(text, instant, { forwardDate: false })) {
    const moved = movedResults.find((m) => m.index === found.index && m.text === found.text);
    let r = found;
    /** Where r.text starts in the paragraph. */
    let at = found.index;
    // "the night of 8-9 February": chrono keeps the night and loses the day; read the day alone.
    const partOf = /^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i.exec(found.text);
    if (partOf) {
      const inner = parser.parse(found.text.slice(partOf[0].length), instant, { forwardDate: false })[0];
      if (!inner) continue;
      r = inner;
      at = found.index + partOf[0].length + inner.index;
    }
    const raw = r.text;
    const lead = /^\s*/.exec(raw)![0].length + (reading.leading.exec(raw.trimStart())?.[0].length ?? 0);
    // Keep the dot of "Jan." but not a full stop after a number.
    let trimmed = raw.slice(lead).replace(/[\s,;:]+$/, "").replace(/(?<=\d)\.$/, "");
    if (trimmed.endsWith(")") && !trimmed.includes("(")) trimmed = trimmed.slice(0, -1).trimEnd();
    if (reading.dropsSentenceDot && /\p{L}\.$/u.test(trimmed) && !/^\s*\d/.test(text.slice(at + lead + trimmed.length))) trimmed = trimmed.slice(0, -1);
    // A bare number glued to a date is not a clock time ("due Jan. 1, 1990 at 1"): keep the date.
    const ignoreHour = r.start.isCertain("hour") && !reading.clock.test(trimmed) && ["month", "day", "weekday"].some((k) => r.start.isCertain(k as "month"));
    let skip = 0;
    if (ignoreHour) {
      trimmed = trimmed.replace(/[\s,]*(?:at\s+)?\d{1,2}(?:[.:]\d{1,2})?$/, "");
      skip = /^\d{1,2}(?:[.:]\d{1,2})?[\s,]*(?:on\s+)?/.exec(trimmed)?.[0].length ?? 0;
      trimmed = trimmed.slice(skip);
      // What is left must still name a month or a weekday ("14 1/2" is a number and a fraction).
      if (!/[A-Za-z]{3}/.test(trimmed)) continue;
    }
    if (!trimmed) continue;
    const hit: ChronoHit = { result: r, text, start: at + lead + skip, end: at + lead + skip + trimmed.length };
    if (reading.filters.some((f) => f.rejects(hit))) continue;
    const surface = text.slice(hit.start, hit.end);
    const timeLike = (r.start.isCertain("hour") && !ignoreHour) || reading.partOf(r, surface) !== null;
    const clockOnly = r.start.isCertain("hour") && !ignoreHour && !["month", "day", "weekday"].some((k) => r.start.isCertain(k as "month"));
    out.push({
      start: offset + hit.start, end: offset + hit.end, rule: "chrono", type: timeLike ? "time" : "date",
      priority: 1, resolve: resolverOf(reading, r, moved, surface, reference, ignoreHour), ...(clockOnly ? { needsDay: true } : {}),
    });
  }
  return out;
}
