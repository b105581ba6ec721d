// Quotation marks that enclose a name rather than speech: titles of works and shows ("the film
// “North Line”", "CBS's “Face the Nation”", "on “Capitol Morning”", an ad "titled “Reckless”"), and
// terms held at a distance ("the so-called “special relationship”") and nicknames inside a name
// (Robert “Bobby” Lund).
import type { Token } from "../../doc.js";
import type { Item } from "./frame.js";
import { TITLE_INTRODUCERS, WORK_NOUNS } from "./lexicon.js";

/** Titles are short; a longer quotation after "the book" is a passage from it. */
const MAX_TITLE_WORDS = 10;
/** Words that stay lower case inside a title ("Face the Nation", "Contract with America"). */
const MINOR_WORD = /^(?:a|an|the|and|or|nor|but|of|in|on|at|to|for|with|by|from|as|vs\.?|v\.?|de|la|le|du|von|van)$/;
/** Prepositions after which a title-cased quotation is a show or publication ("on “Capitol Morning”"). */
const PLACE_PREPOSITION = /^(?:on|in|from|to|at)$/;

export function wordsIn(s: string): string[] {
  return s.split(/\s+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter(Boolean);
}

/** Every word capitalised but the small ones, and no sentence punctuation inside. */
export function isTitleCased(inner: string): boolean {
  const words = wordsIn(inner);
  if (words.length === 0) return false;
  if (/[.!?]\s+\S/u.test(inner.trim())) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR_WORD.test(w.toLowerCase())));
}

/** A nickname has a word or two. */
const MAX_NICKNAME_WORDS = 2;

/** Is the quotation at item q a nickname between two parts of a name ("Mary “Mimi” Lund")? */
function isNickname(items: readonly Item[], q: number, inner: string, tokens: readonly Token[]): boolean {
  const before = items[q - 1], after = items[q + 1];
  if (before?.kind !== "word" || after?.kind !== "word" || wordsIn(inner).length > MAX_NICKNAME_WORDS || !isTitleCased(inner)) return false;
  const prev = tokens[before.token]!, next = tokens[after.token]!;
  return /^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(next.text) && !/[,;:]/.test(prev.post) && (next.tags.has("Person") || next.tags.has("ProperNoun") || prev.tags.has("Person"));
}

/**
 * Is the quotation at item q of a sentence a name rather than speech: the title of a work or a
 * show, a so-called term, a nickname?
 */
export function isNameOrTitle(items: readonly Item[], q: number, inner: string, tokens: readonly Token[]): boolean {
  if (isNickname(items, q, inner, tokens)) return true;
  if (wordsIn(inner).length > MAX_TITLE_WORDS) return false;
  // compromise reads "CBS's" as "CBS is" and leaves an empty token for the verb: skip it.
  let p = q - 1;
  while (p >= 0 && items[p]!.kind === "word" && tokens[(items[p] as { token: number }).token]!.text === "") p--;
  const prevItem = items[p];
  if (!prevItem || prevItem.kind !== "word") return false;
  const prev = tokens[prevItem.token]!;
  const normal = prev.normal.replace(/['’]s$/, "");
  if (TITLE_INTRODUCERS.has(normal)) return true;
  // "so-called" comes as two words, "so" and "called".
  const before = p > 0 && items[p - 1]!.kind === "word" ? tokens[(items[p - 1] as { token: number }).token]! : null;
  if (normal === "so-called" || (normal === "called" && before?.normal === "so" && before.post === "-")) return true;
  if (!isTitleCased(inner)) return false;
  if (WORK_NOUNS.has(normal)) return true;
  // "this week’s edition of “Capitol Morning”", "an episode of “The Long Road”".
  if (normal === "of" && p > 0 && items[p - 1]!.kind === "word" && WORK_NOUNS.has(tokens[(items[p - 1] as { token: number }).token]!.normal)) return true;
  // "CBS's “Face the Nation”", "Lind's “North Line”".
  if (prev.tags.has("Possessive") || /['’]s?$/.test(prev.text)) return true;
  return PLACE_PREPOSITION.test(normal);
}
