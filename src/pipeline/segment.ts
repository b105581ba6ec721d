// Paragraphs, sentences and tokens, computed once and shared by every extractor. compromise is the
// most expensive step of the pipeline, so it runs exactly once per paragraph here (per paragraph
// keeps its cost linear and stops sentences from running across blocks); the extractors read its
// tags from doc.tokens instead of re-tokenising.
import type { Span } from "../schema/article.js";
import { nlp } from "../nlp/compromise.js";
import type { Sentence, Token } from "./doc.js";
import type { Stage } from "./stage.js";

interface TermJson {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface SentenceJson {
  terms: TermJson[];
}

export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) spans.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
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

export const segment: Stage = {
  name: "segment",
  essential: true,
  run(doc) {
    const paragraphs = paragraphSpans(doc.text);
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    // Words share a few hundred combinations of tags: one read-only set per combination.
    const tagSets = new Map<string, ReadonlySet<string>>();
    const tagSet = (tags: string[]): ReadonlySet<string> => {
      const key = tags.join(",");
      let set = tagSets.get(key);
      if (!set) { set = new Set(tags); tagSets.set(key, set); }
      return set;
    };
    paragraphs.forEach((para, paragraph) => {
      const json = nlp(unwrap(doc.text.slice(para.start, para.end))).json({ offset: true }) as SentenceJson[];
      for (const s of json) {
        const firstToken = tokens.length;
        const index = sentences.length;
        for (const t of s.terms) {
          const start = para.start + t.offset.start;
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
    return { ...doc, paragraphs, sentences, tokens };
  },
};
