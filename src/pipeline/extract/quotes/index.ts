// Quotes: who said what. Quotation marks give the spans (marks.ts); the words around them, cut into
// sentences with every quotation as one item (frame.ts), give the speech verb and the words that
// name the source (attribution.ts), which become a canonical person or organisation (speaker.ts).
// Titles of works and scare quotes (short, with no speech verb) are not quotes (titles.ts).
// A quotation interrupted by its attribution (“…,” she said. “…”) and the quoted fragments of one
// reported sentence (that voting fraud is “a big problem” but “nobody talks about it”) are one quote.
import type { QuoteFinding } from "../../doc.js";
import type { Stage } from "../../stage.js";
import type { Cue, Slot } from "./attribution.js";
import { clauseVerbBefore, dashSlot, findCue, speakerSlot } from "./attribution.js";
import type { FrameSentence, Item } from "./frame.js";
import { frameSentences, itemsOf } from "./frame.js";
import type { QuotedSpan } from "./marks.js";
import { findQuotedSpans } from "./marks.js";
import { Speakers } from "./speaker.js";
import { isTitle, wordsIn } from "./titles.js";

/**
 * A quotation with no speech verb around it and fewer words than this is a scare quote or a term
 * ("so-called “pass through” income"); longer ones are passages of speech whose source is
 * elsewhere (the next paragraph of a long quote).
 */
const MIN_UNATTRIBUTED_WORDS = 8;
/** A previous speaker is a candidate for "he"/"she" only this many paragraphs back. */
const PREVIOUS_SPEAKER_PARAGRAPHS = 2;

interface Found {
  readonly spans: number[];
  readonly sentence: number;
  readonly cue: Cue | null;
  /** Where the cue sits relative to the quotation: after it (“…,” he said) or before. */
  readonly cueAfter: boolean;
  readonly attributed: boolean;
  readonly speaker: string | null;
}

const findText = (text: string, spans: readonly QuotedSpan[], found: Found): QuoteFinding | null => {
  let start = spans[found.spans[0]!]!.start;
  let end = spans[found.spans.at(-1)!]!.end;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { speaker: found.speaker, cue: found.cue?.text ?? null, text: text.slice(start, end), start, end };
};

export const quotes: Stage = {
  name: "quotes",
  essential: false,
  run(doc) {
    const { text, tokens } = doc;
    const spans = findQuotedSpans(text, doc.paragraphs);
    const items = itemsOf(tokens, spans);
    const sentences = frameSentences(text, tokens, spans, items, (s) => doc.sentences[s]!.paragraph);
    const quoted = (offset: number): boolean => spans.some((q) => q.open <= offset && offset < q.close);
    const speakers = new Speakers(doc, quoted);
    const found: Found[] = [];

    const resolveCue = (its: readonly Item[], cue: Cue, previous: string | null): string | null => {
      let slot: Slot | null = speakerSlot(its, cue, tokens);
      if (!slot && /ing$/.test(cue.text)) {
        const verb = clauseVerbBefore(its, cue.at, tokens);
        if (verb !== null) slot = speakerSlot(its, { at: verb, text: "", kind: "speech" }, tokens);
      }
      return slot ? speakers.resolve(slot, previous) : null;
    };

    sentences.forEach((sentence: FrameSentence, s) => {
      sentence.items.forEach((item, qi) => {
        if (item.kind !== "quote") return;
        const span = spans[item.quote]!;
        const inner = text.slice(span.start, span.end);
        if (isTitle(sentence.items, qi, inner, tokens)) return;
        const last = found.at(-1);
        const lastSpan = last ? spans[last.spans.at(-1)!]! : null;
        const previous = last && lastSpan && span.paragraph - lastSpan.lastParagraph <= PREVIOUS_SPEAKER_PARAGRAPHS ? last.speaker : null;
        let cue = findCue(sentence.items, qi, tokens);
        let speaker: string | null = null;
        let attributed = cue !== null;
        if (cue) {
          // Fragments of one reported sentence under the same verb are one quote.
          if (last && last.sentence === s && last.cue && last.cue.at === cue.at) {
            last.spans.push(item.quote);
            return;
          }
          speaker = resolveCue(sentence.items, cue, previous);
        } else {
          const opens = !sentence.items.slice(0, qi).some((it) => it.kind === "word");
          const prior = sentences[s - 1];
          const lastWord = prior?.items.at(-1);
          const introduced = opens && prior && lastWord?.kind === "word" && tokens[lastWord.token]!.post.includes(":");
          const dash = dashSlot(sentence.items, qi, tokens);
          if (introduced && prior) {
            // "He said:" closing the sentence before: the verb of that sentence governs this quotation.
            cue = findCue(prior.items, prior.items.length, tokens);
            if (cue) {
              attributed = true;
              speaker = resolveCue(prior.items, cue, previous);
            }
          } else if (dash) {
            attributed = true;
            speaker = speakers.resolve(dash, previous);
          }
          if (!attributed && opens && last && lastSpan && lastSpan.lastParagraph === span.paragraph && last.sentence === s - 1 && last.attributed) {
            // “…,” she said. “…”: the second part continues the first.
            last.spans.push(item.quote);
            return;
          }
        }
        if (!attributed && wordsIn(inner).length < MIN_UNATTRIBUTED_WORDS) return;
        found.push({ spans: [item.quote], sentence: s, cue, cueAfter: cue !== null && cue.at > qi, attributed, speaker });
      });
    });
    const out: QuoteFinding[] = [];
    for (const f of found) {
      const q = findText(text, spans, f);
      if (q) out.push(q);
    }
    return { ...doc, quotes: out };
  },
};
