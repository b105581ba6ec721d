// Tense around a time expression, read from the tokens the segment stage tagged once (compromise
// tags: PastTense, PresentTense, Modal, Infinitive, Gerund ...). The verb group closest to the
// expression in its sentence decides: "said Friday" looks back, "will meet Friday" looks ahead.
import type { Span } from "../../../schema/article.js";
import type { Sentence, Token } from "../../doc.js";
import type { Tense } from "./types.js";
import { firstEndingAfter } from "../../../util/span.js";

const FUTURE_WORDS = new Set(["will", "shall", "won't", "wo", "'ll", "’ll"]);
/** Modals that speak of what may yet happen: read as future unless "have" + participle follows. */
const MODAL_WORDS = new Set(["would", "could", "might", "may", "should", "must", "can", "wouldn't", "couldn't", "can't", "cannot", "shouldn't"]);
const PAST_WORDS = new Set(["was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't"]);
const PERFECT_WORDS = new Set(["has", "have", "hasn't", "haven't", "'ve", "’ve"]);
/** Words that may sit inside a verb group without ending it. */
const INSIDE_GROUP = new Set(["not", "n't", "also", "still", "already", "just", "never", "ever", "to", "been", "be", "reportedly", "officially", "formally", "finally"]);

interface VerbGroup {
  readonly first: number;
  readonly last: number;
  readonly tense: Tense;
}

/** Prepositions and particles that compromise sometimes tags as verbs ("Over the weekend, ..."). */
const NOT_VERBS = new Set(["over", "after", "before", "since", "until", "like", "near", "past", "during", "through", "into", "about", "up", "down", "out", "off", "on", "in", "by", "for", "with", "at", "from", "as"]);

function isVerbal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return (t.tags.has("Verb") || t.tags.has("Modal") || t.tags.has("Auxiliary")) && !NOT_VERBS.has(t.normal) && !possessiveRead(tokens, i);
}

/**
 * "the week's most active session": compromise may read a possessive after a noun as "is". After
 * a determiner and a noun ("the week's", "this company's") it is the possessive; after a pronoun
 * ("it's", "there's") it stays the verb.
 */
function possessiveRead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!, owner = tokens[i - 1], before = tokens[i - 2];
  if (t.text !== "" || !owner || !/['’]s$/i.test(owner.text)) return false;
  if (!owner.tags.has("Noun") || owner.tags.has("Pronoun")) return false;
  return before !== undefined && (before.tags.has("Determiner") || before.tags.has("Possessive"));
}

/** The written form, restoring contractions that compromise split into an empty token. */
function wordOf(tokens: readonly Token[], i: number): string {
  const t = tokens[i]!;
  if (t.text !== "") return t.normal;
  const prev = tokens[i - 1]?.text.toLowerCase() ?? "";
  if (/['’]ll$/.test(prev)) return "'ll";
  if (/['’]ve$/.test(prev)) return "'ve";
  if (/['’]d$/.test(prev)) return "would";
  if (/['’]s$/.test(prev)) return "is";
  return t.normal;
}

/** Verbs whose infinitive complement lies ahead: "is expected to resign Friday", "plans to meet". */
const INTENTION = /^(?:expect|plan|schedul|intend|hop|aim|set|due|prepar|propos|seek|sought|want|promis|vow|pledg|threaten|agree|decid|slat|pois|ready|likely|going|hope|wish|arrang|suppos)/;
const PRESENT_BE = new Set(["is", "are", "am", "be", "'s", "’s", "'re", "’re"]);

function groupTense(tokens: readonly Token[], first: number, last: number): Tense {
  const words: string[] = [];
  for (let i = first; i <= last; i++) words.push(wordOf(tokens, i));
  const tagged = (k: number, tag: string) => tokens[first + k]!.tags.has(tag);
  const participle = words.some((_, k) => tagged(k, "PastTense") || tagged(k, "Participle"));
  // The finite verb: the first word of the group that is not an adverb or "to".
  const finiteAt = words.findIndex((w, k) => !INSIDE_GROUP.has(w) && !(tagged(k, "Adverb") && !tagged(k, "Verb")));
  const finite = words[finiteAt] ?? "";
  const intention = words.some((w, k) => INTENTION.test(w) && words[k + 1] === "to") || words.some((w, k) => w === "to" && k > 0 && tokens[first + k + 1]?.tags.has("Infinitive") && INTENTION.test(words[k - 1] ?? ""));
  if (FUTURE_WORDS.has(finite) || words.some((w) => FUTURE_WORDS.has(w))) return "future";
  if (MODAL_WORDS.has(finite)) return words.includes("have") && participle ? "past" : "future";
  if (finite === "had" || finite === "hadn't") return "past";
  if (intention) return "future";
  if (PAST_WORDS.has(finite)) return "past";
  if (PERFECT_WORDS.has(finite)) return participle ? "past" : "present";
  // "is to resume trading Tuesday": be + to + infinitive is an arrangement ahead.
  if (PRESENT_BE.has(finite) && words[finiteAt + 1] === "to") return "future";
  if (PRESENT_BE.has(finite)) return "present";
  // "in October, causing delays": a participle alone has no tense of its own; the finite verb
  // of its clause ("had glued themselves … in October") tells it.
  if (finiteAt >= 0 && words.every((_, k) => k < finiteAt || tagged(k, "Gerund"))) return "none";
  if (finiteAt >= 0 && tagged(finiteAt, "PastTense")) return "past";
  // "prices fell": a plural noun the tagger read as a verb, then the real verb in the past.
  if (finiteAt >= 0 && tagged(finiteAt, "PresentTense") && !tagged(finiteAt, "Auxiliary") && !tagged(finiteAt, "Gerund") && words.some((_, k) => k > finiteAt && tagged(k, "PastTense"))) return "past";
  if (finiteAt >= 0 && (tagged(finiteAt, "PresentTense") || tagged(finiteAt, "Copula"))) return "present";
  return "none";
}

/** Index of the first token that ends after `offset` (binary search; tokens are in text order). */
export const tokenAt = (tokens: readonly Token[], offset: number): number => firstEndingAfter(tokens, offset);

/** The verb groups of a sentence, outside the expression's own tokens. */
function verbGroups(tokens: readonly Token[], s: Sentence, skip: Span): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = s.firstToken;
  const inSkip = (t: Token) => t.start < skip.end && skip.start < t.end;
  while (i < s.endToken) {
    const t = tokens[i]!;
    if (!isVerbal(tokens, i) || inSkip(t)) { i++; continue; }
    let j = i;
    while (j + 1 < s.endToken) {
      const n = tokens[j + 1]!;
      if (inSkip(n)) break;
      const adverb = (t: Token) => INSIDE_GROUP.has(t.normal) || t.tags.has("Adverb");
      if (isVerbal(tokens, j + 1) || (adverb(n) && j + 2 < s.endToken && (isVerbal(tokens, j + 2) || adverb(tokens[j + 2]!)))) j++;
      else break;
    }
    groups.push({ first: i, last: j, tense: infinitiveAfterIntention(tokens, groups, i) ? "future" : groupTense(tokens, i, j) });
    i = j + 1;
  }
  return groups;
}

/** How many words (a day, a place) may stand between a verb of intention and its "to". */
const INTENTION_REACH = 6;

/**
 * "agreed on Wednesday to remove tariffs from September": an infinitive whose "to" follows a verb
 * of intention a few words back looks ahead, like "agreed to remove" written together.
 */
function infinitiveAfterIntention(tokens: readonly Token[], groups: readonly VerbGroup[], first: number): boolean {
  if (first === 0 || tokens[first - 1]!.normal !== "to") return false;
  const before = groups.at(-1);
  if (!before || first - 1 - before.last > INTENTION_REACH || first - 1 - before.last < 2) return false;
  for (let k = before.last + 1; k < first - 1; k++) if (/[,;:()"“”]/.test(tokens[k]!.post)) return false;
  for (let k = before.first; k <= before.last; k++) if (INTENTION.test(tokens[k]!.normal)) return true;
  return false;
}

/** Index of the sentence that holds an offset, or -1. */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence that holds an offset, or null. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | null {
  return sentences[sentenceIndexAt(sentences, offset)] ?? null;
}

/** Verbs of attribution: "..., an official said Wednesday" tells when it was said, not when it happens. */
const SPEECH = /^(?:said|says|say|told|tells|added|adds|noted|notes|announced|announces|reported|reports|stated|states|declared|explained|wrote|according)$/;
/** How much farther a verb counts when a clause or a quotation lies between it and the expression. */
const ACROSS_CLAUSE = 4;
const ACROSS_QUOTE = 10;
/** A sentence without a verb borrows the tense of its neighbours, at this extra distance. */
const NEIGHBOUR_SENTENCE = 20;

function between(tokens: readonly Token[], a: number, b: number): string {
  let out = "";
  for (let i = Math.min(a, b); i < Math.max(a, b); i++) out += tokens[i]!.post;
  return out;
}

const RELATIVE = new Set(["that", "which", "who", "whose", "whom"]);

function relativeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (RELATIVE.has(tokens[i]!.normal)) return true;
  return false;
}

/** Tense of the verb group closest to the span, within its sentence ("none" when there is no verb). */
export function tenseAround(tokens: readonly Token[], sentences: readonly Sentence[], span: Span): Tense {
  const index = sentenceIndexAt(sentences, span.start);
  const s = sentences[index];
  if (!s) return "none";
  const first = tokenAt(tokens, span.start);
  const last = Math.max(first, tokenAt(tokens, span.end) - 1);
  let best: VerbGroup | null = null;
  let bestDistance = Infinity;
  const neighbours = [s, sentences[index + 1], sentences[index - 1]].filter((x): x is Sentence => x !== undefined && x.paragraph === s.paragraph);
  for (const [k, sentence] of neighbours.entries()) {
    if (k > 0 && best) break;
    for (const g of verbGroups(tokens, sentence, span)) {
      if (g.tense === "none") continue;
      // A verb before the expression governs it slightly more often than one after it.
      let distance = g.last < first ? first - g.last : g.first > last ? g.first - last + 0.5 : 0;
      const gap = g.last < first ? between(tokens, g.last, first) : between(tokens, last, g.first);
      if (/["“”]|''|``/.test(gap)) distance += ACROSS_QUOTE;
      else if (/[,;:()]/.test(gap) && SPEECH.test(tokens[g.first]!.normal)) distance += ACROSS_CLAUSE;
      // "from September, ending a dispute that had hurt farmers": a verb after a relative pronoun
      // that follows the expression belongs to a clause about a noun, not to the expression.
      if (g.first > last && relativeBetween(tokens, last + 1, g.first)) distance += ACROSS_QUOTE;
      if (k > 0) distance += NEIGHBOUR_SENTENCE;
      if (distance < bestDistance) { bestDistance = distance; best = g; }
    }
  }
  return best?.tense ?? "none";
}
