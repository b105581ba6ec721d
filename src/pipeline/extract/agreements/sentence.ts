// One sentence seen as words, with what the rules need to know about each: is it part of a date,
// inside quotation marks, the first word of the sentence. Built once per sentence.
import type { ArticleDoc, Sentence } from "../../doc.js";
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
  /** words[i] lies inside a person, organization or place mention of the entity stage. */
  readonly inEntity: readonly boolean[];
}

/** Fewer words than this between quotation marks is a term or a title, not speech. */
const MIN_QUOTED_WORDS = 3;

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

export function viewOf(doc: ArticleDoc, index: number, quoted: readonly { start: number; end: number }[], entities: readonly { start: number; end: number }[] = []): SentenceView {
  const sentence = doc.sentences[index]!;
  const words = wordsOf(doc.tokens, sentence.firstToken, sentence.endToken);
  const dates = doc.dates.filter((d) => d.start < sentence.end && d.end > sentence.start);
  const isDate = words.map((w) =>
    dates.some((d) => w.start >= d.start && w.end <= d.end && w.end > w.start) ||
    w.tags.has("WeekDay") || w.tags.has("Month") || DATE_WORDS.has(w.lower));
  const isQuoted = words.map((w) => quoted.some((q) => w.start > q.start && w.end < q.end));
  const body = doc.text.slice(sentence.start, sentence.end).trim().replace(/["”’'»)\]]+$/, "");
  const near = entities.filter((m) => m.start < sentence.end && m.end > sentence.start);
  const inEntity = words.map((w) => w.end > w.start && near.some((m) => w.start >= m.start && w.end <= m.end));
  return { text: doc.text, index, sentence, words, isDate, isQuoted, isQuestion: body.endsWith("?"), inEntity };
}
