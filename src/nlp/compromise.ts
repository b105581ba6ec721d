// The only place that configures compromise. nlp.plugin() and addWords change global state, so
// they run once, here, at import; every other module imports `nlp` from this file.
import nlp from "compromise";

/** Words compromise does not know or mis-tags in news text. */
const WORDS: Record<string, string> = {};

nlp.addWords(WORDS);

export { nlp };
