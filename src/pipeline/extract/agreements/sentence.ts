// One sentence seen as words, with what the rules need to know about each: is it part of a date,
// inside quotation marks, the first word of the sentence. Built once per sentence.
import type { ArticleDoc, DateFinding, Sentence } from "../../doc.js";
import type { EntityMentionRef } from "./parties.js";
import type { Word } from "./words.js";
import { wordsOf } from "./words.js";

export interface SentenceView {
  readonly text: string;
  readonly index: number;
  readonly sentence: Sentence;
  readonly words: readonly Word[];
  /** words[i] lies inside a date mention ("on Wednesday", "January 31, 2026"). */
  readonly isDate: readonly boolean[];
  /** words[i] lies inside quotation marks of at least MIN_QUOTED_WORDS words. */
  readonly isQuoted: readonly boolean[];
  readonly isQuestion: boolean;
  /** A paragraph of one sentence without a final stop: a headline, where a comma joins
   * coordinated names ("Japan, South Korea agree") and "to" announces ("Kenya to sign"). */
  readonly headline: boolean;
  /** words[i] lies inside a person, organization or place mention of the entity stage. */
  readonly inEntity: readonly boolean[];
  /** The entity mentions and the dates inside the sentence. */
  readonly mentions: readonly EntityMentionRef[];
  readonly dates: readonly DateFinding[];
}

/** Fewer words than this between quotation marks is a term or a title, not speech. */
const MIN_QUOTED_WORDS = 3;

/** Longer lines without a final stop are text cut short, not headlines. */
const MAX_HEADLINE_WORDS = 20;

/**
 * The quotation pairs read here: an opening mark and the first of its closing marks after it (the
 * straight double mark does not run over a line break). A regular expression such as /“[^”]*”/g
 * rescans the rest of the text from every opening mark that never closes, so 50 000 unclosed
 * marks cost 50 000 scans of the text; the scan below looks for each kind of closing mark at most
 * once per position (see nextIndex).
 */
const PAIRS: ReadonlyArray<{ open: string; close: readonly string[]; stop?: string; doubled?: boolean }> = [
  { open: "“", close: ["”"] },
  { open: '"', close: ['"'], stop: "\n" },
  { open: "«", close: ["»"] },
  { open: "„", close: ["“", "”"] },
  // ``…'': the first apostrophe after the opening ends it, and it must be a pair.
  { open: "``", close: ["'"], doubled: true },
];

const DATE_WORDS = new Set(["today", "tonight", "yesterday", "tomorrow", "weekend"]);

/** Spans of quoted speech in a paragraph. */
export function quotedSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const slice = text.slice(start, end);
  const next = nextIndex(slice);
  for (let i = 0; i < slice.length;) {
    const span = pairAt(slice, i, next);
    if (!span) { i++; continue; }
    if (slice.slice(i, span).trim().split(/\s+/).length >= MIN_QUOTED_WORDS) out.push({ start: start + i, end: start + span });
    i = span;
  }
  return out;
}

/** The end of the quotation opening at i (just after its closing mark), or null. */
function pairAt(text: string, i: number, next: (needle: string, from: number) => number): number | null {
  for (const pair of PAIRS) {
    if (!text.startsWith(pair.open, i)) continue;
    const from = i + pair.open.length;
    let close = -1, closeLength = 0;
    for (const mark of pair.close) {
      const at = next(mark, from);
      if (at >= 0 && (close < 0 || at < close)) { close = at; closeLength = mark.length; }
    }
    if (close < 0) continue;
    if (pair.doubled) {
      if (text[close + 1] !== "'") continue;
      closeLength = 2;
    }
    if (pair.stop !== undefined) {
      const stop = next(pair.stop, from);
      if (stop >= 0 && stop < close) continue;
    }
    return close + closeLength;
  }
  return null;
}

/**
 * indexOf with a memory: the scan only moves forward, so the last position found for a needle
 * stays the answer until the scan passes it, and a needle not found once is never found later.
 */
function nextIndex(text: string): (needle: string, from: number) => number {
  const last = new Map<string, number>();
  return (needle, from) => {
    const known = last.get(needle);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const at = text.indexOf(needle, from);
    last.set(needle, at);
    return at;
  };
}

/** Items with a start offset, grouped by the sentence they start in (sentences are in text order). */
export function bySentence<T extends { start: number }>(doc: ArticleDoc, items: readonly T[]): T[][] {
  const out: T[][] = doc.sentences.map(() => []);
  for (const item of items) {
    let lo = 0, hi = doc.sentences.length - 1, at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (doc.sentences[mid]!.start <= item.start) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (at >= 0 && item.start < doc.sentences[at]!.end) out[at]!.push(item);
  }
  return out;
}

export function viewOf(
  doc: ArticleDoc, index: number, quoted: readonly { start: number; end: number }[],
  mentions: readonly EntityMentionRef[] = [], dates: readonly DateFinding[] = [],
): SentenceView {
  const sentence = doc.sentences[index]!;
  const words = wordsOf(doc.tokens, sentence.firstToken, sentence.endToken);
  const isDate = words.map((w) =>
    dates.some((d) => w.start >= d.start && w.end <= d.end && w.end > w.start) ||
    w.tags.has("WeekDay") || w.tags.has("Month") || DATE_WORDS.has(w.lower));
  const isQuoted = words.map((w) => quoted.some((q) => w.start > q.start && w.end < q.end));
  const body = doc.text.slice(sentence.start, sentence.end).trim().replace(/["”’'»)\]]+$/, "");
  const inEntity = words.map((w) => w.end > w.start && mentions.some((m) => w.start >= m.start && w.end <= m.end));
  const paragraph = doc.paragraphs[sentence.paragraph];
  const alone = paragraph !== undefined && doc.text.slice(paragraph.start, paragraph.end).trim() === doc.text.slice(sentence.start, sentence.end).trim();
  const headline = alone && !/[.!?:;,]$/.test(body) && words.length <= MAX_HEADLINE_WORDS;
  return { text: doc.text, index, sentence, words, isDate, isQuoted, isQuestion: body.endsWith("?"), headline, inEntity, mentions, dates };
}
