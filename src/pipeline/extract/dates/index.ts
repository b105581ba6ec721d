// Time expressions, found paragraph by paragraph (chrono's cost grows with the square of one
// input's length) and normalised to TimeML values in reading order:
//   1. candidates: chrono (calendar dates, weekdays, clock times) and our own rules (years,
//      decades, quarters, seasons, durations, sets, references, relative expressions);
//   2. span fixes ("early December") and merging without overlap, longest first;
//   3. ranges ("from 1991 to 1997") joined into one mention;
//   4. values, each from the article's date, the tense around it and what came before it.
import type { DateFinding } from "../../doc.js";
import type { Stage } from "../../stage.js";
import type { Point } from "./calendar.js";
import { GRAIN_RANK, parseIsoDay } from "./calendar.js";
import { cueBefore, isAncient, isNarrative } from "./anchor.js";
import { chronoCandidates, ENGLISH } from "./chrono.js";
import { foreignReading } from "./foreign.js";
import { isChronoLanguage } from "../../../nlp/chrono.js";
import { ANAPHORA_RULES, NARRATIVE_RULES } from "./anaphora.js";
import { DAY_RULES } from "./days.js";
import { DURATION_RULES } from "./durations.js";
import { HOLIDAY_RULES } from "./holidays.js";
import { mergeCandidates } from "./merge.js";
import { outsideNames } from "./names.js";
import { runRules } from "./pattern.js";
import { QUARTER_RULES } from "./quarters.js";
import { joinRanges } from "./ranges.js";
import { REF_RULES } from "./refs.js";
import { RELATIVE_RULES } from "./relative.js";
import { SEASON_RULES } from "./seasons.js";
import { SET_RULES } from "./sets.js";
import { widen } from "./spans.js";
import { sentenceAt, tenseAround } from "./tense.js";
import type { Candidate, PatternRule, ResolveContext } from "./types.js";
import { ANCIENT_RULES, YEAR_RULES } from "./years.js";

/** Every rule of our own, grouped by family; chrono runs beside them. */
export const DATE_RULES: readonly PatternRule[] = [
  ...YEAR_RULES, ...QUARTER_RULES, ...SEASON_RULES, ...HOLIDAY_RULES, ...DAY_RULES, ...RELATIVE_RULES, ...ANAPHORA_RULES, ...DURATION_RULES, ...SET_RULES, ...REF_RULES,
];

/** What may lie between a clock time and the day it belongs to: a time zone, the time elsewhere, "on". */
const DAY_AFTER_TIME = /^[\s,]*(?:[A-Z]{2,4}\b[\s,]*)?(?:\([^()]{1,30}\)[\s,]*)?(?:on\s+|of\s+)?$/;

/** How far (in years) from the last written year a date counted in the story may lie and still frame it. */
const STORY_REACH_YEARS = 10;

/**
 * The point a story is at: the last date mentioned ("the following year" moves the story on), unless
 * it is coarser than a year or far from the last year written (a date counted from the article's).
 */
function storyPoint(last: Point | null, lastAbsolute: Point): Point {
  if (!last || GRAIN_RANK[last.grain] < GRAIN_RANK.year || Math.abs(last.year - lastAbsolute.year) > STORY_REACH_YEARS) return lastAbsolute;
  return last;
}

export const dates: Stage = {
  name: "dates",
  essential: false,
  run(doc, ctx) {
    const dct = parseIsoDay(doc.meta.published ?? ctx.referenceDate);
    const narrative = isNarrative(doc.text, dct);
    const rules = [...DATE_RULES, ...(narrative ? NARRATIVE_RULES : []), ...(isAncient(doc.text) ? ANCIENT_RULES : [])];
    // English unless the article is in another language chrono knows.
    const language = doc.meta.language?.slice(0, 2).toLowerCase() ?? null;
    const reading = language !== "en" && isChronoLanguage(language) ? foreignReading(language) : ENGLISH;
    const found: Array<{ c: Candidate; paragraph: number }> = [];
    doc.paragraphs.forEach((p, paragraph) => {
      const text = doc.text.slice(p.start, p.end);
      const candidates = [...chronoCandidates(text, p.start, dct, reading), ...runRules(rules, text, p.start)]
        .map((c) => widen(c, doc.text, p.start));
      for (const c of joinRanges(mergeCandidates(outsideNames(candidates, text, p.start)), doc.text)) found.push({ c, paragraph });
    });


    const out: DateFinding[] = [];
    const history: Point[] = [];
    let last: Point | null = null;
    let lastAbsolute: Point | null = null;
    let lastWrittenDay: Point | null = null;
    let lastParagraph = -1;
    for (const [i, { c, paragraph }] of found.entries()) {
      const sentence = sentenceAt(doc.sentences, c.start);
      // In narrative text a story date frames undated months. Not in news: there "In 1996 ...
      // In March ..." still means the March before the article far more often than March 1996.
      const storyFrame = lastAbsolute !== null && narrative;
      const rc: ResolveContext = {
        dct,
        anchor: dct ?? lastAbsolute,
        last,
        lastInParagraph: lastParagraph === paragraph ? last : null,
        history,
        lastAbsolute,
        lastWrittenDay,
        frame: storyFrame && lastAbsolute ? storyPoint(last, lastAbsolute) : dct ?? lastAbsolute,
        storyFrame,
        tense: tenseAround(doc.tokens, doc.sentences, c),
        cue: cueBefore(doc.text, c.start, sentence?.start ?? doc.paragraphs[paragraph]!.start),
        narrative,
        timeDay: null,
      };
      // "at 8 a.m. ET (1200 GMT) on Tuesday": the day that follows the clock time is its day.
      // (a clock time in parentheses, "(1200 GMT)", may stand between them)
      const next = [found[i + 1]?.c, found[i + 2]?.c].find((x) => x?.type === "date");
      const dayAfter = c.needsDay && next?.type === "date" && DAY_AFTER_TIME.test(doc.text.slice(c.end, next.start)) ? next.resolve(rc)?.point : undefined;
      const r = c.resolve(dayAfter?.day !== undefined ? { ...rc, timeDay: dayAfter } : rc);
      if (!r) continue;
      out.push({
        text: doc.text.slice(c.start, c.end), start: c.start, end: c.end,
        value: r.value, endValue: r.endValue ?? null, type: r.type ?? c.type, grain: r.grain,
      });
      ctx.debug(() => `dates: ${c.rule} ${JSON.stringify(doc.text.slice(c.start, c.end))} = ${r.value} (tense ${rc.tense}${rc.cue ? `, cue ${rc.cue}` : ""})`);
      if (r.point && !r.anaphoric) {
        last = r.point;
        lastParagraph = paragraph;
        history.push(r.point);
        if (r.absolute) lastAbsolute = r.point;
        if ((r.written || r.absolute) && r.point.day !== undefined) lastWrittenDay = r.point;
      }
    }
    return { ...doc, dates: out };
  },
};
