// The source of one quotation: its cue and its speaker, from the frame sentence around it, from a
// sentence ending in a colon just before it ("He said:"), or from a dash after it ("― Name").
import type { Token } from "../../doc.js";
import type { Cue } from "./cue.js";
import { cueAt, findCue } from "./cue.js";
import type { Slot } from "./slot.js";
import { clauseVerbBefore, dashSlot, sentenceSubject, speakerSlot } from "./slot.js";
import type { FrameSentence, Item } from "./frame.js";
import { DOCUMENT_NOUNS, FEMALE_PRONOUNS, GROUP_PRONOUNS, ISSUED_DOCUMENTS, ORG_NOUNS, PERSON_PRONOUNS } from "./lexicon.js";
import { personal } from "./nouns.js";
import { genderOfWord } from "./people.js";
import type { Speakers } from "./speaker.js";

export interface Source {
  readonly cue: Cue | null;
  readonly speaker: string | null;
  /** Which rule attributed the quotation, for the debug trace. */
  readonly via: "verb" | "colon" | "dash";
}

/** Offset of the first word of a frame sentence. */
function startOf(items: readonly Item[], tokens: readonly Token[]): number | undefined {
  const first = items.find((it) => it.kind === "word");
  return first?.kind === "word" ? tokens[first.token]!.start : undefined;
}

/** A verb of the sentence taken as a cue only to find its subject. */
const asVerb = (at: number): Cue => ({ at, text: "", kind: "speech" });

/** Words before a verb that coordinate it with the verb before ("attacked … and blamed"). */
const COORDINATOR = /^(?:and|but|or|then)$/;

/**
 * The speaker of a cue. A verb without a subject of its own shares one: a second verb ("she
 * attacked … and blamed") the subject of the cue before it, a participle ("…, saying") the
 * subject of the sentence's main clause, else the first cue of the sentence. A "he" or "she" is
 * first the nearest fitting person before it in the sentence, else the sentence's subject when
 * that is a name ("Secretary General Tomas Berg condemned what he called …").
 */
export function speakerOfCue(
  items: readonly Item[], cue: Cue, previous: string | null, tokens: readonly Token[], speakers: Speakers,
  prior: readonly Item[] | null = null, earlier: readonly (readonly Item[])[] = [],
): string | null {
  const sentenceStart = startOf(items, tokens);
  let slot: Slot | null = speakerSlot(items, cue, tokens);
  const before = items[cue.at - 1];
  const coordinated = before?.kind === "word" && COORDINATOR.test(tokens[before.token]!.normal);
  // A second verb of saying goes with the nearest such verb before it ("tweeted that Lind was
  // “a fraud” and urged …"), else with the nearest verb.
  for (let i = cue.at - 1; !slot && coordinated && i >= 0; i--) {
    const earlier = cueAt(items, i, tokens);
    if (earlier) slot = speakerSlot(items, earlier, tokens);
  }
  if (!slot && coordinated) {
    const verb = clauseVerbBefore(items, cue.at, tokens);
    if (verb !== null) slot = speakerSlot(items, asVerb(verb), tokens);
  }
  slot ??= sentenceSubject(items, cue.at, tokens);
  for (let i = 0; !slot && i < cue.at; i++) {
    const earlier = cueAt(items, i, tokens);
    if (earlier) slot = speakerSlot(items, earlier, tokens);
  }
  if (!slot) {
    const verb = clauseVerbBefore(items, cue.at, tokens);
    if (verb !== null) slot = speakerSlot(items, asVerb(verb), tokens);
  }
  if (!slot) return null;
  // "… said in a statement. “…,” the statement said": the statement speaks for whoever issued it.
  const document = bareDocument(slot, tokens);
  if (document) {
    for (const sentence of earlier) {
      const issuer = issuerOf(sentence, document, tokens, speakers);
      if (issuer) return issuer;
    }
  }
  const pronoun = tokens[slot.first]!.normal;
  if (slot.end - slot.first === 1 && PERSON_PRONOUNS.has(pronoun)) {
    const inSentence = speakers.personBefore(tokens[slot.first]!.start, pronoun, sentenceStart);
    if (inSentence) return inSentence;
    const subject = sentenceSubject(items, cue.at, tokens);
    if (subject && subject.end <= slot.first && !PERSON_PRONOUNS.has(tokens[subject.end - 1]!.normal)) {
      const named = speakers.resolve(subject, { previous, sentenceStart, describe: false });
      if (named && speakers.isPerson(named, pronoun)) return named;
    }
  }
  // "The driver, who was not charged, told the inquest … “…,” he said": a person described, not
  // named, as the subject of the sentence just before is the one the pronoun means.
  if (slot.end - slot.first === 1 && PERSON_PRONOUNS.has(pronoun) && prior) {
    const described = describedSubjectOf(prior, pronoun, tokens, speakers);
    if (described) return described;
  }
  // "Morales's campaign contrasts her plan with what they call …": "they" or "it" is first a
  // body or group named as the subject of the sentence, before the nearest organisation.
  if (slot.end - slot.first === 1 && GROUP_PRONOUNS.has(pronoun)) {
    const subject = sentenceSubject(items, cue.at, tokens);
    if (subject && subject.end <= slot.first) {
      const named = speakers.resolve(subject, { previous, sentenceStart });
      if (named && speakers.isGroup(named)) return named;
    }
    // "The company said in a statement that … “…,” it said": the body that is the subject of the
    // sentence just before, in the same paragraph, before the nearest organisation named.
    const before = prior ? bodySubjectOf(prior, tokens, speakers) : null;
    if (before) return before;
  }
  // "footage of Reyes saying": the name right before a participle is its subject, "of" or not.
  const cueItem = items[cue.at];
  const participleSubject = /ing$/.test(cue.text) && cueItem?.kind === "word" && cueItem.token === slot.end;
  // "the Harbor Board issued a statement calling …": a document that speaks through a
  // participle was issued by the subject of the clause.
  if (participleSubject && DOCUMENT_NOUNS.has(tokens[slot.end - 1]!.normal) && tokens[slot.first]!.tags.has("Determiner")) {
    const at = cue.at - (slot.end - slot.first);
    const verb = clauseVerbBefore(items, at, tokens);
    const issuer = verb === null ? null : speakerSlot(items, asVerb(verb), tokens);
    const named = issuer ? speakers.resolve(issuer, { previous, sentenceStart }) : null;
    if (named) return named;
  }
  return speakers.resolve(slot, { previous, sentenceStart, lastIsHead: participleSubject });
}

/**
 * The subject of a sentence (of its verb of saying, when it has one) when it describes one person
 * ("A spokeswoman for Northgate Ventures", "The driver, who …") in a sentence that names no one
 * (a name anywhere in it, "The first author, doctoral student Lena Hoffmann", is the likelier
 * antecedent) and its words do not tell another gender than the pronoun's; as `resolve` gives it.
 */
function describedSubjectOf(items: readonly Item[], pronoun: string, tokens: readonly Token[], speakers: Speakers): string | null {
  if (items.some((it) => it.kind === "word" && speakers.mentionsPersonAt(it.token))) return null;
  const cue = findCue(items, items.length, tokens);
  const slot = cue ? speakerSlot(items, cue, tokens) : sentenceSubject(items, items.length, tokens);
  if (!slot || !/^(?:the|a|an)$/.test(tokens[slot.first]!.normal)) return null;
  const want = FEMALE_PRONOUNS.has(pronoun) ? "female" : "male";
  // The words before the slot too: "A spokesman for the council" may come as "the council".
  for (const it of items) {
    if (it.kind !== "word" || it.token >= slot.end) continue;
    const gender = genderOfWord(tokens[it.token]!.normal);
    if (gender && gender !== want) return null;
  }
  const head = tokens[speakers.headOf(slot)]!;
  if (!personal(head) || head.tags.has("Plural") || ORG_NOUNS.has(head.normal)) return null;
  return speakers.resolve(slot, { previous: null, sentenceStart: startOf(items, tokens) });
}

/** How many sentences before "the statement" the sentence that introduced "a statement" may be. */
const ISSUING_SENTENCES = 2;
/** Words that may stand between "a" and the document it introduces ("a joint written statement"). */
const MAX_DOCUMENT_MODIFIERS = 2;

/** The noun of a slot that is only "the statement" (or "this letter"): a document its issuer speaks through, else null. */
function bareDocument(slot: Slot, tokens: readonly Token[]): string | null {
  if (slot.end - slot.first !== 2 || !/^(?:the|this|that)$/.test(tokens[slot.first]!.normal)) return null;
  const noun = tokens[slot.first + 1]!.normal;
  return ISSUED_DOCUMENTS.has(noun) ? noun : null;
}

/**
 * Who issued the document that a sentence introduces with "a" ("Fairfield said in a statement",
 * "A statement from the company said", "the council issued a statement"): the speaker of its verb
 * of saying, else the subject of its clause; only a person or body the article names, never a
 * description, which says no more than "the statement" does.
 */
function issuerOf(items: readonly Item[], noun: string, tokens: readonly Token[], speakers: Speakers): string | null {
  let introduces = false;
  for (let i = 0; i < items.length && !introduces; i++) {
    const it = items[i]!;
    if (it.kind !== "word" || tokens[it.token]!.normal !== noun) continue;
    for (let k = 1; k <= MAX_DOCUMENT_MODIFIERS + 1 && !introduces; k++) {
      const before = items[i - k];
      if (before?.kind !== "word") break;
      introduces = /^an?$/.test(tokens[before.token]!.normal);
    }
  }
  if (!introduces) return null;
  const cue = findCue(items, items.length, tokens);
  let named: string | null = null;
  if (cue) named = speakerOfCue(items, cue, null, tokens, speakers);
  else {
    const verb = clauseVerbBefore(items, items.length, tokens);
    const slot = verb === null ? null : speakerSlot(items, asVerb(verb), tokens);
    named = slot ? speakers.resolve(slot, { previous: null, sentenceStart: startOf(items, tokens), describe: false }) : null;
  }
  return named && speakers.isEntity(named) ? named : null;
}

/** The subject of a sentence (of its verb of saying, when it has one) when that is a body or group. */
function bodySubjectOf(items: readonly Item[], tokens: readonly Token[], speakers: Speakers): string | null {
  const cue = findCue(items, items.length, tokens);
  const slot = cue ? speakerSlot(items, cue, tokens) : sentenceSubject(items, items.length, tokens);
  if (!slot || (slot.end - slot.first === 1 && GROUP_PRONOUNS.has(tokens[slot.first]!.normal))) return null;
  const named = speakers.resolve(slot, { previous: null, sentenceStart: startOf(items, tokens) });
  return named && speakers.isGroup(named) ? named : null;
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
  const prior = sentences[s - 1];
  const sameParagraph = prior && prior.paragraph === sentences[s]!.paragraph ? prior.items : null;
  const earlier: (readonly Item[])[] = [];
  for (let k = s - 1; k >= 0 && k >= s - ISSUING_SENTENCES; k--) earlier.push(sentences[k]!.items);
  if (cue) return { cue, speaker: speakerOfCue(items, cue, previous, tokens, speakers, sameParagraph, earlier), via: "verb" };
  const opens = !items.slice(0, q).some((it) => it.kind === "word");
  const lastWord = prior?.items.at(-1);
  if (opens && prior && lastWord?.kind === "word" && tokens[lastWord.token]!.post.includes(":")) {
    // "He said:" ends the sentence before: its verb governs this quotation. "Ortiz made the
    // following comment:" has none, and its subject speaks.
    const introducing = findCue(prior.items, prior.items.length, tokens);
    if (introducing) return { cue: introducing, speaker: speakerOfCue(prior.items, introducing, previous, tokens, speakers), via: "colon" };
    const verb = clauseVerbBefore(prior.items, prior.items.length, tokens);
    const slot = verb === null ? null : speakerSlot(prior.items, asVerb(verb), tokens);
    return { cue: null, speaker: slot ? speakers.resolve(slot, { previous, sentenceStart: startOf(prior.items, tokens) }) : null, via: "colon" };
  }
  const before = items[q - 1];
  if (before?.kind === "word" && tokens[before.token]!.post.includes(":")) {
    // "Ortiz is trying out a new message: “It's about you.”": the subject of the sentence speaks.
    const subject = sentenceSubject(items, q, tokens);
    return { cue: null, speaker: subject ? speakers.resolve(subject, { previous, sentenceStart: startOf(items, tokens) }) : null, via: "colon" };
  }
  const next = items[q + 1];
  const between = next?.kind === "word" ? text.slice(close, tokens[next.token]!.start) : "";
  const dash = dashSlot(items, q, between, tokens);
  if (dash) return { cue: null, speaker: speakers.resolve(dash, { previous, sentenceStart: startOf(items, tokens) }), via: "dash" };
  return null;
}
