// Nationality words and the country they stand for ("Hungarian officials" -> Hungary), for
// subjects that name a state only by its adjective. The words and names come from the shared
// country data, so that the parties agree with the countries the places stage knows.
import { countryByCode, countryOfDemonym } from "../../../data/places/countries.js";

export interface Nationality {
  readonly country: string;
  /** ISO 3166-1 alpha-2 code, to find the country among the places. */
  readonly code: string;
  /** Number of words of the nationality word ("south korean" is two). */
  readonly words: number;
}

/** A nationality word is a single word of letters (hyphens allowed: "greek-cypriot" is not one). */
const WORD = /^\p{L}+$/u;

function nationalityOf(form: string, words: number): Nationality | null {
  const code = countryOfDemonym(form);
  const country = code ? countryByCode(code) : null;
  return code && country ? { country: country.name, code, words } : null;
}

/**
 * The nationality named by the words at `i` (lower case), trying two-word forms first
 * ("south korean" before "korean").
 */
export function nationalityAt(lower: readonly string[], i: number): Nationality | null {
  const first = lower[i];
  if (first === undefined || !WORD.test(first)) return null;
  const second = lower[i + 1];
  const two = second !== undefined && WORD.test(second) ? nationalityOf(`${first} ${second}`, 2) : null;
  return two ?? nationalityOf(first, 1);
}

/** The country's name for an ISO code, when the data has it. */
export const countryNamed = (code: string): string | null => countryByCode(code)?.name ?? null;
