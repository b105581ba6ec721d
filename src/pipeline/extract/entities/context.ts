// What the whole article says about how to read its names: is it a sports report (place names
// are then mostly teams), and which country does its dateline name.
import { INDIVIDUAL_SPORTS, SPORT_WORDS } from "../../../data/sports.js";
import type { ArticleDoc, Token } from "../../doc.js";
import { readings } from "../../resolve/gazetteer.js";
import { wordOf } from "./words.js";

export interface ArticleContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sports: boolean;
  /** A report on a sport of individuals (tennis, golf, athletics): names in tables are players. */
  readonly individualSport: boolean;
  /** A review of the day's newspapers: a line in capitals of its own under it names a newspaper. */
  readonly pressReview: boolean;
}

/** Headlines of agency reviews of the papers ("PRESS DIGEST - Lebanon - Aug 22", "Press review"). */
const PRESS_REVIEW_HEADLINE = /\b(?:press|newspaper|papers?)\s+(?:digest|review|round-?up)\b/i;

/** Results lines ("Barnsley 2 Sheffield United 1") needed to call an article a sports report. */
const MIN_RESULT_LINES = 3;
const RESULT_LINE = /^\s*\p{Lu}[\p{L}.' -]*\s+\d{1,3}\s+\p{Lu}[\p{L}.' -]*\s+\d{1,3}\b/mu;

/** "SOCCER - ...", "CRICKET - ..." and similar slugs that open a sports story: the sport, or null. */
function sportsSlug(text: string): string | null {
  // "SOCCER - ENGLISH ...", and the wire's closed form in capitals, "SOCCER-ENGLAND-...", "AUSTRALIAN RULES-AFL ...".
  const m = /^\s*([A-Za-z][A-Za-z ]{1,30}?)\s+[-–—]\s/.exec(text) ?? /^\s*([A-Z][A-Z ]{1,30}?)-[A-Z]/.exec(text);
  const sport = m?.[1]!.toLowerCase() ?? null;
  return sport && (SPORT_WORDS.has(sport) || INDIVIDUAL_SPORTS.has(sport)) ? sport : null;
}

/**
 * "Tottenham beat Arsenal 2-1", "Liverpool drew 1-1 with Everton": a match and its score make a
 * report on sport even without a slug or a results table. The pattern was one regular expression,
 * /\b\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)* VERB\b.../u: from every capitalised word it ran over
 * all the capitalised words after it before looking for the verb, quadratic in a run of them (a
 * page of capitalised words without a verb took seconds). The verb and its score are matched
 * first, and the names before the verb are read back from it (capitalisedRunEndsAt), which
 * accepts exactly what the names' part of the expression accepted.
 */
const MATCH_VERB = / (?:beat|beats|defeated|edged|thrashed|routed|drew|lost|won)\b[^.\n]{0,40}?(?:\b\d{1,2}-\d{1,2}\b|\bby (?:an innings|\w+ (?:wickets|runs)))/gu;
const NAME_CHAR = /^[\p{L}.'-]$/u;
const UPPER = /^\p{Lu}$/u;
const ASCII_WORD = /^[A-Za-z0-9_]$/;

/** Work counters for the test of the scan's bound: characters read back, verbs tried. */
export interface ScanSteps { chars: number; verbs: number }

/** Does the text report a match with its score ("Tottenham beat Arsenal 2-1")? */
export function matchSentence(text: string, steps?: ScanSteps): boolean {
  MATCH_VERB.lastIndex = 0;
  for (let m = MATCH_VERB.exec(text); m; m = MATCH_VERB.exec(text)) {
    if (steps) steps.verbs++;
    if (capitalisedRunEndsAt(text, m.index, steps)) return true;
    // Matches may overlap ("Leeds drew, Hull won 2-1"): the next try starts one character on.
    MATCH_VERB.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * Does text[..end) end with what /\b\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)*$/u matches: capitalised
 * words joined by single spaces, the first starting at a word boundary (it may start inside a run
 * of letters, as in "O'Neill"), every later one at its own first letter? Read backwards, one run
 * of name characters at a time, so each character is read once.
 */
function capitalisedRunEndsAt(text: string, end: number, steps?: ScanSteps): boolean {
  for (let e = end; ;) {
    let r = e;
    while (r > 0) {
      const at = pointBefore(text, r);
      const ch = text.slice(at, r);
      if (steps) steps.chars++;
      if (!NAME_CHAR.test(ch)) break;
      r = at;
      // The first word can start here: a capital at a word boundary.
      if (UPPER.test(ch) && isAsciiWord(text, at - 1) !== isAsciiWord(text, at)) return true;
    }
    // Else this run is a later word: it starts with a capital, right after a single space.
    if (r === e || r < 2 || text[r - 1] !== " " || !UPPER.test(String.fromCodePoint(text.codePointAt(r)!))) return false;
    e = r - 1;
  }
}

/** Start of the code point that ends at i (a surrogate pair counts as one, as with the u flag). */
function pointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (i >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return i - 2;
  }
  return i - 1;
}

/** Is text[i] a character of \w (ASCII, as \b reads it under the u flag)? Outside the text: no. */
const isAsciiWord = (text: string, i: number): boolean => i >= 0 && i < text.length && ASCII_WORD.test(text[i]!);

/**
 * "Tottenham beat Arsenal", "Everton drew with Leeds": without a score, a match verb between two
 * names is a match when the first name is a town (a club named after it) and not a country, whose
 * teams are read as places ("Germany beat France").
 */
const TOWN_MATCH = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) (?:beat|defeated|drew with|lost to|thrashed|edged) \p{Lu}\p{Ll}/gu;
function townMatch(text: string): boolean {
  for (const m of text.matchAll(TOWN_MATCH)) {
    const r = readings(m[1]!);
    if (r.length > 0 && r.every((x) => x.source === "city")) return true;
  }
  return false;
}

export function articleContext(doc: Pick<ArticleDoc, "text" | "tokens">): ArticleContext {
  let results = 0;
  for (const line of doc.text.split("\n")) if (RESULT_LINE.test(line) && ++results >= MIN_RESULT_LINES) break;
  const sport = sportsSlug(doc.text);
  const headline = /^\s*[^\n]*/.exec(doc.text)![0];
  return { text: doc.text, tokens: doc.tokens, sports: !!sport || results >= MIN_RESULT_LINES || matchSentence(doc.text) || townMatch(doc.text), individualSport: !!sport && INDIVIDUAL_SPORTS.has(sport), pressReview: PRESS_REVIEW_HEADLINE.test(headline) };
}

/** Index of the word before token i in the same sentence, skipping articles ("at the Oval"). */
export function previousWord(ctx: ArticleContext, i: number, skipArticles = true): number | null {
  const t = ctx.tokens[i];
  for (let k = i - 1; k >= 0; k--) {
    const p = ctx.tokens[k]!;
    if (!t || p.sentence !== t.sentence) return null;
    if (skipArticles && (p.normal === "the" || p.normal === "a")) continue;
    return k;
  }
  return null;
}

export const lowerWord = (ctx: ArticleContext, i: number | null): string =>
  i === null ? "" : wordOf(ctx.text, ctx.tokens[i]!).toLowerCase();
