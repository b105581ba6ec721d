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

const QUOTED = /“[^”]*”|"[^"\n]*"|«[^»]*»|„[^“”]*[“”]|``[^']*''/g;

const DATE_WORDS = new Set(["today", "tonight", "yesterday", "tomorrow", "weekend"]);

/** Spans of quoted speech in a paragraph. */
export function quotedSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.slice(start, end).matchAll(QUOTED)) {
    if (m[0].trim().split(/\s+/).length >= MIN_QUOTED_WORDS) out.push({ start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
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
