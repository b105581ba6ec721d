// Seasons: "this summer", "last fall", "the winter of 1994", "summer 1990", "in the spring".
// TimeML writes them YYYY-SP, -SU, -FA, -WI. "The fall" is a season only where nothing says it is a
// fall of something ("the fall of the Berlin Wall").
import type { Season } from "./calendar.js";
import { SEASON_NAME, SEASONS, SPOKEN_YEAR, spokenYearValue } from "./lexicon.js";
import { B, E, group, re } from "./pattern.js";
import { direction, pointValue, storyYear, unknown } from "./resolve.js";
import type { PatternRule, ResolveContext, Resolved } from "./types.js";

const ORDER: readonly Season[] = ["SP", "SU", "FA", "WI"];

/** The season a month falls in, as an index in ORDER and the year it is counted in (winter: its December's). */
function seasonAt(year: number, month: number): { year: number; index: number } {
  if (month <= 2) return { year: year - 1, index: 3 };
  return { year, index: Math.floor((month - 3) / 3) };
}

/** The middle month of each season, for placing it in a story. */
const MIDDLE: Record<Season, number> = { SP: 4, SU: 7, FA: 10, WI: 12 };

function seasonValue(rc: ResolveContext, season: Season, n: number | null): Resolved {
  // "held it through the autumn": in a story, the season of the year the story is at.
  if (n === null && rc.storyFrame && rc.frame) return pointValue({ grain: "season", year: storyYear(rc.frame, MIDDLE[season]), season });
  const a = rc.anchor;
  if (!a) return unknown("season");
  const now = seasonAt(a.year, a.month ?? 6);
  const target = ORDER.indexOf(season);
  const nowKey = now.year * 4 + now.index;
  // The occurrence in the article's own season year ...
  let key = now.year * 4 + target;
  if (n === -1) {
    if (key >= nowKey) key -= 4;
  } else if (n === 1) {
    if (key <= nowKey) key += 4;
  } else {
    const dir = direction(rc);
    if (dir > 0 && key < nowKey) key += 4;
    else if (dir <= 0 && key > nowKey) key -= 4;
  }
  // "this summer" is the summer of the article's calendar year.
  const year = n === 0 ? a.year : Math.floor(key / 4);
  return pointValue({ grain: "season", year, season });
}

function explicitYear(raw: string): number | null {
  if (/^\d{4}$/.test(raw)) return Number(raw);
  return spokenYearValue(raw);
}

export const SEASON_RULES: readonly PatternRule[] = [
  {
    id: "season-of-year",
    kind: "date",
    match: re(`${B}(?:the\\s+)?(?:(?:early|late|mid)[- ])?(?<s>${SEASON_NAME})\\s+(?:of\\s+)?(?:(?<y>\\d{4}|${SPOKEN_YEAR})(?:[-–/](?:\\d{4}|\\d{2})(?![A-Za-z0-9_-]))?|(?<bc>\\d{1,4})\\s*(?:BCE?|B\\.C\\.(?:E\\.)?)(?![A-Za-z]))${E}`),
    reason: "a season with its year: \"the winter of 1994\", \"summer 1990\", \"the winter of 1941–42\" (counted in its first year), \"the autumn of 300 BC\"",
    priority: 3,
    build: (m) => {
      const season = SEASONS[group(m, "s")]!;
      const bc = group(m, "bc");
      const y = bc ? 1 - Number(bc) : explicitYear(group(m, "y"));
      if (y === null) return null;
      return () => pointValue({ grain: "season", year: y, season }, { absolute: true });
    },
  },
  {
    id: "season-deictic",
    kind: "date",
    match: re(`${B}(?<which>this|last|next|this\\s+past|the\\s+(?:past|coming|next|previous))\\s+(?<s>${SEASON_NAME})${E}`),
    reason: "\"last fall\", \"this summer\": counted from the article's season",
    priority: 2,
    build: (m) => {
      const which = group(m, "which").replace(/\s+/g, " ");
      const season = SEASONS[group(m, "s")]!;
      const n = which === "this" ? 0 : /last|past|previous/.test(which) ? -1 : 1;
      return (rc) => seasonValue(rc, season, n);
    },
  },
  {
    id: "season-anaphoric",
    kind: "date",
    match: re(`${B}(?<which>the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding|that|the\\s+same)\\s+(?<s>${SEASON_NAME})${E}`),
    reason: "\"the following spring\", \"that summer\": the season after (or of) the last date the text named",
    priority: 2,
    build: (m) => {
      const which = group(m, "which");
      const season = SEASONS[group(m, "s")]!;
      const step = /following|next/.test(which) ? 1 : /previous|preceding/.test(which) ? -1 : 0;
      return (rc) => {
        const base = rc.last ?? rc.anchor;
        if (!base) return unknown("season");
        const now = seasonAt(base.year, base.month ?? (base.season ? { SP: 4, SU: 7, FA: 10, WI: 12 }[base.season] : 6));
        const baseKey = now.year * 4 + now.index;
        let key = now.year * 4 + ORDER.indexOf(season);
        if (step > 0 && key <= baseKey) key += 4;
        if (step < 0 && key >= baseKey) key -= 4;
        return pointValue({ grain: "season", year: Math.floor(key / 4), season });
      };
    },
  },
  {
    id: "season-mid",
    kind: "date",
    match: re(`(?<=\\b(?:in|during|by|until|at|since|before|after|through)\\s+)(?<s>midsummer|midwinter)${E}`),
    reason: "\"by midsummer\": the middle of a season, placed like the season",
    priority: 1,
    build: (m) => {
      const season: Season = group(m, "s") === "midsummer" ? "SU" : "WI";
      return (rc) => seasonValue(rc, season, null);
    },
  },
  {
    id: "season-bare",
    kind: "date",
    match: re(`(?<=\\b(?:in|during|since|until|by|over|through|throughout|spent|spend|spending|this|that|early|late|mid-|of)\\s+(?:the\\s+)?(?:early\\s+|late\\s+)?)(?<span>(?:the\\s+)?(?:(?:early|late)\\s+)?(?<s>${SEASON_NAME}))${E}(?!\\s+(?:of|and|semester|term|session|collection|olympics|games|league|school|camp|meeting|sales?|season)\\b|-)`),
    reason: "a season after a preposition (\"in the summer\", \"during the winter\"): the tense picks the year",
    priority: 1,
    build: (m) => {
      const season = SEASONS[group(m, "s")]!;
      return (rc) => seasonValue(rc, season, null);
    },
  },
];
