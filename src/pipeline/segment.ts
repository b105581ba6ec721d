// Paragraphs, sentences and tokens, computed once and shared by every extractor. compromise is the
// most expensive step of the pipeline, so it runs exactly once per paragraph here (per paragraph
// keeps its cost linear and stops sentences from running across blocks); the extractors read its
// tags from doc.tokens instead of re-tokenising.
import type { Span } from "../schema/article.js";
import type { Sentence, Token } from "./doc.js";
import type { Stage } from "./stage.js";
import type { PlainTerm } from "./plain-tokens.js";
import { tagBudget } from "./tag-budget.js";

/** A term of compromise's JSON, the shape the plain tokenizer of huge documents writes too. */
type TermJson = PlainTerm;
interface SentenceJson {
  terms: TermJson[];
}

/**
 * Blocks of text separated by blank lines, trimmed. One pass over the lines: the regular
 * expression it replaces, /[^\n]+(?:\n(?!\s*\n)[^\n]*)*\/g, looked ahead over the whole run of
 * white space at every line break, quadratic on a page of blank lines.
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let runStart = -1, runEnd = -1;
  const close = (): void => {
    if (runStart < 0) return;
    const raw = text.slice(runStart, runEnd);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) spans.push({ start: runStart + lead, end: runStart + lead + body.length });
    runStart = -1;
  };
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    // A blank line ends a block, unless it is the last line of the text.
    const blank = nl >= 0 && /^\s*$/.test(text.slice(start, end));
    if (runStart >= 0 && !blank) runEnd = end;
    else {
      close();
      if (end > start) { runStart = start; runEnd = end; }
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  close();
  return spans;
}

/** A line at least this long that stops without a full stop was wrapped, not ended. */
const MIN_WRAPPED_LINE = 40;

/**
 * compromise ends a sentence at every line break. In hard-wrapped prose a break is only a space,
 * so it is given to compromise as one (same length: offsets stay those of doc.text): when the next
 * line goes on in lower case, or a long line stops without closing punctuation. Short lines
 * (headlines, datelines, table rows) keep their break.
 */
export function unwrap(block: string): string {
  const lines = block.split("\n");
  return lines.map((line, i) => {
    const next = lines[i + 1];
    if (next === undefined) return line;
    const wrapped = /^\s*\p{Ll}/u.test(next) || (line.length >= MIN_WRAPPED_LINE && !/[.!?:;"”’)\]]\s*$/u.test(line));
    return line + (wrapped ? " " : "\n");
  }).join("");
}

/**
 * Longest run of text given to compromise as one sentence. Real sentences stay far below it; text
 * without full stops (a list of names, a page of capitalised words, a table flattened to one line)
 * would otherwise become one "sentence" of any length, and compromise and every per-sentence rule
 * after it cost more than linear time in a sentence's length.
 */
export const MAX_SENTENCE_CHARS = 1000;
/** Longest block given to compromise in one call: long blocks are cut at sentence ends. */
export const MAX_CHUNK_CHARS = 20_000;

/** Where a sentence may end: a stop (with closing quotes or brackets) before white space, or a line break. */
const SENTENCE_END = /[.!?…]["”’)\]]*\s+|\n+/g;

/**
 * Cuts one unwrapped block into the pieces compromise reads, as [start, end) offsets into it. A
 * block of ordinary sentences is one piece. A run longer than MAX_SENTENCE_CHARS without a sentence
 * end is cut at the last clause mark (";", ",", ":") or else the last space before the limit (else
 * anywhere but inside a surrogate pair), and a block longer than MAX_CHUNK_CHARS is cut at its
 * sentence ends, so that no call and no sentence grows with the input. Pieces never start with
 * white space, so that their offsets need no correction.
 */
export function pieces(block: string): Array<[number, number]> {
  if (block.length <= MAX_SENTENCE_CHARS) return [[0, block.length]];
  const forced: number[] = [];
  const ends: number[] = [];
  const bound = (from: number, to: number): void => {
    // A run [from, to) without a sentence end, longer than the limit: cut it into bounded parts.
    for (let at = from; to - at > MAX_SENTENCE_CHARS;) {
      at = safeCut(block, at, at + MAX_SENTENCE_CHARS);
      forced.push(at);
    }
  };
  let sentenceStart = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(block); m; m = SENTENCE_END.exec(block)) {
    bound(sentenceStart, m.index);
    sentenceStart = m.index + m[0].length;
    ends.push(sentenceStart);
  }
  bound(sentenceStart, block.length);
  if (forced.length === 0 && block.length <= MAX_CHUNK_CHARS) return [[0, block.length]];
  // Every forced cut ends a piece; a sentence end only when the piece would grow past MAX_CHUNK_CHARS.
  const boundaries = [...forced.map((at) => ({ at, forced: true })), ...ends.map((at) => ({ at, forced: false }))]
    .sort((x, y) => x.at - y.at);
  const out: Array<[number, number]> = [];
  let start = 0;
  let lastEnd = -1;
  for (const { at, forced: isForced } of boundaries) {
    if (at <= start || at >= block.length) continue;
    if (isForced) {
      out.push([start, at]);
      start = at;
      lastEnd = -1;
    } else if (at - start <= MAX_CHUNK_CHARS) {
      lastEnd = at;
    } else {
      const cut = lastEnd > start ? lastEnd : at;
      out.push([start, cut]);
      start = cut;
      lastEnd = at > start ? at : -1;
    }
  }
  out.push([start, block.length]);
  return out.map(([a, b]) => [skipSpace(block, a, b), b] as [number, number]).filter(([a, b]) => a < b);
}

function skipSpace(block: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/u.test(block[i]!)) i++;
  return i;
}

/** A cut in (from, limit]: after the last clause mark, else after the last space, else at the limit. */
function safeCut(block: string, from: number, limit: number): number {
  const floor = from + (limit - from) / 2;
  let space = -1;
  for (let i = limit - 1; i > floor; i--) {
    const c = block[i]!;
    if ((c === ";" || c === "," || c === ":") && /\s/u.test(block[i + 1] ?? "")) return i + 1;
    if (space < 0 && /\s/u.test(c)) space = i + 1;
  }
  if (space > 0) return space;
  // No space at all: do not split a surrogate pair.
  const code = block.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

export const segment: Stage = {
  name: "segment",
  essential: true,
  run(doc, ctx) {
    const paragraphs = paragraphSpans(doc.text);
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    // Words share a few hundred combinations of tags: one read-only set per combination.
    const budget = tagBudget();
    // The end of the last tagged piece, and whether any piece was past the budget.
    let taggedEnd = 0;
    let plain = false;
    const tagSets = new Map<string, ReadonlySet<string>>();
    const tagSet = (tags: string[]): ReadonlySet<string> => {
      const key = tags.join(",");
      let set = tagSets.get(key);
      if (!set) { set = new Set(tags); tagSets.set(key, set); }
      return set;
    };
    paragraphs.forEach((para, paragraph) => {
      if (plain) return;
      const block = unwrap(doc.text.slice(para.start, para.end));
      const json: Array<{ at: number; sentence: SentenceJson }> = [];
      for (const [from, to] of pieces(block)) {
        const at = para.start + from;
        // Past the budget, pieces make no tokens: the huge document's tail is scanned by tail-entities.ts.
        const tagged = plain ? null : budget.tag(block.slice(from, to));
        if (!tagged) { plain = true; continue; }
        taggedEnd = para.start + to;
        for (const sentence of tagged) json.push({ at, sentence });
      }
      for (const { at, sentence: s } of json) {
        const firstToken = tokens.length;
        const index = sentences.length;
        for (const t of s.terms) {
          const start = at + t.offset.start;
          tokens.push({
            text: t.text, normal: t.normal, pre: t.pre, post: t.post,
            start, end: start + t.offset.length, tags: tagSet(t.tags), sentence: index,
          });
        }
        const first = tokens[firstToken];
        const last = tokens[tokens.length - 1];
        if (!first || !last) continue;
        // compromise's own sentence offsets count leading punctuation twice; the span is rebuilt
        // from the words, with the opening punctuation before the first one ('“(') and the
        // closing punctuation after the last one ('.” )').
        const opening = /[^\s]*$/.exec(first.pre)?.[0].length ?? 0;
        const closing = /^[^\s]*/.exec(last.post)?.[0].length ?? 0;
        sentences.push({ start: first.start - opening, end: last.end + closing, paragraph, firstToken, endToken: tokens.length });
      }
    });
    const detailEnd = plain ? taggedEnd : Number.POSITIVE_INFINITY;
    const notes = budget.messages(doc.text.length - taggedEnd);
    for (const note of notes) ctx.debug(() => `segment: ${note.text}`);
    return { ...doc, paragraphs, sentences, tokens, detailEnd, messages: notes.length ? [...doc.messages, ...notes] : doc.messages };
  },
};
