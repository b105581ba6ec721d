// The speaker slot of a cue: the words that name the source, found by position, as news writes it:
//   “…,” said Pruitt.             verb right after the quotation: the source follows the verb
//   “…,” Pruitt said.             the source precedes the verb
//   Pruitt told reporters, “…”    the same, before the quotation
//   Kell (R-Iowa), a budget panel member, said   an apposition between source and verb is skipped
//   …, according to the ministry.
import type { Token } from "../../doc.js";
import type { Cue } from "./cue.js";
import { nounReading } from "./cue.js";
import type { Item } from "./frame.js";
import { wordAt } from "./frame.js";
import { BETWEEN_SUBJECT_AND_VERB, FOREIGN_AUXILIARIES, FOREIGN_PHRASE_BREAKS } from "./lexicon.js";

const NO_BREAKS: ReadonlySet<string> = new Set();
import { speaks } from "./nouns.js";

/** A run of tokens (indices into doc.tokens, end exclusive) that names the source. */
export interface Slot {
  readonly first: number;
  readonly end: number;
}

/** Word-like tokens that can belong to a name or a noun phrase naming a source. */
function nounish(tok: Token): boolean {
  const t = tok.tags;
  // "early Friday saying": a date is never a source.
  if (t.has("Date") || t.has("WeekDay") || t.has("Month") || t.has("Time")) return false;
  if (t.has("ProperNoun") || t.has("Person") || t.has("Organization") || t.has("Honorific") || t.has("Acronym")) return true;
  // A capitalised word the tagger reads as a verb is a name ("Mark also noted"), unless it is a
  // participle or a past form opening a clause ("Asked about it, …").
  if (/^\p{Lu}/u.test(tok.text) && t.has("Verb") && !t.has("Gerund") && !t.has("PastTense") && !t.has("Copula") && !t.has("Auxiliary")) return true;
  if (t.has("Verb") && !t.has("Noun")) return false;
  if (t.has("Preposition") || t.has("Conjunction") || t.has("Adverb")) return false;
  return t.has("Noun") || t.has("Pronoun") || t.has("Adjective") || t.has("Determiner") || t.has("Value") || t.has("Possessive");
}

/**
 * Token t can belong to a noun phrase; so can the lower-case half of a hyphenated name, whatever
 * the tagger reads it as ("Park Ji-woo", "Ahn Gyu-back": "woo" and "back" are no verbs here).
 */
function nounishAt(tokens: readonly Token[], t: number): boolean {
  const before = t > 0 ? tokens[t - 1]! : null;
  return nounish(tokens[t]!) || (before !== null && before.post === "-" && /^\p{Lu}/u.test(before.text) && /^\p{L}/u.test(tokens[t]!.text));
}

const hasComma = (tok: Token): boolean => /[,;:\u2014\u2013]/u.test(tok.post);
const opensParen = (tok: Token): boolean => tok.pre.includes("(");
const closesParen = (tok: Token): boolean => tok.post.includes(")");

/**
 * Tokens of the noun phrase that ends at item index `last` (walking back), without parentheses
 * ("Rep. Dana Kell (R-Iowa)"). Stops at a comma, a verb, a preposition other than "of", or a quote.
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
  if (endTok === null || !nounishAt(tokens, endTok)) return null;
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
    // "Baker's former campaign manager": the empty token of a possessive read as "Baker is",
    // and a verb's base form between a modifier and a noun ("the campaign manager") is a noun.
    if (tok.text === "" && t > 0 && /['’]s$/.test(tokens[t - 1]!.text)) continue;
    if (!nounishAt(tokens, t) && !modifierNoun(items, j, tokens)) break;
    first = t;
    if (tok.tags.has("Determiner") && !tok.tags.has("Possessive")) break;
  }
  // A phrase cannot start with "of"/"for".
  while (first < endTok && /^(?:of|for)$/.test(tokens[first]!.normal)) first++;
  first = coordinatedDescription(items, first, floor, tokens) ?? first;
  return { first, end: endTok + 1 };
}

/** How many words the first half of "the former first lady and senator" may have after its article. */
const MAX_COORDINATED_WORDS = 4;

/**
 * "The former first lady and U.S. senator said": one person described twice. When the phrase has
 * no article of its own and "and" comes right before it, after common words that an article opens,
 * the phrase starts at that article. Names are not crossed ("Koizumi and Ahn" are two speakers).
 */
function coordinatedDescription(items: readonly Item[], first: number, floor: number, tokens: readonly Token[]): number | null {
  if (tokens[first]!.tags.has("Determiner")) return null;
  const itemOf = items.findIndex((it) => it.kind === "word" && it.token === first);
  const and = wordAt(items, itemOf - 1);
  if (itemOf - 1 < floor || and === null || tokens[and]!.normal !== "and") return null;
  for (let j = itemOf - 2, n = 0; j >= floor && n <= MAX_COORDINATED_WORDS; j--, n++) {
    const t = wordAt(items, j);
    if (t === null) return null;
    const tok = tokens[t]!;
    if (tok.tags.has("Determiner")) return n > 0 && !tok.tags.has("Pronoun") ? t : null;
    // Capitalised words are names (the tagger calls "first lady" a person too).
    if (hasComma(tok) || /^\p{Lu}/u.test(tok.text) || tok.tags.has("Pronoun") || !nounish(tok)) return null;
  }
  return null;
}

/**
 * A verb's base form used as a noun modifier inside a noun phrase: after an adjective, a
 * determiner, a possessive or a name, before a noun ("former campaign manager", "White House
 * press secretary").
 */
function modifierNoun(items: readonly Item[], j: number, tokens: readonly Token[]): boolean {
  const t = wordAt(items, j), before = wordAt(items, j - 1), after = wordAt(items, j + 1);
  if (t === null || before === null || after === null) return false;
  const tok = tokens[t]!, prev = tokens[before]!, next = tokens[after]!;
  if (!tok.tags.has("Verb") || tok.tags.has("PastTense") || tok.tags.has("Gerund") || tok.tags.has("Copula") || tok.tags.has("Auxiliary") || tok.tags.has("Modal")) return false;
  if (hasComma(prev) || hasComma(tok) || !next.tags.has("Noun")) return false;
  const p = prev.tags;
  return p.has("Adjective") || p.has("Possessive") || p.has("ProperNoun") || (p.has("Determiner") && !p.has("Pronoun"));
}

/**
 * A subject with a participle clause ("Students marching across the campus chanted",
 * "A man holding a sign shouted"): the phrase before the verb is its object; the subject is the
 * noun phrase before the participle.
 */
function beforeParticiple(items: readonly Item[], slot: Slot, i: number, floor: number, tokens: readonly Token[]): Slot | null {
  const last = tokens[slot.end - 1]!;
  if (/^\p{Lu}/u.test(last.text) || last.tags.has("Pronoun") || speaks(last)) return null;
  let j = i - (slot.end - 1 - slot.first) - 1;
  const at = (k: number) => { const t = wordAt(items, k); return t === null ? null : tokens[t]!; };
  let tok = at(j);
  if (tok && tok.tags.has("Preposition") && !hasComma(tok)) tok = at(--j);
  if (!tok || !tok.tags.has("Gerund") || hasComma(tok)) return null;
  const subject = at(j - 1);
  if (!subject || hasComma(subject) || !subject.tags.has("Noun") || subject.tags.has("Pronoun")) return null;
  return phraseEndingAt(items, j - 1, floor, tokens);
}

/** The noun phrase that starts at item index `from` (walking forward), up to a comma or a verb. */
function phraseStartingAt(items: readonly Item[], from: number, tokens: readonly Token[], breaks: ReadonlySet<string> = NO_BREAKS): Slot | null {
  const start = wordAt(items, from);
  if (start === null || !nounish(tokens[start]!)) return null;
  let end = start;
  for (let j = from; j < items.length; j++) {
    const t = wordAt(items, j);
    if (t === null) break;
    const tok = tokens[t]!;
    if (j > from && (opensParen(tok) || breaks.has(tok.text.toLowerCase()) || (!nounishAt(tokens, t) && tok.normal !== "of"))) break;
    end = t;
    // An initial ("Mary K. Lund") or an abbreviation keeps its period inside a name.
    const initial = /^\p{Lu}$/u.test(tok.text) || tok.tags.has("Abbreviation");
    if (hasComma(tok) || closesParen(tok) || (!initial && /[.!?]/.test(tok.post))) break;
  }
  while (end > start && tokens[end]!.normal === "of") end--;
  return { first: start, end: end + 1 };
}

/**
 * “…,” said a nurse, Maya Freeman; said one of them, Maya Freeman: a description after the verb
 * and then, after a comma, a name in capitals, which is who the description is.
 */
function nameAfterDescription(items: readonly Item[], at: number, described: Slot, tokens: readonly Token[], breaks: ReadonlySet<string>): Slot | null {
  if (!isApposition(items, at, at, tokens) || !hasComma(tokens[described.end - 1]!)) return null;
  let next = at;
  while (next < items.length && wordAt(items, next) !== described.end) next++;
  const name = phraseStartingAt(items, next, tokens, breaks);
  if (!name) return null;
  for (let t = name.first; t < name.end; t++) if (!/^\p{Lu}/u.test(tokens[t]!.text)) return null;
  return name;
}

/**
 * A comma-delimited stretch between a name and its verb that describes rather than names: "a
 * spokesman for X", "who …", "the group's largest member", "executive director of Y", a party tag
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
/** Is the cue a participle of another language after its auxiliary ("a déclaré", "hat gesagt")? */
function foreignAuxiliaryBefore(items: readonly Item[], cue: Cue, tokens: readonly Token[]): boolean {
  const before = wordAt(items, cue.at - 1);
  return before !== null && cue.foreign === true && FOREIGN_AUXILIARIES.has(tokens[before]!.text.toLowerCase());
}

export function speakerSlot(items: readonly Item[], cue: Cue, tokens: readonly Token[]): Slot | null {
  if (cue.kind === "according") return phraseStartingAt(items, cue.at + 2, tokens);
  if (cue.kind === "noun") return phraseEndingAt(items, cue.at - 1, 0, tokens);
  // The verb group starts at an auxiliary of another language ("», a déclaré X").
  const verbAt = cue.at - (foreignAuxiliaryBefore(items, cue, tokens) ? 1 : 0);
  const prev = items[verbAt - 1];
  // “…,” said X; and "Said Ellis: “…”" at the start of a sentence. Not a participle: in
  // "as a “strong leader,” comparing him to …" what follows is its object.
  const inverted = (verbAt === 0 || prev?.kind === "quote") && !/ing$/.test(cue.text);
  if (inverted) {
    const at = cue.at + (cue.text.includes(" ") ? 2 : 1);
    const breaks = cue.foreign ? FOREIGN_PHRASE_BREAKS : NO_BREAKS;
    const after = phraseStartingAt(items, at, tokens, breaks);
    if (after) return nameAfterDescription(items, at, after, tokens, breaks) ?? after;
  }
  // Floor: the subject lies after the last quotation before the verb.
  let floor = 0;
  for (let i = verbAt - 1; i >= 0; i--) if (items[i]!.kind === "quote") { floor = i + 1; break; }
  let i = verbAt - 1;
  while (i >= floor) {
    const t = wordAt(items, i);
    if (t === null || hasComma(tokens[t]!)) break;
    // Contractions leave an empty token for the auxiliary ("He’s claiming"); adverbs may stand
    // between subject and verb ("Voss curtly dismissed").
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
  const slot = phraseEndingAt(items, i, floor, tokens);
  return (slot && beforeParticiple(items, slot, i, floor, tokens)) ?? slot;
}

/** Words that open a subordinate clause before the main one ("When Morales noted …, Reyes boasted"). */
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
      if (commaAfter(items, i, tokens)) { from = i + 1; break; }
    }
  }
  for (let i = from; i < end; i++) {
    const t = wordAt(items, i);
    if (t === null) return null;
    const tok = tokens[t]!;
    const verb = tok.tags.has("Verb") || tok.tags.has("Copula") || tok.tags.has("Auxiliary") || tok.tags.has("Modal");
    if (!verb || tok.tags.has("Gerund") || tok.tags.has("Infinitive") || nounReading(items, i, tokens)) continue;
    if (i === from) return null;
    // "Ortiz (N.M.), who lost the primary to Hale, named …": the verb of a relative
    // clause between commas is not the main one.
    const before = wordAt(items, i - 1);
    if (before !== null && /^(?:who|which)$/.test(tokens[before]!.normal) && i - 2 >= from && commaAfter(items, i - 2, tokens)) {
      let close = i;
      while (close < end && !commaAfter(items, close, tokens)) close++;
      i = close;
      continue;
    }
    return speakerSlot(items, { at: i, text: "", kind: "speech" }, tokens);
  }
  return null;
}

/** Is item i followed by a comma: a word with one after it, or a quotation ending in one (On “Capitol Morning,” …)? */
function commaAfter(items: readonly Item[], i: number, tokens: readonly Token[]): boolean {
  const t = wordAt(items, i);
  if (t !== null) return /,\s*$/.test(tokens[t]!.post);
  const next = wordAt(items, i + 1);
  return items[i]?.kind === "quote" && next !== null && next > 0 && /^,/.test(tokens[next - 1]!.post);
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
    // A progressive ("is questioning") is a clause's verb; a passive ("should be released") is not its speaker's.
    if (tok.tags.has("Gerund")) { if (afterAuxiliary) return i; continue; }
    const passive = before !== null && /^(?:be|been|being|is|was|were|are|am|'s)$/.test(tokens[before]!.normal);
    if (tok.tags.has("Participle") || passive) continue;
    if (tok.tags.has("PastTense") || tok.tags.has("PresentTense")) return i;
  }
  return null;
}

const DASH = /^\s*[\u2015\u2014\u2013-]+\s*$/u;

/** "“…” ― Ada Lind": a dash after a quotation, then the name of its source. */
export function dashSlot(items: readonly Item[], q: number, between: string, tokens: readonly Token[]): Slot | null {
  const next = wordAt(items, q + 1);
  if (next === null) return null;
  const tok = tokens[next]!;
  if (DASH.test(tok.text)) return phraseStartingAt(items, q + 2, tokens);
  if (/[\u2015\u2014\u2013]/u.test(between + tok.pre)) return phraseStartingAt(items, q + 1, tokens);
  return null;
}
