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

export const segment: Stage = {
  name: "segment",
  essential: true,
  run(doc) {
    const paragraphs = paragraphSpans(doc.text);
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    paragraphs.forEach((para, paragraph) => {
      const json = nlp(doc.text.slice(para.start, para.end)).json({ offset: true }) as SentenceJson[];
      for (const s of json) {
        const firstToken = tokens.length;
        const index = sentences.length;
        for (const t of s.terms) {
          const start = para.start + t.offset.start;
          tokens.push({
            text: t.text, normal: t.normal, pre: t.pre, post: t.post,
            start, end: start + t.offset.length, tags: new Set(t.tags), sentence: index,
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
