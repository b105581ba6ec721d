// A sentence as a list of words, built from the segment stage's tokens: contractions are spelt
// out ("they'll" -> they + will, "didn't" -> did + not) so that the rules see modals and
// negations as words, and punctuation after a word tells where a clause may end.
import type { Token } from "../../doc.js";

export interface Word {
  /** As written; empty for the second half of a contraction. */
  readonly text: string;
  /** Lower case lexical form ("will" for 'll, "not" for n't, "japan" for Japan's). */
  readonly lower: string;
  readonly tags: ReadonlySet<string>;
  readonly start: number;
  readonly end: number;
  readonly pre: string;
  readonly post: string;
}

const CLITICS: Record<string, string> = { "'ll": "will", "'ve": "have", "'re": "are", "'d": "would", "'m": "am", "'s": "is" };
const NEGATED: Record<string, string> = { wo: "will", ca: "can", sha: "shall", ai: "is" };

export function wordsOf(tokens: readonly Token[], first: number, end: number): Word[] {
  const out: Word[] = [];
  let clitic: string | null = null;
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    let lower: string;
    if (t.text === "") {
      lower = clitic ?? (t.tags.has("Negative") ? "not" : t.tags.has("Modal") ? "will" : "is");
      clitic = null;
    } else {
      clitic = null;
      lower = (t.tags.has("Acronym") ? t.text.toLowerCase() : t.normal || t.text.toLowerCase()).replace(/[’‘`´]/g, "'");
      const nextIsEmpty = tokens[i + 1]?.text === "" && i + 1 < end;
      const negated = /^(.+?)n't$/.exec(lower);
      const cliticized = /^(.+?)('ll|'ve|'re|'d|'m|'s)$/.exec(lower);
      if (negated && nextIsEmpty) {
        lower = NEGATED[negated[1]!] ?? negated[1]!;
        clitic = "not";
      } else if (cliticized && nextIsEmpty) {
        lower = cliticized[1]!;
        clitic = CLITICS[cliticized[2]!] ?? null;
      } else if (cliticized && cliticized[2] === "'s") {
        lower = cliticized[1]!;
      } else if (lower.endsWith("'")) {
        lower = lower.slice(0, -1);
      }
    }
    out.push({ text: t.text, lower, tags: t.tags, start: t.start, end: t.end, pre: t.pre, post: t.post });
  }
  return out;
}

/** Punctuation after the word that may end a clause (a comma, a semicolon, a dash, a bracket). */
export const commaAfter = (w: Word): boolean => w.post.includes(",");
export const strongBreakAfter = (w: Word): boolean => /[;:()[\]{}—–]|\s-\s/.test(w.post) || /[.!?]/.test(w.post.replace(/\.\.\./g, ""));
export const breakAfter = (w: Word): boolean => commaAfter(w) || strongBreakAfter(w);
export const breakBefore = (w: Word): boolean => /[(\[{—–]/.test(w.pre);

export const isVerb = (w: Word): boolean => w.tags.has("Verb");
export const isNounish = (w: Word): boolean =>
  w.tags.has("Noun") || w.tags.has("ProperNoun") || w.tags.has("Adjective") || w.tags.has("Value") ||
  w.tags.has("Determiner") || w.tags.has("Acronym") || w.tags.has("Demonym") || w.tags.has("Possessive") || QUANTIFIERS.has(w.lower);

/** Quantifiers that open a noun phrase like an article ("no agreement", "neither side"). */
export const QUANTIFIERS = new Set(["no", "neither", "either", "every", "each", "some", "any", "all", "both"]);
export const isCapitalized = (w: Word): boolean => /^[\p{Lu}]/u.test(w.text);
export const isDeterminer = (w: Word): boolean => w.tags.has("Determiner") || ["the", "a", "an", "this", "these", "those", "that"].includes(w.lower);

/** A word glued to the one before by a hyphen ("Gyu-" + "back"). */
export const joinedToPrevious = (words: readonly Word[], i: number): boolean => i > 0 && words[i - 1]!.post === "-" && words[i]!.pre === "";

/** Singular of a plural noun, roughly: enough to look nouns up in the lexicon. */
export function singular(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) return word.slice(0, -1);
  return word;
}

export const inSet = (set: ReadonlySet<string>, w: string): boolean => set.has(w) || set.has(singular(w));

/** The text of words i..j (inclusive) as written in `text`. */
export const textOf = (text: string, words: readonly Word[], i: number, j: number): string =>
  i > j ? "" : text.slice(words[i]!.start, words[j]!.end);
