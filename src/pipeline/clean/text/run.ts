// The article's place in a pasted page: the contiguous run of lines with the highest score, where
// prose scores its length and menu entries, labels and keyword-matched boilerplate cost. A heading
// that introduces other stories ("Related Articles", "Lesen Sie auch") ends a run but never starts
// one: sidebars often come before the article. The run is then extended back to the headline.
import type { RemovedKind } from "../../../schema/article.js";
import type { LineRule } from "../rules.js";
import { isRelatedHeading, lineRuleFor } from "../rules.js";
import type { TextLine } from "./lines.js";
import type { Title } from "./title.js";

/** A line broken at a fixed width holds at least this many words. */
const MIN_WRAPPED_LINE_WORDS = 5;
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
/** Readers' comments can be longer than the article they follow: a run under a comment count rarely wins. */
const COMMENTS_SEGMENT_WEIGHT = 0.1;
/** A run that starts under the headline repeated from the page title is most likely the article. */
const HEADLINE_RUN_WEIGHT = 4;
/** The article resumes after a related-stories box when prose comes back within this many lines. */
const MAX_BOX_LINES = 3;
/** Paragraphs in a row straight under a related-stories label that show the article going on. */
const MIN_RESUMED_PARAGRAPHS = 3;
/** Short lines in a row that make a block of labels (a contact box, an author box), not article. */
const MIN_LABEL_STREAK = 6;
/** Prose after such a block shorter than this is the block's blurb, not more of the article. */
const MIN_TAIL_PROSE_CHARS = 400;
/** Prose above a comment count that makes it the end of an article rather than a counter beside its byline. */
const MIN_ARTICLE_BEFORE_COMMENTS = 1000;
/**
 * Prose under a closing newsletter or advertising box shorter than this is the box's own blurb (the
 * pitch, the donation appeal), not more of the article.
 */
const MAX_PROSE_UNDER_CLOSING_BOX = 400;
/** Kinds of boilerplate that sites put under the article as a box of its own. */
const CLOSING_BOX_KINDS: ReadonlySet<RemovedKind> = new Set(["newsletter", "ad"]);
/** Share buttons in one stretch of short lines that make a share bar rather than one stray "Share". */
const MIN_SHARE_BAR_BUTTONS = 3;
/**
 * A blogger's or an editor's sign-off under the last paragraph ("x Franzi", "XX, Die Redaktion",
 * "Liebe Grüße, Anna"): a greeting and a capitalised name, in the languages the tool reads. It is
 * the article's last line, though as short as a menu entry.
 */
const SIGN_OFF_GREETING = /^(?:x+|xo+|xoxo|liebe grüße|viele grüße|herzliche grüße|beste grüße|liebste grüße|lg|bis bald|cheers|love|best|bisous|gros bisous|à bientôt|besos|saludos|un abrazo|hasta pronto|pozdrawiam|buziaki)[,!.]?\s+/iu;
const SIGN_OFF_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}[\s!.♥❤<3]*$/u;
const MAX_SIGN_OFF_CHARS = 50;
/** The sign-off may stand one line below the last paragraph ("Ich wünsche euch einen schönen Sonntag"). */
const MAX_SIGN_OFF_DISTANCE = 2;
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
function resumesAfter(lines: readonly TextLine[], boilerplate: readonly boolean[], light: readonly boolean[], related: readonly boolean[], h: number): boolean {
  // Date lines stand under every headline of a box and every post of a thread: they are skipped.
  const after: number[] = [];
  for (let i = h + 1; i < lines.length && after.length <= Math.max(MIN_RESUMED_PARAGRAPHS, MAX_BOX_LINES + 2); i++) if (!light[i]) after.push(i);
  const prose = (k: number): boolean => after[k] !== undefined && isProse(lines[after[k]!]!);
  const clean = (k: number): boolean => after[k] !== undefined && !boilerplate[after[k]!] && !related[after[k]!];
  if (after.length === 0) return false;
  // A box names its stories in short headlines; prose straight under the heading is a teaser list,
  // unless it goes on for several paragraphs: then the heading was a "Read more" link in the article.
  if (prose(0)) {
    for (let k = 0; k < MIN_RESUMED_PARAGRAPHS; k++) if (!prose(k) || !clean(k)) return false;
    return true;
  }
  for (let k = 0; k <= MAX_BOX_LINES && k + 1 < after.length; k++) {
    if (!clean(k)) return false;
    if (prose(k) && prose(k + 1) && clean(k + 1)) return true;
  }
  return false;
}

/**
 * Lines of prose broken at a fixed width (pre-formatted text, a mail pasted into a post): a line with
 * no sentence end followed by one that starts in lower case goes on in it. The lines of a chain
 * whose words together make prose are prose.
 */
function wrappedProse(lines: readonly TextLine[], boilerplate: readonly boolean[]): Set<number> {
  const out = new Set<number>();
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const goesOn = next !== undefined && !boilerplate[i] && !boilerplate[i + 1] && l.words >= MIN_WRAPPED_LINE_WORDS && !SENTENCE_END.test(l.text) && /^\p{Ll}/u.test(next.text);
    if (goesOn) continue;
    if (i > from) {
      const chain = lines.slice(from, i + 1);
      const joined = { text: chain.map((c) => c.text).join(" "), paragraph: l.paragraph, words: chain.reduce((a, c) => a + c.words, 0) };
      if (isProse(joined)) for (let j = from; j <= i; j++) out.add(j);
    }
    from = i + 1;
  }
  return out;
}

/**
 * The repeats of the headline where the article may start. A later repeat just under a
 * related-stories heading is this article's own entry in a list of recent stories, not its start.
 */
function headlineAnchors(repeats: readonly number[], related: readonly boolean[]): number[] {
  return repeats.filter((r, k) => {
    if (k === 0) return true;
    for (let j = Math.max(repeats[k - 1]!, r - MAX_HEADLINE_GAP); j < r; j++) if (related[j]) return false;
    return true;
  });
}

/** `rules` are the keyword rules that hit each line; `web` says whether the input is a whole page. */
export function findRun(lines: readonly TextLine[], title: Title, rules: readonly (LineRule | null)[], web: boolean): Run {
  const n = lines.length;
  const related = lines.map((l) => isRelatedHeading(l.text));
  const boilerplate = rules.map((r) => r !== null);
  const everything: Run = { start: 0, end: n - 1, boxes: new Set(), kindOutside: () => "other" };
  if (n === 0 || !web) return everything;
  const anchors = headlineAnchors(title.repeats, related);

  const wrapped = wrappedProse(lines, boilerplate);
  const value = lines.map((l, i): number => {
    if (boilerplate[i]) return rules[i]!.light ? -SHORT_LINE_COST : -Math.max(MIN_BOILERPLATE_COST, l.text.length);
    if (isProse(l) || wrapped.has(i)) return l.text.length;
    return -SHORT_LINE_COST;
  });
  // Related-stories headings split the page into segments, except a small box after which the
  // article resumes ("Related Coverage" and one headline): that box is only cut out.
  const boxes = new Set<number>();
  // Dates stand between the headlines of a box and between the paragraphs of an article alike.
  const light = rules.map((r) => r?.light === true);
  const heavy = rules.map((r, i) => r !== null && !light[i]);
  // A comment count or form ("120 Kommentare", "Leave a reply") after an article's worth of prose
  // heads the readers' comments: their prose is not the article, so no run reaches over it. Above
  // the article, beside the byline, the same count is only a counter.
  let proseAbove = 0;
  const comments = rules.map((r, i) => {
    const heads = r !== null && r.kind === "comments" && !r.weak && proseAbove >= MIN_ARTICLE_BEFORE_COMMENTS;
    if (value[i]! > 0) proseAbove += value[i]!;
    return heads;
  });
  const barrier = related.map((r, h) => {
    if (comments[h]) return true;
    if (!r) return false;
    if (!resumesAfter(lines, heavy, light, related, h)) return true;
    for (let i = h; i < n && (i === h || !isProse(lines[i]!)); i++) boxes.add(i);
    return false;
  });
  // What a run is worth in the segment that starts at `from`: less under a related-stories heading
  // (the stories it announces), much less under a comment count (the readers' comments).
  const weightAfter = (from: number): number => {
    if (from === 0 || !barrier[from - 1]) return 1;
    return comments[from - 1] ? COMMENTS_SEGMENT_WEIGHT : ANNOUNCED_SEGMENT_WEIGHT;
  };
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
      let score = segBest.sum * weightAfter(segStart);
      if (anchors.some((r) => r <= segBest.end && segBest.start - r <= MAX_HEADLINE_GAP)) score *= HEADLINE_RUN_WEIGHT;
      if (score > best.score) best = { start: segBest.start, end: segBest.end, score };
    }
    // The best run that starts under the repeated headline competes too, with the headline's weight:
    // a short post under its headline beats a longer sidebar further down.
    for (const head of anchors) {
      if (head < segStart || head >= i) continue;
      for (let from = head + 1; from < i && from <= head + MAX_HEADLINE_GAP; from++) {
        let sum = 0;
        for (let j = from; j < i; j++) {
          sum += boxes.has(j) ? 0 : value[j]!;
          const score = sum * HEADLINE_RUN_WEIGHT * weightAfter(segStart);
          if (sum > 0 && score > best.score) best = { start: from, end: j, score };
        }
      }
    }
    segStart = i + 1;
  }
  if (best.end < 0) return everything;
  let runStart = best.start;
  let runEnd = best.end;
  // A paragraph is kept or dropped whole: its lines are one block of the page broken by <br>.
  const sameParagraph = (a: number, b: number): boolean => lines[a]!.paragraph === lines[b]!.paragraph && !boilerplate[a] && !related[a] && !isMenuLike(lines[a]!);
  while (runStart > 0 && sameParagraph(runStart - 1, runStart)) runStart--;
  while (runEnd + 1 < n && sameParagraph(runEnd + 1, runEnd)) runEnd++;

  const proseIn = (a: number, b: number): number => {
    let chars = 0;
    for (let i = a; i < b; i++) if (value[i]! > 0) chars += value[i]!;
    return chars;
  };
  // Prose above the repeated headline inside the run is a sidebar or a teaser, unless it is most of the run.
  const inside = anchors.find((r) => r > runStart && r <= runEnd);
  if (inside !== undefined && proseIn(runStart, inside) < proseIn(inside, runEnd + 1)) runStart = inside;
  // The run goes back to the closest repeat of the headline above it.
  // Without a repeat, the first line is the headline: a run that starts near the top goes back to it.
  const head = (title.line === 0 ? [0] : anchors).filter((r) => r < runStart).pop();
  if (head !== undefined && runStart - head <= MAX_HEADLINE_GAP) {
    let clear = true;
    for (let i = head; i < runStart; i++) if (related[i]) clear = false;
    if (clear) runStart = head;
  }
  runEnd = withSignOff(lines, rules, beforeClosingBox(value, rules, runStart, beforeShareBar(value, rules, runStart, withoutTail(value, runStart, runEnd))));
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

export function isSignOff(text: string): boolean {
  if (text.length > MAX_SIGN_OFF_CHARS) return false;
  const greeting = SIGN_OFF_GREETING.exec(text);
  return greeting !== null && SIGN_OFF_NAME.test(text.slice(greeting[0].length));
}

/** The run's end moved down to a sign-off just under it, over a short line between them. */
function withSignOff(lines: readonly TextLine[], rules: readonly (LineRule | null)[], end: number): number {
  for (let k = 1; k <= MAX_SIGN_OFF_DISTANCE && end + k < lines.length; k++) {
    const i = end + k;
    if (rules[i] || isRelatedHeading(lines[i]!.text)) return end;
    if (isSignOff(lines[i]!.text)) return i;
  }
  return end;
}

/**
 * Sites print the share bar under the article; what a run picks up below it (the author's blurb,
 * a sponsor's box, the first of the readers' comments) is not the article. A share bar at the top,
 * beside the byline, has no article above it; one after the lead has more article below it than
 * above. So a stretch of short lines with several share buttons ends the run, at its first button, when the run holds an
 * article's worth of prose above it and less prose below it than above.
 */
function beforeShareBar(value: readonly number[], rules: readonly (LineRule | null)[], start: number, end: number): number {
  let total = 0;
  for (let i = start; i <= end; i++) if (value[i]! > 0) total += value[i]!;
  let above = 0;
  let buttons = 0;
  let firstButton = -1;
  for (let i = start; i <= end; i++) {
    if (value[i]! > 0) {
      if (buttons >= MIN_SHARE_BAR_BUTTONS && above >= MIN_ARTICLE_BEFORE_COMMENTS && total - above < above) return firstButton - 1;
      above += value[i]!;
      buttons = 0;
      firstButton = -1;
    } else if (rules[i]?.kind === "share") {
      if (firstButton < 0) firstButton = i;
      buttons++;
    }
  }
  return end;
}

/**
 * A newsletter sign-up or an advert boxed under the last paragraph: the run may reach over it for
 * the box's pitch ("Bleiben Sie auf dem Laufenden über unsere Arbeit", "Advertise with us ...").
 * Such a box between paragraphs has the article going on below it; at the tail, it has less than a
 * paragraph of prose below it and an article's worth above. The run then ends above the box.
 */
function beforeClosingBox(value: readonly number[], rules: readonly (LineRule | null)[], start: number, end: number): number {
  let below = 0;
  let box = -1;
  for (let i = end; i > start; i--) {
    const rule = rules[i];
    if (value[i]! > 0) {
      below += value[i]!;
      if (below >= MAX_PROSE_UNDER_CLOSING_BOX) break;
    } else if (rule && !rule.light && CLOSING_BOX_KINDS.has(rule.kind)) box = i;
  }
  if (box < 0) return end;
  let above = 0;
  for (let i = start; i < box; i++) if (value[i]! > 0) above += value[i]!;
  if (above < MIN_ARTICLE_BEFORE_COMMENTS) return end;
  let cut = box - 1;
  while (cut > start && value[cut]! <= 0) cut--;
  return cut;
}

/**
 * Where a run of prose really ends. A run may reach over a block of labels (a press contact, an
 * author box, a tag list: many short lines in a row) to pick up one last paragraph, which is then
 * the organisation's or the author's blurb rather than the article: an article's own subheadings
 * and captions come one or two at a time. So a streak of this many short lines, followed by less
 * than a paragraph's worth of prose before the run ends, ends the run where the streak begins.
 */
function withoutTail(value: readonly number[], start: number, end: number): number {
  let streak = 0;
  let after = 0;
  for (let i = end; i > start; i--) {
    if (value[i]! > 0) {
      streak = 0;
      after += value[i]!;
      if (after >= MIN_TAIL_PROSE_CHARS) return end;
      continue;
    }
    if (++streak < MIN_LABEL_STREAK) continue;
    let j = i;
    while (j > start && value[j - 1]! <= 0) j--;
    return j > start ? j - 1 : end;
  }
  return end;
}
