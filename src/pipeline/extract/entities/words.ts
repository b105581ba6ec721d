// Word-level views of the shared tokens: the surface as written in doc.text (without a possessive
// "'s"), capitalisation, and where a name must stop.
import type { Token } from "../../doc.js";
import { GIVEN_NAMES_ALSO_WORDS } from "../../../data/names.js";
import { lexiconTag } from "../../../nlp/compromise.js";

const POSSESSIVE = /['’]s$/u;

/** Names whose "'s" is their own, not a possessive. */
const OWN_S: ReadonlySet<string> = new Set(["moody's", "mcdonald's", "lloyd's", "sainsbury's", "macy's", "kellogg's", "dillard's", "wendy's", "denny's", "harrods's"]);

/** "Moody's", "McDonald's": a firm whose name ends in "'s". */
export const isOwnPossessive = (w: string): boolean => OWN_S.has(w.toLowerCase().replace("’", "'"));

/** End offset of the word without a possessive "'s" ("Force's" -> "Force"). */
export const wordEnd = (text: string, t: Token): number => {
  const w = text.slice(t.start, t.end);
  // compromise leaves the last period of "U.S." outside the word when a bracket follows it.
  if (text[t.end] === "." && /^(?:\p{L}\.)+\p{L}$/u.test(w)) return t.end + 1;
  return POSSESSIVE.test(w) && !OWN_S.has(w.toLowerCase().replace("’", "'")) ? t.end - 2 : t.end;
};

export const wordOf = (text: string, t: Token): string => text.slice(t.start, wordEnd(text, t));

export const isPossessive = (text: string, t: Token): boolean =>
  wordEnd(text, t) < t.end || /^['’](?:\s|$)/u.test(t.post);

export const hasLetter = (w: string): boolean => /\p{L}/u.test(w);
export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w) || /^\p{Ll}{0,2}['’]?\p{Lu}/u.test(w) && /\p{Lu}/u.test(w[0] ?? "");
/** Every letter upper case and at least two of them: "LONDON", "NATO", "U.S.". */
export const isAllCaps = (w: string): boolean => !/\p{Ll}/u.test(w) && (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

/** Lower-case words that stand inside personal names (Osama bin Laden, Charles de Gaulle). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "bin", "ibn", "bint", "al", "el", "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le",
  "du", "dos", "das", "do", "ter", "ten", "abu", "ben", "y", "zu", "af", "ul",
]);

/** Short words that end with a period without ending the name (Ma. Theresa, St. Louis, Gen. Lee). */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "ma", "st", "mt", "ft", "jr", "sr", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "capt",
  "adm", "maj", "sgt", "rev", "prof", "messrs", "mme", "hon", "cpl", "pres", "supt", "insp", "ste",
]);

/** Only spaces between two words: no comma, bracket, quote or line break. */
export const plainSpace = (post: string): boolean => /^[ \t\u00a0]+$/u.test(post);

/** compromise's lexicon tags of given names. */
const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(["FirstName", "MaleName", "FemaleName"]);

/** A given name in the name data: compromise's given names, and those it reads as other words ("Marine", "Rose"). */
export const isGivenName = (word: string): boolean =>
  GIVEN_NAME_TAGS.has(lexiconTag(word.toLowerCase()) ?? "") || GIVEN_NAMES_ALSO_WORDS.has(word.toLowerCase());
