// The article's language, when the page did not declare one: the language whose function words
// make up the largest share of the text. English-tuned extractors read this to stay quiet on
// other languages.
import { STOPWORDS, type StopwordLanguage } from "../data/stopwords.js";
import type { Stage } from "./stage.js";

/** Fewer words than this is too little to tell (a headline, a caption). */
const MIN_WORDS = 20;
/** The winner must cover this share of the words... */
const MIN_SHARE = 0.12;
/** ...and beat the runner-up by this factor, or the guess is left null. */
const MIN_LEAD = 1.3;
/** Enough text to decide; reading more only costs time. */
const MAX_CHARS = 5000;

const LOOKUP: ReadonlyMap<string, readonly StopwordLanguage[]> = (() => {
  const m = new Map<string, StopwordLanguage[]>();
  for (const [lang, words] of Object.entries(STOPWORDS) as [StopwordLanguage, readonly string[]][]) {
    for (const w of words) m.set(w, [...(m.get(w) ?? []), lang]);
  }
  return m;
})();

export function guessLanguage(text: string): StopwordLanguage | null {
  const words = text.slice(0, MAX_CHARS).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const counts = new Map<StopwordLanguage, number>();
  for (const w of words) {
    // A word several languages share ("de", "la") says less than one only this language has.
    const langs = LOOKUP.get(w) ?? [];
    for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1 / langs.length);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = ranked;
  if (!best || best[1] / words.length < MIN_SHARE) return null;
  if (second && best[1] < second[1] * MIN_LEAD) return null;
  return best[0];
}

export const language: Stage = {
  name: "language",
  essential: false,
  run(doc) {
    if (doc.meta.language) return doc;
    return { ...doc, meta: { ...doc.meta, language: guessLanguage(doc.text) } };
  },
};
