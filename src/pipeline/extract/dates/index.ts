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
import { parseIsoDay } from "./calendar.js";
import { chronoCandidates } from "./chrono.js";
import { DURATION_RULES } from "./durations.js";
import { HOLIDAY_RULES } from "./holidays.js";
import { mergeCandidates } from "./merge.js";
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
import { YEAR_RULES } from "./years.js";

/** Every rule of our own, grouped by family; chrono runs beside them. */
export const DATE_RULES: readonly PatternRule[] = [
  ...YEAR_RULES, ...QUARTER_RULES, ...SEASON_RULES, ...HOLIDAY_RULES, ...RELATIVE_RULES, ...DURATION_RULES, ...SET_RULES, ...REF_RULES,
];

/** Words right before a date that point forward ("by Friday", "until March") or back ("since 1990"). */
const AHEAD_CUE = /\b(?:starting|beginning|effective|due|scheduled\s+for|set\s+for|slated\s+for|planned\s+for|expected\s+(?:on|in|by)|ahead\s+of|in\s+time\s+for|payable|record|(?:postponed|delayed|extended|adjourned|deferred|put\s+off|pushed\s+back|moved)(?:\s+[\w'’$.,-]+){0,6}?\s+(?:until|till|to|through))\s+(?:on\s+|the\s+|early\s+|late\s+|mid-)?$/i;
const FUTURE_CUE = /\b(?:by|until|till)\s+(?:on\s+|early\s+|late\s+|mid-)?$/i;
const PAST_CUE = /\b(?:since|ago)\s+(?:on\s+|the\s+|early\s+|late\s+|mid-)?$/i;
/** An offer or deadline that expires: its date lies ahead of the article. */
const EXPIRY = /\bexpir(?:e|es|ing)\b|\bdeadline\b/i;

/**
 * Narrative text (history) is told from its own dates: most of its written years lie far from the
 * article's date, and it hardly speaks of "today", "last week" or "Friday", which news does all
 * the time, even when it recalls history.
 */
const NARRATIVE_MIN_YEARS = 5;
const NARRATIVE_YEAR_DISTANCE = 10;
const NARRATIVE_SHARE = 0.7;
/** At most one deictic expression for this many written years. */
const NARRATIVE_YEARS_PER_DEICTIC = 5;
const DEICTIC = /\b(?:today|yesterday|tomorrow|tonight|last|this|next|ago|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

function cueBefore(text: string, start: number, sentenceStart: number): ResolveContext["cue"] {
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  if (AHEAD_CUE.test(before)) return "ahead";
  if (FUTURE_CUE.test(before)) return "future";
  if (PAST_CUE.test(before)) return "past";
  if (EXPIRY.test(text.slice(sentenceStart, start))) return "future";
  return null;
}

/** Is this long narrative text, whose undated months follow its own story rather than the article's date? */
function isNarrative(years: readonly number[], deictics: number, dct: Point | null): boolean {
  if (!dct) return true;
  if (years.length < NARRATIVE_MIN_YEARS || deictics * NARRATIVE_YEARS_PER_DEICTIC > years.length) return false;
  const far = years.filter((y) => Math.abs(y - dct.year) > NARRATIVE_YEAR_DISTANCE).length;
  return far / years.length >= NARRATIVE_SHARE;
}

export const dates: Stage = {
  name: "dates",
  essential: false,
  run(doc, ctx) {
    const dct = parseIsoDay(doc.meta.published ?? ctx.referenceDate);
    const found: Array<{ c: Candidate; paragraph: number }> = [];
    doc.paragraphs.forEach((p, paragraph) => {
      const text = doc.text.slice(p.start, p.end);
      const candidates = [...chronoCandidates(text, p.start, dct), ...runRules(DATE_RULES, text, p.start)]
        .map((c) => widen(c, doc.text, p.start));
      for (const c of joinRanges(mergeCandidates(candidates), doc.text)) found.push({ c, paragraph });
    });

    const writtenYears = found.flatMap(({ c }) => [...doc.text.slice(c.start, c.end).matchAll(/\b(1\d{3}|20\d{2})\b/g)].map((m) => Number(m[1])));
    const deictics = found.filter(({ c }) => DEICTIC.test(doc.text.slice(c.start, c.end))).length;
    const narrative = isNarrative(writtenYears, deictics, dct);

    const out: DateFinding[] = [];
    const history: Point[] = [];
    let last: Point | null = null;
    let lastAbsolute: Point | null = null;
    let lastParagraph = -1;
    for (const { c, paragraph } of found) {
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
        frame: storyFrame ? lastAbsolute : dct ?? lastAbsolute,
        storyFrame,
        tense: tenseAround(doc.tokens, doc.sentences, c),
        cue: cueBefore(doc.text, c.start, sentence?.start ?? doc.paragraphs[paragraph]!.start),
        narrative,
      };
      const r = c.resolve(rc);
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
      }
    }
    return { ...doc, dates: out };
  },
};
