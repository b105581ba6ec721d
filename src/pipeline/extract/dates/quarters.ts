// Quarters, halves and fiscal years, the calendar of results news: "the third quarter",
// "third-quarter", "the fiscal first quarter of 1990", "the quarter", "the year-earlier quarter",
// "the first half", "the current fiscal year". A quarter without a year is the one the tense points
// at; "the quarter" is the last quarter mentioned.
import type { Point } from "./calendar.js";
import { coarsen, shift } from "./calendar.js";
import { B, E, group, re } from "./pattern.js";
import { deictic, direction, fixed, pointValue, unknown } from "./resolve.js";
import type { PatternRule, ResolveContext, Resolved } from "./types.js";

const ORD: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, last: 4 };
const QUARTER_ORDINAL = "(?:first|second|third|fourth|1st|2nd|3rd|4th|final)";

/** The year a quarter or half without its year belongs to: the tense decides, the past is preferred. */
function periodYear(rc: ResolveContext, index: number, perYear: 2 | 4): number | null {
  // In a story, the year the story is at.
  if (rc.storyFrame && rc.frame) return rc.frame.year;
  const a = rc.anchor;
  if (!a) return null;
  const month = a.month ?? 12;
  const current = perYear === 4 ? Math.floor((month - 1) / 3) + 1 : month <= 6 ? 1 : 2;
  const dir = direction(rc);
  // Results are reported after a quarter ends: "expects to report third-quarter results" in the
  // fourth quarter is still this year's third quarter.
  if (dir > 0) return index < current - (perYear === 4 ? 1 : 0) ? a.year + 1 : a.year;
  return index > current ? a.year - 1 : a.year;
}

/** The last quarter the text mentioned, or the one the article most likely reports on. */
function lastQuarter(rc: ResolveContext): Point | null {
  for (let i = rc.history.length - 1; i >= 0; i--) {
    const p = rc.history[i]!;
    if (p.grain === "quarter") return p;
  }
  if (!rc.anchor) return null;
  const current = coarsen(rc.anchor, "quarter");
  return direction(rc) > 0 ? current : shift(current, "quarter", -1);
}

/**
 * The quarter results news reports on: the last one named that had ended by the article's date,
 * else the one that ended last.
 */
export function reportedQuarter(rc: ResolveContext): Point | null {
  const current = rc.anchor ? coarsen(rc.anchor, "quarter") : null;
  const ended = (p: Point) => !current || p.year * 4 + (p.quarter ?? 1) < current.year * 4 + (current.quarter ?? 1);
  for (let i = rc.history.length - 1; i >= 0; i--) {
    const p = rc.history[i]!;
    if (p.grain === "quarter" && ended(p)) return p;
  }
  return current ? shift(current, "quarter", -1) : null;
}

function yearFromWords(rc: ResolveContext, words: string): number | null {
  if (/^\d{4}/.test(words)) return Number(words.slice(0, 4));
  const a = rc.anchor;
  if (!a) return null;
  if (/last|previous|prior|year-ago|year-earlier/.test(words)) return a.year - 1;
  if (/next|coming/.test(words)) return a.year + 1;
  return a.year;
}

function quarterValue(rc: ResolveContext, q: number, yearWords: string): Resolved {
  const year = yearWords ? yearFromWords(rc, yearWords) : periodYear(rc, q, 4);
  return year === null ? unknown("quarter") : pointValue({ grain: "quarter", year, quarter: q }, { absolute: /^\d{4}/.test(yearWords) });
}

function halfValue(rc: ResolveContext, h: number, yearWords: string): Resolved {
  const year = yearWords ? yearFromWords(rc, yearWords) : periodYear(rc, h, 2);
  return year === null ? unknown("half") : pointValue({ grain: "half", year, half: h }, { absolute: /^\d{4}/.test(yearWords) });
}

const YEAR_WORDS = "(?<yb>\\d{4}(?:['’]s)?|this\\s+year['’]s|last\\s+year['’]s|next\\s+year['’]s|the\\s+year-(?:ago|earlier))";
const OF_YEAR = "(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<ya>\\d{4})|(?<yw>this\\s+year|last\\s+year|next\\s+year|the\\s+(?:current|previous|prior|next)\\s+(?:fiscal\\s+)?year)))";

export const QUARTER_RULES: readonly PatternRule[] = [
  {
    id: "quarter-ordinal",
    kind: "date",
    match: re(`${B}(?:the\\s+)?(?:${YEAR_WORDS}\\s+)?(?:fiscal(?:\\s+year)?\\s+(?:\\d{4}\\s+)?)?(?<q>${QUARTER_ORDINAL})\\s+(?:fiscal\\s+)?quarter${OF_YEAR}?${E}`),
    reason: "\"the third quarter\", \"the fiscal first quarter of 1990\", \"this year's third quarter\"",
    priority: 2,
    build: (m) => {
      const q = ORD[group(m, "q")]!;
      const yearWords = group(m, "yb") || group(m, "ya") || group(m, "yw");
      return (rc) => quarterValue(rc, q, yearWords);
    },
  },
  {
    id: "quarter-adjective",
    kind: "date",
    match: re(`${B}(?:${YEAR_WORDS}\\s+)?(?:fiscal(?:\\s+\\d{4})?[- ])?(?<q>${QUARTER_ORDINAL})-(?:fiscal-)?quarter${E}`),
    reason: "\"third-quarter\" modifies a noun (\"the third-quarter loss\"): the article stays outside",
    priority: 2,
    build: (m) => {
      const q = ORD[group(m, "q")]!;
      const yearWords = group(m, "yb");
      return (rc) => quarterValue(rc, q, yearWords);
    },
  },
  {
    id: "quarter-of-year",
    kind: "date",
    match: re(`${B}the\\s+(?<y>(?:1[0-9]|20)\\d{2})\\s+(?:fiscal\\s+)?quarter${E}`),
    reason: "\"the 1988 quarter\" is the quarter under report, in that year",
    priority: 2,
    build: (m) => {
      const year = Number(group(m, "y"));
      return (rc) => {
        const q = lastQuarter(rc);
        return q ? pointValue({ grain: "quarter", year, quarter: q.quarter ?? 1 }, { absolute: true }) : unknown("quarter");
      };
    },
  },
  {
    id: "quarter-abbreviation",
    kind: "date",
    match: re(`(?<![A-Za-z0-9_'’/-])(?:(?<yb>\\d{4})[- ]?)?(?<p>Q[1-4]|H[12])(?:[ -]?(?<ya>(?:19|20)\\d{2})|(?<yy>\\d{2}))?(?![A-Za-z0-9_-])`),
    reason: "\"Q3 2012\", \"2013 Q1\", \"H1\": quarters and halves as results tables write them",
    priority: 2,
    build: (m, text) => {
      const raw = m.groups?.["p"] ?? "";
      // Upper case only; a bare "Q1" needs a word of time before it ("in Q1", "for H2").
      if (!/^[QH]/.test(raw)) return null;
      const y = group(m, "yb") || group(m, "ya") || (group(m, "yy") ? String(2000 + Number(group(m, "yy"))) : "");
      if (!y && !/\b(?:in|for|during|the|of|by|since|until|from|and)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const n = Number(raw.slice(1));
      return (rc) => (raw.startsWith("Q") ? quarterValue(rc, n, y) : halfValue(rc, n, y));
    },
  },
  {
    id: "quarters-plural",
    kind: "date",
    match: re(`${B}(?:the\\s+)?(?<q1>first|second|third|1st|2nd|3rd)\\s+and\\s+(?<q2>second|third|fourth|2nd|3rd|4th)\\s+quarters${E}`),
    reason: "\"the second and fourth quarters\" name two quarters; the first is the value",
    priority: 1,
    build: (m) => {
      const q = ORD[group(m, "q1")]!;
      return (rc) => quarterValue(rc, q, "");
    },
  },
  {
    id: "quarter-deictic",
    kind: "date",
    match: re(`${B}(?<which>this|last|next|the\\s+(?:current|previous|prior|preceding|next|coming|latest|most\\s+recent|recent|same|comparable|year-ago|year-earlier|comparable\\s+year-ago|comparable\\s+year-earlier|latest\\s+fiscal|current\\s+fiscal))\\s+(?:fiscal\\s+)?(?:quarter|period)${E}(?:\\s+(?<ago>a\\s+year\\s+(?:ago|earlier)|last\\s+year))?`),
    reason: "\"the current quarter\", \"the latest period\", \"the year-earlier quarter\" refer to the quarter under report",
    priority: 2,
    build: (m) => {
      const which = group(m, "which").replace(/^the\s+/, "").replace(/\s+/g, " ");
      const ago = group(m, "ago") !== "" || /year-(?:ago|earlier)/.test(which);
      const isPeriod = /period$/i.test(m[0].replace(/\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)$/i, ""));
      if (isPeriod && !/latest|most recent|year-ago|year-earlier|comparable|same|current/.test(which)) return null;
      return (rc) => {
        let q: Point | null;
        if (which === "this" || which.startsWith("current")) q = rc.anchor ? coarsen(rc.anchor, "quarter") : null;
        else if (which === "last" || /previous|prior|preceding/.test(which)) q = rc.anchor ? shift(coarsen(rc.anchor, "quarter"), "quarter", -1) : null;
        else if (which === "next" || which === "coming") q = rc.anchor ? shift(coarsen(rc.anchor, "quarter"), "quarter", 1) : null;
        else if (/latest|recent/.test(which)) q = reportedQuarter(rc);
        else q = lastQuarter(rc);
        if (!q) return unknown("quarter");
        return ago ? { ...pointValue(shift(q, "year", -1)), anaphoric: true } : pointValue(q);
      };
    },
  },
  {
    id: "quarter-last-year",
    kind: "date",
    match: re(`${B}(?:(?:the\\s+)?(?:corresponding|comparable|same|year-ago|year-earlier)\\s+(?:period|quarter)\\s+(?:of\\s+|in\\s+)?last\\s+year|last\\s+year['’]s\\s+(?:quarter|period|same\\s+quarter|same\\s+period))${E}`),
    reason: "\"the corresponding period last year\", \"last year's quarter\": the reported quarter a year back",
    priority: 3,
    build: () => (rc) => {
      const q = reportedQuarter(rc);
      return q ? { ...pointValue(shift(q, "year", -1)), anaphoric: true } : unknown("quarter");
    },
  },
  {
    id: "the-quarter",
    kind: "date",
    match: re(`${B}the\\s+quarter${E}(?:\\s+(?<ago>a\\s+year\\s+(?:ago|earlier)))?(?!\\s+(?:of|century|mile|hour|inch|point|percent|share|stake)\\b|-)`),
    reason: "\"the quarter\" is the last quarter mentioned, or the one just reported",
    priority: 1,
    build: (m) => {
      const ago = group(m, "ago") !== "";
      return (rc) => {
        const q = lastQuarter(rc);
        if (!q) return unknown("quarter");
        return ago ? { ...pointValue(shift(q, "year", -1)), anaphoric: true } : pointValue(q);
      };
    },
  },
  {
    id: "half",
    kind: "date",
    match: re(`${B}(?:the\\s+)?(?:${YEAR_WORDS}\\s+)?(?:fiscal[- ])?(?<h>first|second|last|latter|1st|2nd)(?:[- ]half|\\s+half|\\s+two\\s+quarters)${OF_YEAR}?${E}`),
    reason: "halves of a year: \"the first half\" is YYYY-H1",
    priority: 2,
    build: (m) => {
      const h = /first|1st/.test(group(m, "h")) ? 1 : 2;
      const yearWords = group(m, "yb") || group(m, "ya") || group(m, "yw");
      return (rc) => halfValue(rc, h, yearWords);
    },
  },
  {
    id: "fiscal-year-deictic",
    kind: "date",
    match: re(`${B}(?<which>this|last|next|the\\s+(?:current|latest|previous|prior|next|coming|most\\s+recent))\\s+fiscal\\s+year${E}`),
    reason: "\"the current fiscal year\" is named by the article's year",
    priority: 2,
    build: (m) => {
      const which = group(m, "which").replace(/^the\s+/, "");
      const n = /this|current/.test(which) ? 0 : /next|coming/.test(which) ? 1 : -1;
      return (rc) => deictic(rc, "year", n, "year");
    },
  },
  {
    id: "fiscal-year",
    kind: "duration",
    match: re(`${B}the\\s+fiscal\\s+year${E}(?!\\s+\\d)`),
    reason: "\"the fiscal year\" without a year measures one year",
    priority: 1,
    build: () => () => fixed("P1Y", "year", "duration"),
  },
];
