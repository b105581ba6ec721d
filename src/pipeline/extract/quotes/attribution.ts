// Attribution inside one frame sentence: which speech verb governs a quotation (the cue), and which
// words name its source (the speaker slot). The slot is found by position, as news writes it:
//   “…,” said Caddell.            verb right after the quotation: the source follows the verb
//   “…,” Caddell said.            the source precedes the verb
//   Caddell told reporters, “…”   the same, before the quotation
//   Jordan (R-Ohio), an oversight panel member, said   an apposition between source and verb is skipped
//   …, according to the ministry.
import type { Token } from "../../doc.js";
import type { Item } from "./frame.js";
import { BETWEEN_SUBJECT_AND_VERB, CUE_FORMS } from "./lexicon.js";

export interface Cue {
  /** Index in the sentence's items of the verb (for "according to": of "according"). */
  readonly at: number;
  /** The cue as written: "said", "according to", "put it". */
  readonly text: string;
  readonly kind: "speech" | "stance" | "weak" | "according";
}

/** A run of tokens (indices into doc.tokens, end exclusive) that names the source. */
export interface Slot {
  readonly first: number;
  readonly end: number;
}

const wordAt = (items: readonly Item[], i: number): number | null => {
  const it = items[i];
  return it && it.kind === "word" ? it.token : null;
};


/** Is item i a cue verb? "put" counts only in "put it", "point" only in "point out". */
export function cueAt(items: readonly Item[], i: number, tokens: readonly Token[]): Cue | null {
  const t = wordAt(items, i);
  if (t === null) return null;
  const tok = tokens[t]!;
  const normal = tok.normal.replace(/[’']s$/, "");
  if (normal === "according") {
    const next = wordAt(items, i + 1);
    return next !== null && tokens[next]!.normal === "to" ? { at: i, text: "according to", kind: "according" } : null;
  }
  const form = CUE_FORMS.get(normal);
  if (!form) return null;
  if (form.foreign) return { at: i, text: tok.text, kind: "speech" };
  // A noun reading ("the tweet", "a report", "his call") is not a cue; proper names never are. A
  // participle after a comma, a conjunction or a name is a verb even when tagged as a noun (", saying").
  if (tok.tags.has("ProperNoun") || tok.tags.has("Person")) return null;
  const prev = wordAt(items, i - 1);
  const prevTok = prev === null ? null : tokens[prev]!;
  if (!tok.tags.has("Verb")) {
    const clauseStart = prevTok !== null && (/,\s*$/.test(prevTok.post) || /^(?:and|but|while|after|before|by|without|when)$/.test(prevTok.normal) || prevTok.tags.has("Person") || prevTok.tags.has("ProperNoun"));
    if (!(normal.endsWith("ing") && form.kind === "speech" && clauseStart)) return null;
  }
  if (nounReading(items, i, tokens)) return null;
  const next = wordAt(items, i + 1);
  const nextNormal = next === null ? "" : tokens[next]!.normal;
  if (/^put/.test(normal)) return nextNormal === "it" ? { at: i, text: `${tok.text} it`, kind: "speech" } : null;
  if (/^point/.test(normal)) return nextNormal === "out" ? { at: i, text: `${tok.text} out`, kind: "speech" } : null;
  return { at: i, text: tok.text, kind: form.kind };
}

/**
 * A verb form that is a noun here: the object of a verb ("unleashed tweets", "made claims"), or
 * after a preposition, an article or an adjective ("a series of tweets", "his remarks"). Gerunds
 * after a preposition stay verbs ("by saying").
 */
function nounReading(items: readonly Item[], i: number, tokens: readonly Token[]): boolean {
  const t = wordAt(items, i);
  const p = wordAt(items, i - 1);
  if (t === null || p === null) return false;
  const tok = tokens[t]!, prev = tokens[p]!;
  if (tok.normal.endsWith("ing") || prev.text === "" || /[,;:]/.test(prev.post)) return false;
  if (/^(?:that|who|which|what|this)$/.test(prev.normal)) return false;
  if (/[^s]s$/.test(tok.normal) && tok.normal !== "says" && prev.tags.has("Verb") && !prev.tags.has("Auxiliary") && !prev.tags.has("Modal")) return true;
  // "32% of Republican claims": a modifier after a preposition makes a noun phrase.
  const before = wordAt(items, i - 2);
  if (before !== null && /[^s]s$/.test(tok.normal) && tok.normal !== "says" && tokens[before]!.tags.has("Preposition") && !prev.tags.has("Person")) return true;
  return prev.tags.has("Preposition") || prev.tags.has("Determiner") || (prev.tags.has("Possessive") && !prev.tags.has("Pronoun")) ||
    (prev.tags.has("Adjective") && !prev.tags.has("Adverb"));
}

const RANK: Record<Cue["kind"], number> = { according: 0, speech: 0, stance: 1, weak: 2 };
/** Words before a verb that make it part of a relative clause ("anybody who complains"). */
const RELATIVE = /^(?:who|which|that)$/;

function rankOf(items: readonly Item[], c: Cue, tokens: readonly Token[]): number {
  const prev = wordAt(items, c.at - 1);
  if (prev !== null && RELATIVE.test(tokens[prev]!.normal)) return RANK.weak;
  return RANK[c.kind];
}

/**
 * The cue of the quotation at item q. A quotation that opens its sentence takes the first cue after
 * it (“…,” he said). Otherwise the cues before it count, those after the previous quotation of the
 * sentence first (before that, a verb may govern several fragments): the strongest (a speech verb
 * before a verb of stance, before a verb in a relative clause), nearest first; else the first cue after.
 */
export function findCue(items: readonly Item[], q: number, tokens: readonly Token[]): Cue | null {
  const cues: { cue: Cue; rank: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    const c = cueAt(items, i, tokens);
    if (c) cues.push({ cue: c, rank: rankOf(items, c, tokens) });
  }
  if (cues.length === 0) return null;
  const opensSentence = !items.slice(0, q).some((it) => it.kind === "word");
  const after = cues.filter((c) => c.cue.at > q);
  const firstAfter = (): Cue | null => {
    const best = Math.min(...after.map((c) => c.rank));
    return after.find((c) => c.rank === best)?.cue ?? null;
  };
  if (opensSentence) return after.length ? firstAfter() : null;
  // A verb that introduces the quotation directly ("Trump boasted, “…”") governs it.
  const adjacent = cues.find((c) => c.cue.at === q - 1 && c.rank < RANK.weak);
  if (adjacent) return adjacent.cue;
  let previousQuote = -1;
  for (let i = q - 1; i >= 0; i--) if (items[i]!.kind === "quote") { previousQuote = i; break; }
  const sinceQuote = cues.filter((c) => c.cue.at > previousQuote && c.cue.at < q);
  const before = sinceQuote.length ? sinceQuote : cues.filter((c) => c.cue.at < q);
  if (before.length) {
    const best = Math.min(...before.map((c) => c.rank));
    return before.filter((c) => c.rank === best).at(-1)!.cue;
  }
  return after.length ? firstAfter() : null;
}

/** Word-like tokens that can belong to a name or a noun phrase naming a source. */
function nounish(tok: Token): boolean {
  const t = tok.tags;
  // "early Friday saying": a date is never a source.
  if (t.has("Date") || t.has("WeekDay") || t.has("Month") || t.has("Time")) return false;
  if (t.has("ProperNoun") || t.has("Person") || t.has("Organization") || t.has("Honorific") || t.has("Acronym")) return true;
  if (t.has("Verb") && !t.has("Noun")) return false;
  if (t.has("Preposition") || t.has("Conjunction") || t.has("Adverb")) return false;
  return t.has("Noun") || t.has("Pronoun") || t.has("Adjective") || t.has("Determiner") || t.has("Value") || t.has("Possessive");
}

const hasComma = (tok: Token): boolean => /[,;:\u2014\u2013]/u.test(tok.post);
const opensParen = (tok: Token): boolean => tok.pre.includes("(");
const closesParen = (tok: Token): boolean => tok.post.includes(")");

/**
 * Tokens of the noun phrase that ends at item index `last` (walking back), without parentheses
 * ("Rep. John Mica (R-Fla.)"). Stops at a comma, a verb, a preposition other than "of", or a quote.
 */
function phraseEndingAt(items: readonly Item[], last: number, floor: number, tokens: readonly Token[]): Slot | null {
  let i = last;
  // Skip a parenthesis that closes right before the verb: "(R-Ohio)".
  const tl = wordAt(items, i);
  if (tl !== null && closesParen(tokens[tl]!)) {
    let j = i;
    while (j >= floor && wordAt(items, j) !== null && !opensParen(tokens[wordAt(items, j)!]!)) j--;
    if (j >= floor && wordAt(items, j) !== null) i = j - 1;
  }
  const endTok = wordAt(items, i);
  if (endTok === null || !nounish(tokens[endTok]!)) return null;
  let first = endTok;
  for (let j = i - 1; j >= floor; j--) {
    const t = wordAt(items, j);
    if (t === null) break;
    const tok = tokens[t]!;
    if (hasComma(tok) || closesParen(tok)) break;
    if (tok.normal === "of" || tok.normal === "for") {
      const before = wordAt(items, j - 1);
      if (before !== null && nounish(tokens[before]!) && !hasComma(tokens[before]!)) { first = t; continue; }
      break;
    }
    if (!nounish(tok)) break;
    first = t;
    if (tok.tags.has("Determiner") && !tok.tags.has("Possessive")) break;
  }
  // A phrase cannot start with "of"/"for".
  while (first < endTok && /^(?:of|for)$/.test(tokens[first]!.normal)) first++;
  return { first, end: endTok + 1 };
}

/** The noun phrase that starts at item index `from` (walking forward), up to a comma or a verb. */
function phraseStartingAt(items: readonly Item[], from: number, tokens: readonly Token[]): Slot | null {
  const start = wordAt(items, from);
  if (start === null || !nounish(tokens[start]!)) return null;
  let end = start;
  for (let j = from; j < items.length; j++) {
    const t = wordAt(items, j);
    if (t === null) break;
    const tok = tokens[t]!;
    if (j > from && (opensParen(tok) || (!nounish(tok) && tok.normal !== "of"))) break;
    end = t;
    // An initial ("Julie A. Diaz") or an abbreviation keeps its period inside a name.
    const initial = /^\p{Lu}$/u.test(tok.text) || tok.tags.has("Abbreviation");
    if (hasComma(tok) || closesParen(tok) || (!initial && /[.!?]/.test(tok.post))) break;
  }
  while (end > start && tokens[end]!.normal === "of") end--;
  return { first: start, end: end + 1 };
}

/**
 * A comma-delimited stretch between a name and its verb that describes rather than names: "a
 * spokesman for X", "who …", "Pyongyang's only ally", "executive director of Y", a party tag
 * ("R-Ohio"). A stretch of capitalised words is a name ("the senator, John Smith, said").
 */
function isApposition(items: readonly Item[], from: number, to: number, tokens: readonly Token[]): boolean {
  const t = wordAt(items, from);
  if (t === null) return false;
  if (/^(?:a|an|the|who|which|whose|one|another|its|his|her|their|now|also|then|once|both)$/.test(tokens[t]!.normal)) return true;
  for (let i = from; i <= to; i++) {
    const w = wordAt(items, i);
    if (w === null) return false;
    const wt = tokens[w]!;
    if (wt.text === "" || /^(?:of|de|del|van|von|der|la|le|bin|al)$/.test(wt.normal)) continue;
    if (/^[RDI]-\p{Lu}/u.test(wt.text)) return true;
    const hyphenHalf = i > from && tokens[w - 1]!.post === "-";
    if (!/^\p{Lu}/u.test(wt.text) && !hyphenHalf) return true;
    if (/['’]s$/.test(wt.text) || wt.tags.has("Possessive")) return true;
  }
  return false;
}

/**
 * The words naming the source of a cue. For "according to" it is the phrase after "to"; when the
 * verb directly follows the quotation (“…,” said X) it is the phrase after the verb; otherwise the
 * subject before the verb, skipping adverbs, auxiliaries and an apposition between commas.
 */
export function speakerSlot(items: readonly Item[], cue: Cue, tokens: readonly Token[]): Slot | null {
  if (cue.kind === "according") return phraseStartingAt(items, cue.at + 2, tokens);
  const prev = items[cue.at - 1];
  // “…,” said X; and "Said Ellis: “…”" at the start of a sentence.
  const inverted = cue.at === 0 || prev?.kind === "quote";
  if (inverted) {
    const after = phraseStartingAt(items, cue.at + (cue.text.includes(" ") ? 2 : 1), tokens);
    if (after) return after;
  }
  // Floor: the subject lies after the last quotation before the verb.
  let floor = 0;
  for (let i = cue.at - 1; i >= 0; i--) if (items[i]!.kind === "quote") { floor = i + 1; break; }
  let i = cue.at - 1;
  while (i >= floor) {
    const t = wordAt(items, i);
    if (t === null || hasComma(tokens[t]!)) break;
    // Contractions leave an empty token for the auxiliary ("He’s claiming"); adverbs may stand
    // between subject and verb ("Gingrich cynically dismissed").
    const between = tokens[t]!.text === "" || BETWEEN_SUBJECT_AND_VERB.has(tokens[t]!.normal) || (tokens[t]!.tags.has("Adverb") && /ly$/.test(tokens[t]!.normal));
    if (!between) break;
    i--;
  }
  if (i < floor) return null;
  const lastTok = wordAt(items, i);
  if (lastTok === null) return null;
  // Comma right before the verb: "X, a spokesman for Y, said" or a participle ("…, saying").
  if (hasComma(tokens[lastTok]!)) {
    if (/ing$/.test(cue.text)) return null;
    let j = i - 1;
    for (; j >= floor; j--) {
      const w = wordAt(items, j);
      if (w === null || hasComma(tokens[w]!)) break;
    }
    const stretchStart = j + 1;
    if (j >= floor && isApposition(items, stretchStart, i, tokens)) return phraseEndingAt(items, j, floor, tokens);
    return phraseEndingAt(items, i, floor, tokens);
  }
  return phraseEndingAt(items, i, floor, tokens);
}

/** Words that open a subordinate clause before the main one ("When Clinton noted …, Trump boasted"). */
const SUBORDINATOR = /^(?:when|as|after|before|if|although|though|while|because|since|once|unless|until|whereas|whether)$/;

/**
 * The subject of the main clause of a sentence, up to item `end`: the subject of its first verb,
 * after an opening subordinate clause or phrase set off by a comma. For cues that have none of
 * their own: "…, saying", "X said … but said", "X exhorted … and said".
 */
export function sentenceSubject(items: readonly Item[], end: number, tokens: readonly Token[]): Slot | null {
  let from = 0;
  const first = wordAt(items, 0);
  if (first !== null && (SUBORDINATOR.test(tokens[first]!.normal) || tokens[first]!.tags.has("Preposition"))) {
    for (let i = 0; i < end; i++) {
      const t = wordAt(items, i);
      if (t !== null && /,\s*$/.test(tokens[t]!.post)) { from = i + 1; break; }
    }
  }
  for (let i = from; i < end; i++) {
    const t = wordAt(items, i);
    if (t === null) return null;
    const tok = tokens[t]!;
    const verb = tok.tags.has("Verb") || tok.tags.has("Copula") || tok.tags.has("Auxiliary") || tok.tags.has("Modal");
    if (!verb || tok.tags.has("Gerund") || tok.tags.has("Infinitive") || nounReading(items, i, tokens)) continue;
    if (i === from) return null;
    return speakerSlot(items, { at: i, text: "", kind: "speech" }, tokens);
  }
  return null;
}

/**
 * The verb of the main clause before a cue that has no subject of its own: a participle ("mocked
 * the complaint, saying"), a second verb ("tweeted … and encouraged"). A finite verb, or the
 * participle of a progressive ("is questioning").
 */
export function clauseVerbBefore(items: readonly Item[], at: number, tokens: readonly Token[]): number | null {
  for (let i = at - 1; i >= 0; i--) {
    const t = wordAt(items, i);
    if (t === null) continue;
    const tok = tokens[t]!;
    if (!tok.tags.has("Verb") || tok.tags.has("Auxiliary") || tok.tags.has("Infinitive") || tok.tags.has("Modal") || nounReading(items, i, tokens)) continue;
    let b = i - 1;
    while (wordAt(items, b) !== null && tokens[wordAt(items, b)!]!.tags.has("Adverb")) b--;
    const before = wordAt(items, b);
    const afterAuxiliary = before !== null && (tokens[before]!.tags.has("Auxiliary") || tokens[before]!.tags.has("Copula"));
    if (tok.tags.has("Gerund") || tok.tags.has("Participle")) { if (afterAuxiliary) return i; continue; }
    if (tok.tags.has("PastTense") || tok.tags.has("PresentTense")) return i;
  }
  return null;
}

const DASH = /^\s*[\u2015\u2014\u2013-]+\s*$/u;

/** "“…” ― Sonya Herridge": a dash after a quotation, then the name of its source. */
export function dashSlot(items: readonly Item[], q: number, between: string, tokens: readonly Token[]): Slot | null {
  const next = wordAt(items, q + 1);
  if (next === null) return null;
  const tok = tokens[next]!;
  if (DASH.test(tok.text)) return phraseStartingAt(items, q + 2, tokens);
  if (/[\u2015\u2014\u2013]/u.test(between + tok.pre)) return phraseStartingAt(items, q + 1, tokens);
  return null;
}
