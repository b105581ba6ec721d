// Direct quotes: text between quotation marks, attributed to the person named next to a speech verb
// in the same paragraph.
import type { PersonFinding, QuoteFinding } from "../doc.js";
import type { Stage } from "../stage.js";

const QUOTED = /[“"«„]([^”"»“]{2,}?)[”"»“]/gu;
/** Fewer words than this between quotation marks is a term or a title, not speech. */
const MIN_QUOTE_WORDS = 3;
const SPEECH_VERB = /\b(?:said|says|told|added|stated|asked|wrote|explained|noted|declared|according to)\b/i;

function speakerFor(text: string, start: number, end: number, paraStart: number, paraEnd: number, people: readonly PersonFinding[]): string | null {
  const context = text.slice(paraStart, paraEnd);
  if (!SPEECH_VERB.test(context)) return null;
  let best: { name: string; distance: number } | null = null;
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.start < paraStart || m.end > paraEnd || (m.start >= start && m.end <= end)) continue;
      const distance = m.end <= start ? start - m.end : m.start - end;
      if (!best || distance < best.distance) best = { name: p.name, distance };
    }
  }
  return best?.name ?? null;
}

export const quotes: Stage = {
  name: "quotes",
  essential: false,
  run(doc) {
    const found: QuoteFinding[] = [];
    for (const para of doc.paragraphs) {
      const slice = doc.text.slice(para.start, para.end);
      for (const m of slice.matchAll(QUOTED)) {
        const inner = m[1]!;
        if (inner.trim().split(/\s+/).length < MIN_QUOTE_WORDS) continue;
        const start = para.start + m.index + 1;
        const end = start + inner.length;
        found.push({ speaker: speakerFor(doc.text, start, end, para.start, para.end, doc.people), text: inner, start, end });
      }
    }
    return { ...doc, quotes: found };
  },
};
