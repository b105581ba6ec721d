// The article's place in a pasted page: the contiguous run of lines with the highest score, where
// prose scores its length and menu entries, labels and keyword-matched boilerplate cost. A heading
// that introduces other stories ("Related Articles", "Lesen Sie auch") ends a run but never starts
// one: sidebars often come before the article. The run is then extended back to the headline.
import type { RemovedKind } from "../../../schema/article.js";
import type { LineRule } from "../rules.js";
import { isRelatedHeading, lineRuleFor } from "../rules.js";
import type { TextLine } from "./lines.js";
import type { Title } from "./title.js";

/** A line with this many words and a sentence end is prose. */
const MIN_PROSE_WORDS = 8;
/** Without a sentence end, a line needs this many words to count as prose (long list items, quotes). */
const MIN_UNPUNCTUATED_PROSE_WORDS = 16;
/** What a short line (a menu entry, a label, a date) costs the run that contains it. */
const SHORT_LINE_COST = 10;
/**
 * Keyword-matched boilerplate costs at least this much: a run crosses it only for a paragraph or more
 * of article on the other side (a newsletter prompt set between two paragraphs).
 */
const MIN_BOILERPLATE_COST = 100;
/** Weak keyword hits (a "Share" line, a credit) that together betray a web page. */
const MIN_WEAK_HITS_FOR_PAGE = 2;
/** Menu entries in a row that betray a whole web page rather than a pasted article. */
const MENU_LINES_FOR_PAGE = 5;
/** A run right after a related-stories heading is most likely the stories it announces. */
const ANNOUNCED_SEGMENT_WEIGHT = 0.35;
/** A run that starts under the headline repeated from the page title is most likely the article. */
const HEADLINE_RUN_WEIGHT = 4;
/** The article resumes after a related-stories box when prose comes back within this many lines. */
const MAX_BOX_LINES = 3;
/** Paragraphs in a row straight under a related-stories label that show the article going on. */
const MIN_RESUMED_PARAGRAPHS = 3;
/** The headline may stand this many lines above the run (byline, date, caption between). */
const MAX_HEADLINE_GAP = 12;

export interface Run {
  readonly start: number;
  readonly end: number;
  /** Lines of small related-stories boxes inside the run. */
  readonly boxes: ReadonlySet<number>;
  kindOutside(i: number): RemovedKind;
}

/** A sentence ends in a full stop, perhaps inside quotes or brackets; teaser headlines end in a quote. */
const SENTENCE_END = /[.!?…]["“”»«)'’]*$/u;

export function isProse(line: TextLine): boolean {
  return (line.words >= MIN_PROSE_WORDS && SENTENCE_END.test(line.text)) || line.words >= MIN_UNPUNCTUATED_PROSE_WORDS;
}

/** A short line without sentence punctuation or digits: a menu entry or a label. */
function isMenuLike(line: TextLine): boolean {
  return line.words <= 4 && !/[.!?\d]/.test(line.text);
}

/** Wire copy writes section names and table rows in capitals; site menus rarely do. */
const isAllCaps = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/**
 * Is this a whole web page copied as text, rather than an article? Strong keyword rules, two weak
 * ones, a related-stories heading or a streak of menu entries say so. Plain news text (a headline,
 * a dateline, sentences, a results table) has none of these and is left untouched.
 */
export function looksLikeWebPage(lines: readonly TextLine[], rules: readonly (LineRule | null)[]): boolean {
  if (rules.filter((r) => r !== null).length >= MIN_WEAK_HITS_FOR_PAGE) return true;
  if (rules.some((r, i) => r && (!r.weak || lineRuleFor(lines[i]!.text, true)))) return true;
  if (lines.some((l) => isRelatedHeading(l.text))) return true;
  let streak = 0;
  for (const l of lines) {
    streak = isMenuLike(l) && !isAllCaps(l.text) ? streak + 1 : 0;
    if (streak >= MENU_LINES_FOR_PAGE) return true;
  }
  return false;
}

/**
 * Does the article go on after the related-stories heading at h? It does when the heading is followed
 * by short headlines and then, within a few lines, by two lines of prose with no boilerplate between:
 * a box of links inside the article. A list of teasers, or teasers interleaved with credits and
 * captions, is not that.
 */
function resumesAfter(lines: readonly TextLine[], boilerplate: readonly boolean[], related: readonly boolean[], h: number): boolean {
  // A box names its stories in short headlines; prose straight under the heading is a teaser list,
  // unless it goes on for several paragraphs: then the heading was a "Read more" link in the article.
  const next = lines[h + 1];
  if (!next) return false;
  if (isProse(next)) {
    for (let i = h + 1; i <= h + MIN_RESUMED_PARAGRAPHS; i++) if (!lines[i] || !isProse(lines[i]!) || boilerplate[i] || related[i]) return false;
    return true;
  }
  for (let i = h + 1; i <= h + MAX_BOX_LINES + 1 && i + 1 < lines.length; i++) {
    if (boilerplate[i] || related[i]) return false;
    if (isProse(lines[i]!) && isProse(lines[i + 1]!) && !boilerplate[i + 1]) return true;
  }
  return false;
}

/** `rules` are the keyword rules that hit each line; `web` says whether the input is a whole page. */
export function findRun(lines: readonly TextLine[], title: Title, rules: readonly (LineRule | null)[], web: boolean): Run {
  const n = lines.length;
  const related = lines.map((l) => isRelatedHeading(l.text));
  const boilerplate = rules.map((r) => r !== null);
  const everything: Run = { start: 0, end: n - 1, boxes: new Set(), kindOutside: () => "other" };
  if (n === 0 || !web) return everything;

  const value = lines.map((l, i) => {
    if (boilerplate[i]) return -Math.max(MIN_BOILERPLATE_COST, l.text.length);
    if (isProse(l)) return l.text.length;
    return -SHORT_LINE_COST;
  });
  // Related-stories headings split the page into segments, except a small box after which the
  // article resumes ("Related Coverage" and one headline): that box is only cut out.
  const boxes = new Set<number>();
  const barrier = related.map((r, h) => {
    if (!r) return false;
    if (!resumesAfter(lines, boilerplate, related, h)) return true;
    for (let i = h; i < n && (i === h || !isProse(lines[i]!)); i++) boxes.add(i);
    return false;
  });
  // The best run of each segment (Kadane); a segment that a related-stories heading introduces is
  // what that heading announces, so its run counts for less, and the run under the headline for more.
  let best = { start: 0, end: -1, score: 0 };
  let segStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && !barrier[i]) continue;
    let runFrom = segStart;
    let sum = 0;
    let segBest = { start: segStart, end: -1, sum: 0 };
    for (let j = segStart; j < i; j++) {
      if (sum <= 0) {
        runFrom = j;
        sum = 0;
      }
      sum += boxes.has(j) ? 0 : value[j]!;
      if (sum > segBest.sum) segBest = { start: runFrom, end: j, sum };
    }
    if (segBest.end >= 0) {
      let score = segBest.sum;
      if (segStart > 0 && barrier[segStart - 1]) score *= ANNOUNCED_SEGMENT_WEIGHT;
      if (title.line !== null && title.line > 0 && title.line <= segBest.end && segBest.start - title.line <= MAX_HEADLINE_GAP) score *= HEADLINE_RUN_WEIGHT;
      if (score > best.score) best = { start: segBest.start, end: segBest.end, score };
    }
    // The best run that starts under the repeated headline competes too, with the headline's weight:
    // a short post under its headline beats a longer sidebar further down.
    const head = title.line;
    if (head !== null && head > 0 && head >= segStart && head < i) {
      for (let from = head + 1; from < i && from <= head + MAX_HEADLINE_GAP; from++) {
        let sum = 0;
        for (let j = from; j < i; j++) {
          sum += boxes.has(j) ? 0 : value[j]!;
          let score = sum * HEADLINE_RUN_WEIGHT;
          if (segStart > 0 && barrier[segStart - 1]) score *= ANNOUNCED_SEGMENT_WEIGHT;
          if (sum > 0 && score > best.score) best = { start: from, end: j, score };
        }
      }
    }
    segStart = i + 1;
  }
  if (best.end < 0) return everything;
  let runStart = best.start;
  const runEnd = best.end;

  const head = title.line;
  const proseIn = (a: number, b: number): number => {
    let chars = 0;
    for (let i = a; i < b; i++) if (value[i]! > 0) chars += value[i]!;
    return chars;
  };
  // Prose above the repeated headline inside the run is a sidebar or a teaser, unless it is most of the run.
  if (head !== null && head > runStart && head <= runEnd && proseIn(runStart, head) < proseIn(head, runEnd + 1)) runStart = head;
  if (head !== null && head < runStart && runStart - head <= MAX_HEADLINE_GAP) {
    let clear = true;
    for (let i = head; i < runStart; i++) if (related[i]) clear = false;
    if (clear) runStart = head;
  }
  const firstRelatedAfter = related.findIndex((r, i) => r && i > runEnd);
  return {
    start: runStart,
    end: runEnd,
    boxes,
    kindOutside: (i) => {
      const rule = rules[i];
      if (rule) return rule.kind;
      if (related[i] || (firstRelatedAfter >= 0 && i > firstRelatedAfter)) return "related";
      return isMenuLike(lines[i]!) ? "navigation" : "other";
    },
  };
}
