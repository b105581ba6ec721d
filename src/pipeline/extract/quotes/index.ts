// Quotes: who said what. Quotation marks give the spans (marks.ts); the words around them, cut into
// sentences with every quotation as one item (frame.ts), give the speech verb and the words that
// name the source (attribution.ts), which become a canonical person or organisation (speaker.ts).
// Titles of works and scare quotes (short, with no speech verb) are not quotes (titles.ts).
// A quotation interrupted by its attribution (“…,” she said. “…”) and the quoted fragments of one
// reported sentence (that voting fraud is “a big problem” but “nobody talks about it”) are one quote.
import type { Span } from "../../../schema/article.js";
import { joinQuoteParts } from "../../../util/quote-text.js";
import type { QuoteFinding } from "../../doc.js";
import type { Stage } from "../../stage.js";
import type { Cue, Slot } from "./attribution.js";
import { clauseVerbBefore, cueAt, dashSlot, findCue, sentenceSubject, speakerSlot } from "./attribution.js";
import type { FrameSentence, Item } from "./frame.js";
import { frameSentences, itemsOf } from "./frame.js";
import type { QuotedSpan } from "./marks.js";
import { findQuotedSpans, insideQuotation } from "./marks.js";
import { PERSON_PRONOUNS } from "./lexicon.js";
import { Speakers } from "./speaker.js";
import { isTitle, wordsIn } from "./titles.js";

/**
 * A quotation with no speech verb around it and fewer words than this is a scare quote or a term
 * ("so-called “pass through” income"); longer ones are passages of speech whose source is
 * elsewhere (the next paragraph of a long quote).
 */
const MIN_UNATTRIBUTED_WORDS = 8;
/**
 * A first paragraph this short, on one line, with more text after it, is the headline: its quotes
 * repeat, shortened, quotes of the body (and headlines quote in single marks: ‘crazy system’).
 */
const MAX_HEADLINE_LENGTH = 160;
/** A previous speaker is a candidate for "he"/"she" only this many paragraphs back. */
const PREVIOUS_SPEAKER_PARAGRAPHS = 2;

interface Found {
  /**
   * The quotations of the quote, in groups: the fragments of one reported clause form one group
   * (one part, with the reporter's words between them), an interrupted quote has one group per side.
   */
  readonly groups: number[][];
  readonly sentence: number;
  readonly cue: Cue | null;
  /** Where the cue sits relative to the quotation: after it (“…,” he said) or before. */
  readonly cueAfter: boolean;
  readonly attributed: boolean;
  readonly speaker: string | null;
}

/** A quoted stretch without the spaces and clause punctuation at its edges (“…,” ends with a comma). */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The parts of a quote: one per group, and one per paragraph of a quotation that runs on. */
function partsOf(text: string, spans: readonly QuotedSpan[], found: Found): Span[] {
  const parts: Span[] = [];
  for (const group of found.groups) {
    const first = spans[group[0]!]!, last = spans[group.at(-1)!]!;
    // A run-on quotation: cut at each blank line and drop the mark that re-opens the paragraph.
    const pieces = text.slice(first.start, last.end).split(/(\n\s*\n\s*["“”«»„]?)/u);
    let at = first.start;
    pieces.forEach((piece, i) => {
      if (i % 2 === 0) {
        const part = trimmed(text, at, at + piece.length);
        if (part) parts.push(part);
      }
      at += piece.length;
    });
  }
  return parts;
}

function toFinding(text: string, spans: readonly QuotedSpan[], found: Found): QuoteFinding | null {
  const parts = partsOf(text, spans, found);
  if (parts.length === 0) return null;
  return {
    speaker: found.speaker, cue: found.cue?.text ?? null, text: joinQuoteParts(text, parts),
    start: parts[0]!.start, end: parts.at(-1)!.end, parts,
  };
}

export const quotes: Stage = {
  name: "quotes",
  essential: false,
  run(doc) {
    const { text, tokens } = doc;
    const spans = findQuotedSpans(text, doc.paragraphs);
    const items = itemsOf(tokens, spans);
    const sentences = frameSentences(text, tokens, spans, items, (s) => doc.sentences[s]!.paragraph);
    const quoted = (offset: number): boolean => insideQuotation(spans, offset);
    const speakers = new Speakers(doc, quoted);
    const first = doc.paragraphs[0];
    const headline = first && doc.paragraphs.length > 1 && (
      text.slice(first.start, first.end) === doc.meta.title ||
      (first.end - first.start <= MAX_HEADLINE_LENGTH && !text.slice(first.start, first.end).includes("\n"))) ? first : null;
    const found: Found[] = [];

    // A verb without a subject of its own ("…, saying", "… and said") shares the subject of the
    // sentence's main clause, else of the first cue before it, else of the nearest verb before it.
    const resolveCue = (its: readonly Item[], cue: Cue, previous: string | null): string | null => {
      let slot: Slot | null = speakerSlot(its, cue, tokens) ?? sentenceSubject(its, cue.at, tokens);
      for (let i = 0; !slot && i < cue.at; i++) {
        const earlier = cueAt(its, i, tokens);
        if (earlier) slot = speakerSlot(its, earlier, tokens);
      }
      if (!slot) {
        const verb = clauseVerbBefore(its, cue.at, tokens);
        if (verb !== null) slot = speakerSlot(its, { at: verb, text: "", kind: "speech" }, tokens);
      }
      if (!slot) return null;
      // "Secretary General Ban Ki-moon condemned what he called …": "he" is the subject of the
      // sentence, when the sentence has one before it.
      if (slot.end - slot.first === 1 && PERSON_PRONOUNS.has(tokens[slot.first]!.normal)) {
        const subject = sentenceSubject(its, cue.at, tokens);
        if (subject && subject.end <= slot.first && !PERSON_PRONOUNS.has(tokens[subject.end - 1]!.normal)) {
          const named = speakers.resolve(subject, previous);
          if (named && speakers.isPerson(named, tokens[slot.first]!.normal)) return named;
        }
      }
      const cueItem = its[cue.at];
      const participleSubject = /ing$/.test(cue.text) && cueItem?.kind === "word" && cueItem.token === slot.end;
      return speakers.resolve(slot, previous, participleSubject);
    };

    sentences.forEach((sentence: FrameSentence, s) => {
      sentence.items.forEach((item, qi) => {
        if (item.kind !== "quote") return;
        const span = spans[item.quote]!;
        if (headline && span.open < headline.end) return;
        const inner = text.slice(span.start, span.end);
        if (isTitle(sentence.items, qi, inner, tokens)) return;
        const last = found.at(-1);
        const lastSpan = last ? spans[last.groups.at(-1)!.at(-1)!]! : null;
        const previous = last && lastSpan && span.paragraph - lastSpan.lastParagraph <= PREVIOUS_SPEAKER_PARAGRAPHS ? last.speaker : null;
        let cue = findCue(sentence.items, qi, tokens);
        let speaker: string | null = null;
        let attributed = cue !== null;
        if (cue) {
          // Fragments of one reported sentence under the same verb are one quote.
          if (last && last.sentence === s && last.cue && last.cue.at === cue.at) {
            last.groups.at(-1)!.push(item.quote);
            return;
          }
          speaker = resolveCue(sentence.items, cue, previous);
        } else {
          const opens = !sentence.items.slice(0, qi).some((it) => it.kind === "word");
          const prior = sentences[s - 1];
          const lastWord = prior?.items.at(-1);
          const introduced = opens && prior && lastWord?.kind === "word" && tokens[lastWord.token]!.post.includes(":");
          const nextItem = sentence.items[qi + 1];
          const between = nextItem?.kind === "word" ? text.slice(span.close, tokens[nextItem.token]!.start) : "";
          const dash = dashSlot(sentence.items, qi, between, tokens);
          if (introduced && prior) {
            // "He said:" closing the sentence before: the verb of that sentence governs this quotation;
            // "Sanders made the following comment:" has none, and its subject speaks.
            cue = findCue(prior.items, prior.items.length, tokens);
            attributed = true;
            if (cue) speaker = resolveCue(prior.items, cue, previous);
            else {
              const verb = clauseVerbBefore(prior.items, prior.items.length, tokens);
              const slot = verb === null ? null : speakerSlot(prior.items, { at: verb, text: "", kind: "speech" }, tokens);
              speaker = slot ? speakers.resolve(slot, previous) : null;
            }
          } else if (dash) {
            attributed = true;
            speaker = speakers.resolve(dash, previous);
          }
          if (!attributed && opens && last && lastSpan && lastSpan.lastParagraph === span.paragraph && last.sentence === s - 1 && last.attributed) {
            // “…,” she said. “…”: the second part continues the first.
            last.groups.push([item.quote]);
            return;
          }
        }
        if (!attributed && wordsIn(inner).length < MIN_UNATTRIBUTED_WORDS) return;
        // A quotation standing alone in the paragraph after a quote goes on with the same speaker.
        if (!attributed && last && lastSpan && span.paragraph === lastSpan.lastParagraph + 1 && last.attributed) speaker = last.speaker;
        found.push({ groups: [[item.quote]], sentence: s, cue, cueAfter: cue !== null && cue.at > qi, attributed, speaker });
      });
    });
    const out: QuoteFinding[] = [];
    for (const f of found) {
      const q = toFinding(text, spans, f);
      if (q) out.push(q);
    }
    return { ...doc, quotes: out };
  },
};
