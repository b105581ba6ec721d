// The cue of a quotation: the speech verb (or "according to", or a noun of saying) that attributes
// it to a source, chosen among the cues of its frame sentence by position and strength.
import type { Token } from "../../doc.js";
import type { Item } from "./frame.js";
import { wordAt } from "./frame.js";
import { CUE_FORMS, CUE_NOUNS, NAMING_VERBS } from "./lexicon.js";
import { speaks } from "./nouns.js";

export interface Cue {
  /** Index in the sentence's items of the verb (for "according to": of "according"). */
  readonly at: number;
  /** The cue as written: "said", "according to", "put it". */
  readonly text: string;
  readonly kind: "speech" | "stance" | "weak" | "according" | "noun";
  /** A verb of another language ("déclaré", "sagte"): its subject and auxiliary are read apart. */
  readonly foreign?: boolean;
}

/**
 * Is item i a cue verb? "put" counts only in "put it", "point" only in "point out", "compare"
 * only with an object ("compared Reyes to …").
 */
export function cueAt(items: readonly Item[], i: number, tokens: readonly Token[]): Cue | null {
  const t = wordAt(items, i);
  if (t === null) return null;
  const tok = tokens[t]!;
  const normal = tok.normal.replace(/[’']s$/, "");
  if (normal === "according") {
    const next = wordAt(items, i + 1);
    return next !== null && tokens[next]!.normal === "to" ? { at: i, text: "according to", kind: "according" } : null;
  }
  const prev = wordAt(items, i - 1);
  const prevTok = prev === null ? null : tokens[prev]!;
  if (CUE_NOUNS.has(tok.normal) && prevTok && possessive(prevTok)) return { at: i, text: tok.text, kind: "noun" };
  // compromise's normal form drops accents ("déclaré" becomes "declare"): verbs of other
  // languages are looked up as written.
  if (CUE_FORMS.get(tok.text.toLowerCase())?.foreign) return { at: i, text: tok.text, kind: "speech", foreign: true };
  const form = CUE_FORMS.get(normal);
  if (!form) return null;
  if (form.foreign) return { at: i, text: tok.text, kind: "speech", foreign: true };
  // A noun reading ("the tweet", "a report", "his call") is not a cue; proper names never are.
  if (tok.tags.has("ProperNoun") || tok.tags.has("Person")) return null;
  if (!tok.tags.has("Verb") && !verbDespiteTags(normal, form.kind, prevTok)) return null;
  if (nounReading(items, i, tokens) || namedNoun(items, i, tokens)) return null;
  const next = wordAt(items, i + 1);
  const nextNormal = next === null ? "" : tokens[next]!.normal;
  if (/^put/.test(normal)) return nextNormal === "it" ? { at: i, text: `${tok.text} it`, kind: "speech" } : null;
  if (/^point/.test(normal)) return nextNormal === "out" ? { at: i, text: `${tok.text} out`, kind: "speech" } : null;
  // "Talk compared to “working the referees”", "sales compared with …": a comparison, not a speaker's.
  if (/^compar/.test(normal) && /^(?:to|with)$/.test(nextNormal)) return null;
  return { at: i, text: tok.text, kind: form.kind };
}

/** "Reyes’s", "his", "their": the possessor of a noun of saying. */
const possessive = (tok: Token): boolean =>
  /^(?:his|her|their|its)$/.test(tok.normal) || ((tok.tags.has("Possessive") || /['’]s$/.test(tok.text)) && /^\p{Lu}/u.test(tok.text));

/**
 * compromise tags some verbs as nouns or adjectives ("Pruitt tells", "is promising", ", saying",
 * "Voss, said"): a participle after a comma, a conjunction, a name or an auxiliary, a third-person
 * or past form right after a name or a pronoun, and a verb of saying after a comma or a name, are
 * verbs all the same.
 */
function verbDespiteTags(normal: string, kind: string, prev: Token | null): boolean {
  if (prev === null || kind === "weak") return false;
  const subject = (prev.tags.has("Person") || prev.tags.has("ProperNoun") || prev.tags.has("Pronoun")) && !prev.tags.has("Possessive") && !/['’]s$/.test(prev.text);
  if (normal.endsWith("ing")) {
    return /,\s*$/.test(prev.post) || /^(?:and|but|while|after|before|by|without|when)$/.test(prev.normal) || subject ||
      prev.tags.has("Auxiliary") || prev.tags.has("Copula");
  }
  // "Clara Voss, said": compromise may read "said" as the adjective of "the said person".
  const afterApposition = /,\s*$/.test(prev.post) && kind === "speech";
  return (/(?:s|ed)$/.test(normal) && subject) || afterApposition || (subject && kind === "speech");
}

/** -ing forms of cue verbs that are mostly nouns after a name ("the Supreme Court ruling"). */
const NOUN_GERUNDS: ReadonlySet<string> = new Set(["ruling", "finding", "reading", "writing", "posting"]);

/**
 * "the Supreme Court ruling", "an Ohio Court finding": such an -ing form after a name that an
 * article opens is a noun the name modifies ("the White House saying" stays a verb).
 */
function namedNoun(items: readonly Item[], i: number, tokens: readonly Token[]): boolean {
  const t = wordAt(items, i);
  if (t === null || !NOUN_GERUNDS.has(tokens[t]!.normal)) return false;
  let j = i - 1;
  while (j >= 0) {
    const w = wordAt(items, j);
    if (w === null || !/^\p{Lu}/u.test(tokens[w]!.text) || /[,;:]/.test(tokens[w]!.post)) break;
    j--;
  }
  const before = wordAt(items, j);
  return j < i - 1 && before !== null && /^(?:the|a|an)$/.test(tokens[before]!.normal) && !/[,;:]/.test(tokens[before]!.post);
}

/**
 * A verb form that is a noun here: the object of a verb ("unleashed tweets", "made claims"), or
 * after a preposition, an article or an adjective ("a series of tweets", "his remarks"). Gerunds
 * after a preposition stay verbs ("by saying").
 */
export function nounReading(items: readonly Item[], i: number, tokens: readonly Token[]): boolean {
  const t = wordAt(items, i);
  const p = wordAt(items, i - 1);
  if (t === null || p === null) return false;
  const tok = tokens[t]!, prev = tokens[p]!;
  if (tok.normal.endsWith("ing") || prev.text === "" || /[,;:]/.test(prev.post)) return false;
  // "a Republican whose state exports beef": what follows "whose" is the noun it owns.
  if (prev.normal === "whose") return true;
  if (/^(?:that|who|which|what|this)$/.test(prev.normal)) return false;
  // "the ministry later said": compromise reads "later" and "earlier" as adjectives; before a
  // verb in the past tense they are adverbs of time.
  if (/^(?:later|earlier)$/.test(prev.normal) && tok.tags.has("PastTense")) return false;
  // "a swiftly called meeting": a past participle after an article and an adverb is an adjective.
  const beforeAdverb = wordAt(items, i - 2);
  if (/ed$/.test(tok.normal) && prev.tags.has("Adverb") && beforeAdverb !== null && /^(?:a|an|the|his|her|its|their|our|my|your)$/.test(tokens[beforeAdverb]!.normal)) return true;
  if (/[^s]s$/.test(tok.normal) && tok.normal !== "says" && prev.tags.has("Verb") && !prev.tags.has("Auxiliary") && !prev.tags.has("Modal")) return true;
  // "40% of Democratic claims": a modifier after a preposition makes a noun phrase.
  const before = wordAt(items, i - 2);
  if (before !== null && /[^s]s$/.test(tok.normal) && tok.normal !== "says" && tokens[before]!.tags.has("Preposition") && !prev.tags.has("Person")) return true;
  // "the firm said", "an official said": a word the tagger reads as an adjective that is also a
  // noun for a speaker, after an article, is the subject of the verb, not a modifier of a noun.
  const spoken = before !== null && /^(?:the|a|an|this|that|its|his|her|their|our)$/.test(tokens[before]!.normal) && !/[,;:]/.test(tokens[before]!.post) && speaks(prev);
  return prev.tags.has("Preposition") || prev.tags.has("Determiner") || (prev.tags.has("Possessive") && !prev.tags.has("Pronoun")) ||
    (prev.tags.has("Adjective") && !prev.tags.has("Adverb") && !spoken);
}

/** Which cue governs when a sentence has several: a verb of saying, of stance, a noun of saying, an opinion. */
const RANK: Record<Cue["kind"], number> = { according: 0, speech: 0, stance: 1, noun: 2, weak: 3 };
/** Words before a verb that make it part of a relative clause ("anybody who complains"). */
const RELATIVE = /^(?:who|which|that)$/;

/**
 * A verb in a relative clause ("anybody who complains"), or a participle right after a common noun
 * ("a statement announcing the vote"), describes that noun: it yields to the main verb.
 */
function rankOf(items: readonly Item[], c: Cue, tokens: readonly Token[]): number {
  // "Writing in The Atlantic, the critic … called it “…”": a participle that opens the sentence
  // sets the scene; the main verb after it attributes, when there is one.
  if (/ing$/.test(c.text) && c.at === 0) return RANK.weak;
  const prev = wordAt(items, c.at - 1);
  if (prev === null) return RANK[c.kind];
  const p = tokens[prev]!;
  if (RELATIVE.test(p.normal)) return RANK.weak;
  const commonNoun = p.tags.has("Noun") && !p.tags.has("Pronoun") && !p.tags.has("ProperNoun") && !p.tags.has("Person") && !/[,;:]/.test(p.post);
  if (/ing$/.test(c.text) && commonNoun) return RANK.weak;
  // "the Texas native nicknamed “The Hammer”", "a box labeled “…”": a passive of naming right
  // after a noun names that thing; it quotes no one. Not "what lawmakers called “fraud”".
  if (commonNoun && items[c.at + 1]?.kind === "quote" && NAMING_VERBS.has(c.text.toLowerCase()) && !objectRelative(items, c.at, tokens)) return RANK.weak;
  return RANK[c.kind];
}

/** How far back "what" may open the clause of a verb ("what multiple lawmakers called"). */
const MAX_RELATIVE_SUBJECT_WORDS = 4;

/** Is the verb at item `at` in a clause opened by "what" or "which" a few words before? */
function objectRelative(items: readonly Item[], at: number, tokens: readonly Token[]): boolean {
  for (let i = at - 1; i >= Math.max(0, at - MAX_RELATIVE_SUBJECT_WORDS - 1); i--) {
    const t = wordAt(items, i);
    if (t === null) return false;
    if (/^(?:what|which)$/.test(tokens[t]!.normal)) return true;
  }
  return false;
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
  // A verb that introduces the quotation directly ("Reyes boasted, “…”") governs it.
  const adjacent = cues.find((c) => c.cue.at === q - 1 && c.rank <= RANK.stance);
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
