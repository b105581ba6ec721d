// Anaphora: expressions that count from the last date the text mentioned rather than from the
// article's date: "the following year", "that day", "the day before", "a year earlier" (which in
// results news compares with the quarter under report).
import type { Grain } from "../../../schema/article.js";
import type { Point, Unit } from "./calendar.js";
import { coarsen, GRAIN_OF_UNIT, GRAIN_RANK, shift } from "./calendar.js";
import { MONTH_NAME, monthOf, NUMBER, numberValue, unitOf } from "./lexicon.js";
import { B, E, group, re } from "./pattern.js";
import { reportedQuarter } from "./quarters.js";
import { deictic, pointValue, unknown } from "./resolve.js";
import type { PatternRule, ResolveContext, Resolved, Resolver } from "./types.js";

/** The point an anaphor counts from: the last date mentioned, seen at the grain it needs. */
function anaphorBase(rc: ResolveContext, grain: Grain): Point | null {
  const base = rc.last ?? rc.anchor;
  if (!base) return null;
  // "the following day" after "1990" cannot be placed.
  if (GRAIN_RANK[base.grain] < GRAIN_RANK[grain] && !(grain === "week" && base.grain === "month")) return rc.anchor ? coarsen(rc.anchor, grain) : null;
  return coarsen(base, grain);
}

/** The last date mentioned moved by n units. */
export function anaphor(unit: Unit, n: number): Resolver {
  const grain = GRAIN_OF_UNIT[unit];
  return (rc) => {
    const base = anaphorBase(rc, grain);
    return base ? pointValue(shift(base, unit, n)) : unknown(grain);
  };
}

/** "A year earlier" compares with the period under report: the quarter results news is about, else the last date. */
export function yearEarlier(rc: ResolveContext): Resolved {
  const quarter = rc.history.some((p) => p.grain === "quarter") ? reportedQuarter(rc) : null;
  const base = quarter ?? (rc.last && GRAIN_RANK[rc.last.grain] >= GRAIN_RANK.year ? rc.last : null);
  if (base) return { ...pointValue(shift(base, "year", -1)), anaphoric: true };
  return { ...deictic(rc, "year", -1, "year"), anaphoric: true };
}

/**
 * "two days after the battle", "a year before being exchanged", "a week before he left" count from
 * an event, not from the last date: the amount alone is marked. Only "a year before" at the end of
 * its clause looks back from the last date.
 */
function beforeEvent(text: string, end: number): boolean {
  return !/^(?:\s*(?:[,.;:)!?—–-]|$)|\s+(?:and|but)\b)/i.test(text.slice(end, end + 8));
}

/** "compared with $3 million last year": a comparison of results, not a statement about last year. */
export const COMPARISON = /\b(?:compared\s+with|compared\s+to|versus|vs\.?)\b[^.;:,]*$/i;

/**
 * Read only in narrative text: there "two days later" places an event on the calendar of the
 * story (as TIMEX2 annotations of history have it); news, as TimeBank, marks the duration alone.
 */
export const NARRATIVE_RULES: readonly PatternRule[] = [
  {
    id: "offset-later",
    kind: "date",
    match: re(`${B}(?<n>${NUMBER}|a|an|one)\\s+(?<unit>days?|weeks?|months?|years?|decades?)\\s+(?<dir>later|earlier|afterwards?|after\\s+that|before\\s+that|before|after)${E}`),
    reason: "\"two days later\", \"a year earlier\" in a history: the last date mentioned moved by that much",
    priority: 4,
    build: (m, text) => {
      const raw = group(m, "n");
      const unit = unitOf(group(m, "unit"));
      const n = /^(?:a|an|one)$/.test(raw) ? 1 : numberValue(raw);
      if (!unit || n === null || !Number.isInteger(n)) return null;
      if (/^(?:before|after)$/.test(group(m, "dir")) && beforeEvent(text, m.index + m[0].length)) return null;
      const steps = unit === "decade" ? 10 * n : n;
      const stepUnit: Unit = unit === "decade" ? "year" : unit;
      const sign = /earlier|before/.test(group(m, "dir")) ? -1 : 1;
      return anaphor(stepUnit, sign * steps);
    },
  },
];

export const ANAPHORA_RULES: readonly PatternRule[] = [
  {
    id: "month-anaphoric",
    kind: "date",
    match: re(`${B}(?<which>the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding|that)\\s+(?<mo>${MONTH_NAME})${E}`),
    reason: "\"the following March\": the first March after the last date mentioned (\"that March\": in its year)",
    priority: 3,
    build: (m) => {
      const month = monthOf(group(m, "mo"));
      if (month === null) return null;
      const which = group(m, "which");
      return (rc) => {
        const base = rc.last ?? rc.anchor;
        if (!base) return unknown("month");
        const at = base.month ?? (which === "that" ? month : 0);
        let year = base.year;
        if (/following|next/.test(which) && month <= at) year += 1;
        if (/previous|preceding/.test(which) && month >= at) year -= 1;
        return pointValue({ grain: "month", year, month });
      };
    },
  },
  {
    id: "year-earlier",
    kind: "date",
    match: re(`${B}(?:(?:a|one)\\s+year\\s+(?:ago|earlier|before)|year[- ](?:earlier|ago)(?=\\s+(?:results?|period|quarter|levels?|figures?|profits?|net|loss|earnings|sales|revenue|income|months)\\b|[,.;]))${E}`),
    reason: "\"a year earlier\" in results news compares with the same period a year before the last one mentioned",
    priority: 4,
    build: (m, text) => (/before$/i.test(m[0]) && beforeEvent(text, m.index + m[0].length) ? null : (rc) => yearEarlier(rc)),
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
];
