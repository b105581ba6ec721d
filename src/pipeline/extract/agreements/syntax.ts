// Just enough syntax to find who did what: the auxiliaries and adverbs before a verb (its verb
// group), the noun phrase before it (its subject), and the clause it sits in. Compromise's word
// tags are the input; nothing here parses the sentence fully, so every step is conservative.
import { DEAL_NOUNS, SPEECH_VERBS } from "./lexicon.js";
import type { SentenceView } from "./sentence.js";
import type { Word } from "./words.js";
import { breakAfter, commaAfter, isNounish, isVerb, joinedToPrevious, QUANTIFIERS, strongBreakAfter } from "./words.js";

const AUXILIARIES = new Set([
  "will", "would", "shall", "can", "could", "may", "might", "must", "should", "ought", "have", "has", "had",
  "having", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "not", "never",
  "also", "already", "yet", "still", "now", "just", "jointly", "formally", "officially", "finally",
  "tentatively", "reportedly", "unanimously", "again", "later", "then", "all", "both", "each", "swiftly",
  "quickly", "separately", "previously", "earlier", "once", "so", "far", "n't", "need", "needs", "only",
  "subsequently", "eventually", "initially", "today", "tonight", "yesterday", "recently", "quietly",
  "publicly", "privately", "readily", "verbally", "provisionally", "informally", "together",
]);

export const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am", "remain", "remains", "remained", "appear", "appears", "appeared", "seem", "seems", "seemed"]);
export const COORDINATORS = new Set(["and", "but", "or", "nor", "then", "&"]);

const RELATIVES = new Set(["who", "which", "that", "whom"]);
const NP_PREPOSITIONS = new Set(["of", "in", "from", "for", "at", "on"]);
const PERSONAL_PRONOUNS = new Set(["they", "it", "he", "she", "we", "i", "you"]);

/** Is words[i] an auxiliary, adverb, negation or date word that belongs to the verb group? */
function inVerbGroup(v: SentenceView, i: number): boolean {
  const w = v.words[i]!;
  if (AUXILIARIES.has(w.lower)) return true;
  if (w.tags.has("Adverb") && !w.tags.has("QuestionWord")) return true;
  if (w.tags.has("Negative") || w.tags.has("Modal") || w.tags.has("Auxiliary")) return true;
  if (v.isDate[i]) return true;
  // "had since changed": "since" right after a perfect auxiliary is an adverb, inside the group
  if (w.lower === "since" && i > 0 && /^(?:had|has|have|having)$/.test(v.words[i - 1]!.lower)) return true;
  // "on" or "late" before a date word ("on Saturday", "late on Friday")
  if (["on", "late", "early", "last", "this", "next"].includes(w.lower) && i + 1 < v.words.length && v.isDate[i + 1]) return true;
  return false;
}

/** First index of the verb group that ends just before `i` (i itself when there is none). */
export function verbGroupStart(v: SentenceView, i: number): number {
  let j = i - 1;
  while (j >= 0 && !breakAfter(v.words[j]!) && inVerbGroup(v, j)) j--;
  return j + 1;
}

/** The lower-case words of the verb group before `i`. */
export function verbGroup(v: SentenceView, i: number): string[] {
  return v.words.slice(verbGroupStart(v, i), i).map((w) => w.lower);
}

const isPronoun = (w: Word): boolean => PERSONAL_PRONOUNS.has(w.lower) && w.tags.has("Pronoun");
const isDeterminerLike = (w: Word): boolean => w.tags.has("Determiner") || (w.tags.has("Possessive") && w.tags.has("Pronoun")) || QUANTIFIERS.has(w.lower);

/** A word of a name, even when mis-tagged as a verb ("Kim Jong Un"): inside an entity mention, or
 * a capitalised, tenseless word inside the sentence. */
export function nameLike(v: SentenceView, j: number): boolean {
  const w = v.words[j]!;
  if (v.inEntity[j]) return true;
  // "Lebed, whom Yeltsin sent": a capitalised word before ", whom" names someone whatever its tag
  if (/^\p{Lu}/u.test(w.text) && commaAfter(w) && RELATIVES.has(v.words[j + 1]?.lower ?? "")) return true;
  if (j === 0 || !/^\p{Lu}/u.test(w.text)) return false;
  if (isVerb(w)) return !["PastTense", "PresentTense", "Gerund", "Infinitive", "Modal", "Auxiliary", "Copula"].some((t) => w.tags.has(t));
  // an unknown capitalised word ("Waertsilae Marine Industries Oy")
  return w.tags.has("Expression") || [...w.tags].every((t) => t === "Noun" || t === "Singular");
}

/** The place mention words[j] lies in, if any. */
const placeAt = (v: SentenceView, j: number) => {
  const w = v.words[j];
  return w === undefined ? undefined : v.mentions.find((m) => m.kind === "place" && w.start >= m.start && w.end <= m.end + 2);
};

/** "Kristiansand in Norway": is the "in" at word j a town or site located in a country or region? */
export function placeLocatedIn(v: SentenceView, j: number): boolean {
  const inner = placeAt(v, j - 1), outer = placeAt(v, j + 1);
  return v.words[j]?.lower === "in" && inner !== undefined && outer !== undefined &&
    ["city", "facility"].includes(inner.placeType ?? "") && ["country", "region"].includes(outer.placeType ?? "");
}

const properName = (v: SentenceView, j: number): boolean => v.inEntity[j] === true || v.words[j]?.tags.has("ProperNoun") === true;

/** "joint exercises.", "border patrols along": a plural noun that the tagger read as a verb, ending its phrase. */
function pluralTaggedAsVerb(v: SentenceView, j: number, start: number): boolean {
  const w = v.words[j]!, before = v.words[j - 1], after = v.words[j + 1];
  if (j <= start || !before || !isVerb(w) || !w.tags.has("PresentTense") || !/[^s]s$/.test(w.lower)) return false;
  if (!isNounish(before) || isVerb(before) || before.tags.has("ProperNoun") || breakAfter(before)) return false;
  return !after || breakAfter(w) || after.tags.has("Preposition");
}

/** "a five-year contract.", "rail contract": a noun of agreements the tagger read as a verb, ending its phrase after a modifier. */
function dealNounTaggedAsVerb(v: SentenceView, j: number, start: number): boolean {
  const w = v.words[j]!, before = v.words[j - 1], after = v.words[j + 1];
  if (j <= start || !before || !isVerb(w) || !DEAL_NOUNS.has(w.lower)) return false;
  if (!isNounish(before) || isVerb(before) && !before.tags.has("Noun") || breakAfter(before)) return false;
  return !after || breakAfter(w) || after.tags.has("Preposition") || after.tags.has("Conjunction");
}

/** "an understanding", "the signing": a word right after an article is a noun whatever its tag. */
function afterArticle(v: SentenceView, j: number): boolean {
  const w = v.words[j]!, before = v.words[j - 1];
  if (!before || breakAfter(before) || !["a", "an", "the", "no", "its", "their", "his", "her"].includes(before.lower)) return false;
  return !["Modal", "Auxiliary", "Copula", "Preposition", "Conjunction", "Pronoun"].some((t) => w.tags.has(t)) && !v.isDate[j];
}

/** "the divided island", "the ruling party": a participle between a determiner and a noun. */
function adjectivalParticiple(v: SentenceView, j: number): boolean {
  const w = v.words[j]!, before = v.words[j - 1], after = v.words[j + 1];
  if (!isVerb(w) || !(w.tags.has("PastTense") || w.tags.has("Gerund")) || !before || !after) return false;
  return (isDeterminerLike(before) || before.tags.has("Adjective")) && !breakAfter(before) && !breakAfter(w) && isNounish(after) && !isVerb(after);
}

/**
 * Start of the noun phrase that ends at `end` (inclusive), walking left: nouns, names, adjectives,
 * numbers, determiners, coordinations ("A and B", "A, B and C") and "of"/"in" phrases ("leaders of
 * Romania's new government"). Returns end + 1 when there is none.
 */
export function nounPhraseStart(v: SentenceView, end: number): number {
  const ws = v.words;
  if (end < 0) return end + 1;
  if (isPronoun(ws[end]!)) return end;
  let j = end;
  let start = end + 1;
  let sawCoordination = false;
  while (j >= 0) {
    const w = ws[j]!;
    // a headline joins names with a comma: "Japan, South Korea agree"
    const headlineList = v.headline && j < end && commaAfter(w) && !strongBreakAfter(w) && properName(v, j) && properName(v, j + 1);
    if (headlineList) sawCoordination = true;
    if (j < end && breakAfter(w) && !headlineList && !(commaAfter(w) && !strongBreakAfter(w) && sawCoordination && (isNounish(w) || w.tags.has("ProperNoun")))) break;
    if (v.isQuoted[j] !== v.isQuoted[end]) break;
    if (j < end && COORDINATORS.has(w.lower) && w.lower !== "then") {
      if (j === 0 || !isNounish(ws[j - 1]!) || isVerb(ws[j - 1]!) && !ws[j - 1]!.tags.has("Noun")) break;
      sawCoordination = true;
      j--;
      continue;
    }
    if (j < end && NP_PREPOSITIONS.has(w.lower)) {
      // "of" inside names and phrases; in/from/for/at only after a noun ("rebels in the Ivory Coast")
      const before = ws[j - 1];
      if (!before || breakAfter(before) || !isNounish(before) || isPronoun(before) || isVerb(before) && !before.tags.has("Noun")) break;
      // ("Kristiansand in Norway": a place located in a place stays one phrase)
      const placeInPlace = placeLocatedIn(v, j);
      if (w.lower !== "of" && !placeInPlace && (before.tags.has("ProperNoun") && !before.tags.has("Plural") || v.isDate[j - 1])) break;
      j--;
      continue;
    }
    const nounish = (isNounish(w) && !(isVerb(w) && !w.tags.has("Noun") && !w.tags.has("Adjective"))) || joinedToPrevious(ws, j + 1) || adjectivalParticiple(v, j) || nameLike(v, j) || QUANTIFIERS.has(w.lower) && j < end;
    // "he and rebel leader Aslan Maskhadov": a pronoun opens a coordination
    if (isPronoun(w) && j < end && COORDINATORS.has(ws[j + 1]!.lower)) { start = j; break; }
    if (!nounish || isPronoun(w) || w.tags.has("QuestionWord") || isSpeechVerb(w)) break;
    if (v.isDate[j] && !v.inEntity[j]) break; // "in March Kaczmarek cancelled": the date is not part of the name
    start = j;
    if (isDeterminerLike(w)) {
      // a determiner opens the phrase unless a coordination or "of" continues it leftwards, or it
      // is a word of a name the entity stage found ("Malaria No More", "All Nippon Airways")
      const before = ws[j - 1];
      const inName = before !== undefined && v.mentions.some((m) => m.start <= before.start && m.end >= w.end);
      if (!inName && (!before || !(COORDINATORS.has(before.lower) || NP_PREPOSITIONS.has(before.lower)) || breakAfter(before))) break;
    }
    j--;
  }
  // a phrase never starts with a coordination or a preposition
  while (start <= end && (COORDINATORS.has(ws[start]!.lower) || NP_PREPOSITIONS.has(ws[start]!.lower))) start++;
  return start;
}

/** End of the noun phrase that starts at `start` (inclusive), walking right; start - 1 when none. */
export function nounPhraseEnd(v: SentenceView, start: number, options: { coordination?: boolean; of?: boolean } = {}): number {
  const ws = v.words;
  let j = start;
  let end = start - 1;
  while (j < ws.length) {
    const w = ws[j]!;
    if (v.isQuoted[j] !== v.isQuoted[start]) break;
    const nounish = (isNounish(w) && !(isVerb(w) && !w.tags.has("Noun") && !w.tags.has("Adjective"))) || joinedToPrevious(ws, j) || isPronoun(w) && j === start || nameLike(v, j) ||
      afterArticle(v, j) || pluralTaggedAsVerb(v, j, start) || dealNounTaggedAsVerb(v, j, start);
    if (j > start && (options.coordination ?? true) && COORDINATORS.has(w.lower) && w.lower !== "then" && j + 1 < ws.length && isNounish(ws[j + 1]!) && !isVerb(ws[j + 1]!)) {
      j++;
      continue;
    }
    if (j > start && (options.of ?? true) && w.lower === "of" && j + 1 < ws.length && isNounish(ws[j + 1]!)) {
      j++;
      continue;
    }
    if (!nounish || w.tags.has("Preposition") && !joinedToPrevious(ws, j)) break;
    end = j;
    if (isPronoun(w) || breakAfter(w)) break;
    j++;
  }
  return end;
}

export interface Subject {
  readonly start: number;
  readonly end: number;
  /** Found through a relative pronoun after a comma (", who agreed"): a side remark. */
  readonly relative: boolean;
}

/** Is words[k] a finite verb (not an infinitive after "to", not a participle used as adjective)? */
export function isFiniteVerb(v: SentenceView, k: number): boolean {
  const w = v.words[k]!;
  if (!isVerb(w) || w.tags.has("Adjective") && !w.tags.has("PastTense")) return false;
  if (v.words[k - 1]?.lower === "to") return false;
  if (w.tags.has("Gerund") && !BE.has(v.words[k - 1]?.lower ?? "")) return false;
  return true;
}

/** The subject of the verb at `i`: the noun phrase before its verb group. */
export function subjectOf(v: SentenceView, i: number, depth = 0): Subject | null {
  const ws = v.words;
  const g = verbGroupStart(v, i);
  let j = g - 1;
  if (j < 0 || depth > 3) return null;
  const w = ws[j]!;
  // "X met Y and agreed": the subject of the coordinated verb is the first verb's
  if (COORDINATORS.has(w.lower) || (commaAfter(w) && COORDINATORS.has(ws[j + 1]?.lower ?? ""))) {
    for (let k = j - 1; k >= 0; k--) {
      if (strongBreakAfter(ws[k]!)) break;
      if (isFiniteVerb(v, k) && !isSpeechVerb(ws[k]!)) return subjectOf(v, k, depth + 1);
    }
    return null;
  }
  // "X, who ..., agreed" or "Pakistan, a key ally, has refused": skip the parenthesis
  if (commaAfter(w)) {
    let c = j - 1;
    while (c >= 0 && !breakAfter(ws[c]!)) c--;
    if (c < 0 || !commaAfter(ws[c]!)) return null;
    const first = ws[c + 1]!;
    // (a relative clause, an apposition, or a participle: "The ministers, meeting in Suva, agreed")
    const participle = isVerb(first) && (first.tags.has("Gerund") || first.tags.has("PastTense"));
    if (RELATIVES.has(first.lower) || first.lower === "whose" || first.lower === "where" || isNounish(first) || participle) {
      const start = nounPhraseStart(v, c);
      return start <= c ? { start, end: c, relative: false } : null;
    }
    return null;
  }
  if (RELATIVES.has(w.lower) && (w.tags.has("QuestionWord") || w.lower === "who" || w.lower === "whom") || (w.lower === "that" && j > 0 && isNounish(ws[j - 1]!) && !isVerb(ws[j - 1]!))) {
    let k = j - 1;
    if (k < 0) return null;
    const afterComma = commaAfter(ws[k]!);
    const start = nounPhraseStart(v, k);
    // "The minister who signed the agreement resigned": a clause inside the sentence's subject
    // names who is meant, it does not report; a finite verb after it is the sentence's own
    const insideSubject = !afterComma && start === 0 && v.words.some((_, n) => n > i && isFiniteVerb(v, n) && !isSpeechVerb(v.words[n]!));
    return start <= k ? { start, end: k, relative: afterComma || insideSubject } : null;
  }
  const start = nounPhraseStart(v, j);
  if (start > j) return null;
  // "the target it pledged to reach": a pronoun right after a noun opens a relative clause
  const before = ws[start - 1];
  const twoBefore = ws[start - 2];
  const nounBefore = before !== undefined && (before.tags.has("Noun") || isVerb(before) && !before.tags.has("PastTense") && twoBefore !== undefined && (twoBefore.tags.has("Determiner") || isNounish(twoBefore) && !isVerb(twoBefore)));
  const objectGap = start === j && isPronoun(ws[j]!) && before !== undefined && !breakAfter(before) && nounBefore &&
    !before.tags.has("Pronoun") && !before.tags.has("ProperNoun") && !v.isDate[start - 1] && !isSpeechVerb(before);
  return { start, end: j, relative: objectGap };
}

/** Forms that are speech verbs whatever their tag (compromise sometimes tags "said" as an adjective). */
const ALWAYS_SPEECH = new Set(["said", "says", "told", "announced", "added", "declared", "stated", "insisted", "confirmed", "warned", "stressed"]);

export const isSpeechVerb = (w: Word): boolean => SPEECH_VERBS.has(w.lower) && (isVerb(w) || ALWAYS_SPEECH.has(w.lower));

/**
 * The speech frame around a clause that starts at `start`: in "Syria says it is willing", the
 * clause "it is willing" is reported and "says" is at the returned index.
 */
export function speechVerbBefore(v: SentenceView, start: number): number | null {
  const j = frameBefore(v, start);
  return j !== null && isSpeechVerb(v.words[j]!) ? j : null;
}

/** Is the clause after word i attributed by a speech verb after a comma ("..., officials said")? */
export function attributedAfter(v: SentenceView, i: number): boolean {
  return v.words.slice(i + 1).some((w, n, rest) => isSpeechVerb(w) && rest.slice(0, n).some((x) => x.post.includes(",")));
}

/** The word that frames a clause starting at `start` ("hope [the two sides will]", "claims that [it had]"), skipping "that" and dates. */
export function frameBefore(v: SentenceView, start: number): number | null {
  let j = start - 1;
  // "hope Sudan's warring generals will": the tagger may read the possessive as a contracted "is",
  // an empty word that cuts the subject short; the frame is before the owner's name
  let m = j;
  while (m > 0 && (v.words[m]!.tags.has("Gerund") || v.words[m]!.tags.has("Adjective")) && !breakAfter(v.words[m - 1]!)) m--;
  if (m > 0 && v.words[m]!.text === "" && v.words[m]!.tags.has("Copula")) j = nounPhraseStart(v, m - 1) - 1;
  while (j >= 0 && (v.words[j]!.lower === "that" || v.isDate[j] || ["on", "late", "early", "also", "now", "again"].includes(v.words[j]!.lower))) {
    if (breakAfter(v.words[j]!) && v.words[j]!.lower !== "that") break;
    j--;
  }
  const w = v.words[j];
  return !w || commaAfter(w) ? null : j;
}

/** The first finite verb of the main clause before `i` (for participles: "..., pledging to"). */
export function mainVerbBefore(v: SentenceView, i: number): number | null {
  for (let k = 0; k < i; k++) if (isFiniteVerb(v, k) && !AUXILIARIES.has(v.words[k]!.lower)) return k;
  return null;
}
