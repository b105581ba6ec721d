// Quotes: who said what. Quotation marks give the spans (marks.ts); the words around them, cut into
// sentences with every quotation as one item (frame.ts), give the speech verb and the words that
// name the source (cue.ts, slot.ts, source.ts), which become a canonical person or organisation
// (speaker.ts). Titles of works (titles.ts), scare quotes (short, with no speech verb) and the
// headline are not quotes. Several quotations may form one quote (group.ts).
import type { Span } from "../../../schema/article.js";
import type { ArticleDoc, QuoteFinding, Token } from "../../doc.js";
import type { Stage } from "../../stage.js";
import type { FrameSentence } from "./frame.js";
import { frameSentences, itemsOf } from "./frame.js";
import type { Quote } from "./group.js";
import { lastSpanOf, toFinding } from "./group.js";
import { findQuotedSpans, insideQuotation } from "./marks.js";
import { sentenceSubject } from "./slot.js";
import { sourceOf, speakerOfCue } from "./source.js";
import { cueAt, findCue } from "./cue.js";
import { Speakers } from "./speaker.js";
import { isNameOrTitle, wordsIn } from "./titles.js";

/**
 * A quotation with no speech verb around it and fewer words than this is a scare quote or a term
 * ("so-called “pass through” income"); longer ones are passages of speech whose source is
 * elsewhere (the next paragraph of a long quote).
 */
const MIN_UNATTRIBUTED_WORDS = 8;
/**
 * A first paragraph this short, on one line, with more text after it, is the headline: its quotes
 * repeat, shortened, quotes of the body (and headlines quote in single marks: ‘costly mess’).
 */
const MAX_HEADLINE_LENGTH = 160;
/** A previous speaker is a candidate for "he"/"she" only this many paragraphs back. */
const PREVIOUS_SPEAKER_PARAGRAPHS = 2;

/**
 * A paragraph of speech with no verb of saying, after a paragraph of narration with no quotation
 * (features: "For 31 years, Walter Brennan has climbed … ¶ “People think it's lonely …"): the
 * person the narration is about speaks, the subject of its last sentence that has a person as
 * subject. Null when the paragraph before quotes anyone, or names no person as a subject.
 */
function narratedSubject(sentences: readonly FrameSentence[], s: number, tokens: readonly Token[], speakers: Speakers): string | null {
  const paragraph = sentences[s - 1]!.paragraph;
  if (paragraph === sentences[s]!.paragraph) return null;
  let k = s - 1;
  while (k > 0 && sentences[k - 1]!.paragraph === paragraph) k--;
  const narration = sentences.slice(k, s);
  if (narration.some((n) => n.items.some((it) => it.kind === "quote"))) return null;
  for (let i = narration.length - 1; i >= 0; i--) {
    const items = narration[i]!.items;
    const subject = sentenceSubject(items, items.length, tokens);
    const named = subject ? speakers.resolve(subject, { previous: null, describe: false }) : null;
    if (named && speakers.isPersonEntity(named)) return named;
  }
  return null;
}

function headlineOf(doc: ArticleDoc): Span | null {
  const first = doc.paragraphs[0];
  if (!first || doc.paragraphs.length < 2) return null;
  const line = doc.text.slice(first.start, first.end);
  return line === doc.meta.title || (line.length <= MAX_HEADLINE_LENGTH && !line.includes("\n")) ? first : null;
}

export const quotes: Stage = {
  name: "quotes",
  essential: false,
  run(doc, ctx) {
    const { text, tokens } = doc;
    const spans = findQuotedSpans(text, doc.paragraphs);
    const sentences = frameSentences(text, tokens, spans, itemsOf(tokens, spans), (s) => doc.sentences[s]!.paragraph);
    const speakers = new Speakers(doc, (offset) => insideQuotation(spans, offset));
    const headline = headlineOf(doc);
    const found: Quote[] = [];

    sentences.forEach((sentence, s) => {
      sentence.items.forEach((item, qi) => {
        if (item.kind !== "quote") return;
        const span = spans[item.quote]!;
        const inner = text.slice(span.start, span.end);
        if ((headline && span.open < headline.end) || isNameOrTitle(sentence.items, qi, inner, tokens)) return;
        const last = found.at(-1);
        const lastSpan = last ? lastSpanOf(last, spans) : null;
        const near = last && lastSpan && span.paragraph - lastSpan.lastParagraph <= PREVIOUS_SPEAKER_PARAGRAPHS;
        const source = sourceOf(sentences, s, qi, span.close, near ? last.speaker : null, text, tokens, speakers);
        if (source) {
          if (source.via === "verb" && source.cue && last?.cueSentence === s && last.cue?.at === source.cue.at) {
            const first = sentence.items.findIndex((it) => it.kind === "quote" && it.quote === last.groups[0]![0]);
            if (first > source.cue.at) {
              // Fragments of one reported clause under the same verb.
              last.groups.at(-1)!.push(item.quote);
              return;
            }
            // “…,” she said on Friday, “…”: the second side of a quotation interrupted by its tag.
            // After another verb of saying ("…,” Reyes said, suggesting a few questions,
            // including, “…”) it is a quote of its own, by the same speaker, unless it goes on
            // in lower case after a comma with the interrupted sentence ("…,” he said, referring
            // to X, “you …”).
            const before = sentence.items[qi - 1];
            const continues = /^\p{Ll}/u.test(inner.trimStart()) && before?.kind === "word" && /,\s*$/.test(tokens[before.token]!.post);
            let other = false;
            for (let i = source.cue.at + 1; i < qi && !other && !continues; i++) other = cueAt(sentence.items, i, tokens) !== null;
            if (continues || !other) {
              last.groups.push([item.quote]);
              return;
            }
          }
          ctx.debug(() => `quotes: ${JSON.stringify(inner.slice(0, 60))} ← ${source.speaker ?? "?"} (${source.via}: ${source.cue?.text ?? "-"})`);
          found.push({ groups: [[item.quote]], sentence: s, cue: source.cue, cueSentence: source.via === "verb" ? s : null, attributed: true, speaker: source.speaker });
          return;
        }
        const opens = !sentence.items.slice(0, qi).some((it) => it.kind === "word");
        if (opens && last?.attributed && lastSpan && lastSpan.lastParagraph === span.paragraph && last.sentence === s - 1) {
          // “…,” she said. “…”: the second side of an interrupted quotation.
          last.groups.push([item.quote]);
          return;
        }
        // A paragraph that is only a quotation, right after a paragraph that ends with an attributed
        // quote, goes on with that speaker however short it is (“He looks forward to clearing his name.”).
        const alone = sentence.items.length === 1 && sentences[s + 1]?.paragraph !== sentence.paragraph && sentences[s - 1]?.paragraph !== sentence.paragraph;
        if (alone && last?.attributed && lastSpan && span.paragraph === lastSpan.lastParagraph + 1 && last.sentence === s - 1 && /[.!?…]\s*$/.test(inner)) {
          found.push({ groups: [[item.quote]], sentence: s, cue: null, cueSentence: null, attributed: false, speaker: last.speaker });
          return;
        }
        if (wordsIn(inner).length < MIN_UNATTRIBUTED_WORDS) {
          ctx.debug(() => `quotes: ${JSON.stringify(inner.slice(0, 60))} left out: no speech verb, too short for speech`);
          return;
        }
        // A quotation that opens a paragraph after a quote goes on with the same speaker; one that
        // follows a sentence of its paragraph ("Ortiz named the reasons. “…”") is its subject's.
        const prior = sentences[s - 1];
        const opensParagraph = opens && (!prior || prior.paragraph !== sentence.paragraph);
        let speaker: string | null = null;
        if (opensParagraph && last?.attributed && lastSpan && span.paragraph === lastSpan.lastParagraph + 1) speaker = last.speaker;
        else if (opensParagraph && prior && sentence.items.length === 1) speaker = narratedSubject(sentences, s, tokens, speakers);
        else if (opens && prior && !opensParagraph) {
          // "…, Pruitt said. “…”" goes on with Pruitt; else the subject of the sentence before speaks.
          const cue = findCue(prior.items, prior.items.length, tokens);
          const previous = near ? last.speaker : null;
          if (cue) speaker = speakerOfCue(prior.items, cue, previous, tokens, speakers);
          else {
            const subject = sentenceSubject(prior.items, prior.items.length, tokens);
            speaker = subject ? speakers.resolve(subject, { previous }) : null;
          }
        }
        found.push({ groups: [[item.quote]], sentence: s, cue: null, cueSentence: null, attributed: false, speaker });
      });
    });
    const out: QuoteFinding[] = [];
    for (const quote of found) {
      const finding = toFinding(text, spans, quote);
      if (finding) out.push(finding);
    }
    return { ...doc, quotes: out };
  },
};
