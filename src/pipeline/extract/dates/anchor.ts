// The anchor and the direction of an expression: what its value counts from and which way an
// underspecified date goes. Relative dates count from the article's date (published, else the
// reference date, else the last full date written before them); a word before a date can point it
// ahead or back; long narrative text is framed by its own dates.
import type { Point } from "./calendar.js";
import type { ResolveContext } from "./types.js";

/** How far before a date (in characters, within its sentence) a cue word is looked for. */
const CUE_REACH = 40;

/** Words right before a date that point forward ("by Friday", "until March") or back ("since 1990"). */
const AHEAD_CUE = /\b(?:starting|beginning|effective|due|scheduled\s+for|set\s+for|slated\s+for|planned\s+for|expected\s+(?:on|in|by)|ahead\s+of|in\s+time\s+for|payable|record|(?:postponed|delayed|extended|adjourned|deferred|put\s+off|pushed\s+back|moved)(?:\s+[\w'’$.,-]+){0,6}?\s+(?:until|till|to|through))\s+(?:on\s+|the\s+|early\s+|late\s+|mid-)?$/i;
const FUTURE_CUE = /\b(?:by|until|till)\s+(?:on\s+|early\s+|late\s+|mid-)?$/i;
const PAST_CUE = /\b(?:since|ago)\s+(?:on\s+|the\s+|early\s+|late\s+|mid-)?$/i;
/**
 * A request with a deadline ("had asked Kraxen for a full report by Friday", "ordered the firm to
 * pay by March"): what is asked for is still to come, whatever the tense of the asking.
 */
const REQUEST = /\b(?:ask(?:ed|s)?|order(?:ed|s)?|demand(?:ed|s)?|request(?:ed|s)?|urg(?:ed|es)|instruct(?:ed|s)?|direct(?:ed|s)?|requir(?:ed|es)|summon(?:ed|s)?|gave|given|giv(?:es|ing))\b/i;
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
const DEICTIC = /\b(?:today|yesterday|tomorrow|tonight|(?:last|this|next)\s+(?:week|month|year|night)|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
/** A written year: four digits that are not part of an amount or a longer number. */
const WRITTEN_YEAR = /(?<![\d$£€.,/-])(1\d{3}|20\d{2})(?![\d%,]|\.\d)/g;

export function cueBefore(text: string, start: number, sentenceStart: number): ResolveContext["cue"] {
  const before = text.slice(Math.max(sentenceStart, start - CUE_REACH), start);
  if (AHEAD_CUE.test(before)) return "ahead";
  if (FUTURE_CUE.test(before)) return /\bby\s+(?:on\s+|early\s+|late\s+|mid-)?$/i.test(before) && REQUEST.test(text.slice(sentenceStart, start)) ? "ahead" : "future";
  if (PAST_CUE.test(before)) return "past";
  if (EXPIRY.test(text.slice(sentenceStart, start))) return "future";
  return null;
}

/** Is this long narrative text, whose undated months follow its own story rather than the article's date? */
export function isNarrative(text: string, dct: Point | null): boolean {
  if (!dct) return true;
  const years = [...text.matchAll(WRITTEN_YEAR)].map((m) => Number(m[1]));
  const deictics = [...text.matchAll(DEICTIC)].length;
  if (years.length < NARRATIVE_MIN_YEARS || deictics * NARRATIVE_YEARS_PER_DEICTIC > years.length) return false;
  const far = years.filter((y) => Math.abs(y - dct.year) > NARRATIVE_YEAR_DISTANCE).length;
  return far / years.length >= NARRATIVE_SHARE;
}

/** An era written with a year ("44 BC", "AD 14"), in capitals: "ad" is also a word. */
const ERA = /\b\d{1,4}\s*(?:BCE?|B\.C\.(?:E\.)?|AD|A\.D\.)(?![A-Za-z])|\b(?:AD|A\.D\.)\s+\d{1,4}\b/;
/** A century of the first millennium ("the 3rd century", "the fifth century"). */
const EARLY_CENTURY = /\b(?:(?:[1-9]|10)(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[- ]century\b/i;

/** Does the text speak of antiquity, where a year may have two or three digits ("in 256")? */
export function isAncient(text: string): boolean {
  return ERA.test(text) || EARLY_CENTURY.test(text);
}
