// The source of one quotation: its cue and its speaker, from the frame sentence around it, from a
// sentence ending in a colon just before it ("He said:"), or from a dash after it ("― Name").
import type { Token } from "../../doc.js";
import type { Cue, Slot } from "./attribution.js";
import { clauseVerbBefore, cueAt, dashSlot, findCue, sentenceSubject, speakerSlot } from "./attribution.js";
import type { FrameSentence, Item } from "./frame.js";
import { PERSON_PRONOUNS } from "./lexicon.js";
import type { Speakers } from "./speaker.js";

export interface Source {
  readonly cue: Cue | null;
  readonly speaker: string | null;
  /** Which rule attributed the quotation, for the debug trace. */
  readonly via: "verb" | "colon" | "dash";
}

/** A verb of the sentence taken as a cue only to find its subject. */
const asVerb = (at: number): Cue => ({ at, text: "", kind: "speech" });

/**
 * The speaker of a cue. A verb without a subject of its own ("…, saying", "… and said") shares the
 * subject of the sentence's main clause, else of the first cue before it, else of the nearest verb
 * before it. A "he" or "she" in a clause of the sentence is its subject when that is a person
 * ("Secretary General Ban Ki-moon condemned what he called …").
 */
export function speakerOfCue(items: readonly Item[], cue: Cue, previous: string | null, tokens: readonly Token[], speakers: Speakers): string | null {
  let slot: Slot | null = speakerSlot(items, cue, tokens) ?? sentenceSubject(items, cue.at, tokens);
  for (let i = 0; !slot && i < cue.at; i++) {
    const earlier = cueAt(items, i, tokens);
    if (earlier) slot = speakerSlot(items, earlier, tokens);
  }
  if (!slot) {
    const verb = clauseVerbBefore(items, cue.at, tokens);
    if (verb !== null) slot = speakerSlot(items, asVerb(verb), tokens);
  }
  if (!slot) return null;
  if (slot.end - slot.first === 1 && PERSON_PRONOUNS.has(tokens[slot.first]!.normal)) {
    const subject = sentenceSubject(items, cue.at, tokens);
    if (subject && subject.end <= slot.first && !PERSON_PRONOUNS.has(tokens[subject.end - 1]!.normal)) {
      const named = speakers.resolve(subject, previous);
      if (named && speakers.isPerson(named, tokens[slot.first]!.normal)) return named;
    }
  }
  // "footage of Trump saying": the name right before a participle is its subject, "of" or not.
  const cueItem = items[cue.at];
  const participleSubject = /ing$/.test(cue.text) && cueItem?.kind === "word" && cueItem.token === slot.end;
  return speakers.resolve(slot, previous, participleSubject);
}

/**
 * The source of the quotation at item q of sentence s, or null when nothing attributes it.
 * `close` is the offset after its closing mark; `previous` the speaker of the quote just before.
 */
export function sourceOf(
  sentences: readonly FrameSentence[], s: number, q: number, close: number, previous: string | null,
  text: string, tokens: readonly Token[], speakers: Speakers,
): Source | null {
  const items = sentences[s]!.items;
  const cue = findCue(items, q, tokens);
  if (cue) return { cue, speaker: speakerOfCue(items, cue, previous, tokens, speakers), via: "verb" };
  const opens = !items.slice(0, q).some((it) => it.kind === "word");
  const prior = sentences[s - 1];
  const lastWord = prior?.items.at(-1);
  if (opens && prior && lastWord?.kind === "word" && tokens[lastWord.token]!.post.includes(":")) {
    // "He said:" ends the sentence before: its verb governs this quotation. "Sanders made the
    // following comment:" has none, and its subject speaks.
    const introducing = findCue(prior.items, prior.items.length, tokens);
    if (introducing) return { cue: introducing, speaker: speakerOfCue(prior.items, introducing, previous, tokens, speakers), via: "colon" };
    const verb = clauseVerbBefore(prior.items, prior.items.length, tokens);
    const slot = verb === null ? null : speakerSlot(prior.items, asVerb(verb), tokens);
    return { cue: null, speaker: slot ? speakers.resolve(slot, previous) : null, via: "colon" };
  }
  const next = items[q + 1];
  const between = next?.kind === "word" ? text.slice(close, tokens[next.token]!.start) : "";
  const dash = dashSlot(items, q, between, tokens);
  if (dash) return { cue: null, speaker: speakers.resolve(dash, previous), via: "dash" };
  return null;
}
