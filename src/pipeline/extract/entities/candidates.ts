// Candidate names: runs of capitalised words inside a sentence, cut at punctuation. A hyphen keeps
// a name whole (Ahn Gyu-back, Self-Defense), so do name particles between capitalised words
// (Osama bin Laden), initials and abbreviations with their period (Ma. Theresa Lazaro, George W.
// Bush) and an ampersand (Procter & Gamble). A possessive ends the name before its "'s".
// Sentences in capitals (headlines) give no capitalisation evidence: they are read in caps.ts.
import { wellKnownOrg } from "../../../data/organizations.js";
import { readings } from "../../resolve/gazetteer.js";
import { lexiconTag } from "../../../nlp/compromise.js";
import type { ArticleDoc, Token } from "../../doc.js";
import { hasLetter, isAllCaps, isCapitalised, isPossessive, NAME_ABBREVIATIONS, NAME_PARTICLES, plainSpace, wordEnd, wordOf } from "./words.js";

export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** Token indexes of the first and last word, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly text: string;
  /** Found in a sentence written in capitals (headline, dateline). */
  readonly caps: boolean;
}

/** Share of all-capital words above which a sentence is a headline and capitals mean nothing. */
const CAPS_SENTENCE_SHARE = 0.7;

/** Tags that make a capitalised first word of a sentence a name rather than an ordinary word. */
const NAME_TAGS = ["ProperNoun", "Person", "Place", "Organization", "Acronym"];
/** Tags of words that are never part of a name even when capitalised. */
const NEVER_NAME_TAGS = ["Pronoun", "Month", "WeekDay", "Determiner", "Conjunction", "Preposition", "QuestionWord", "Expression", "Holiday"];

export function isCapsSentence(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  let caps = 0, words = 0;
  for (let i = from; i < to; i++) {
    const w = wordOf(text, tokens[i]!);
    if (!hasLetter(w) || w.replace(/[^\p{L}]/gu, "").length < 2) continue;
    words++;
    if (isAllCaps(w)) caps++;
  }
  return words > 0 && caps >= CAPS_SENTENCE_SHARE * words;
}

/** Tags of ordinary words that open sentences ("Shares", "Officials", "Yesterday"). */
const COMMON_WORD_TAGS = ["Verb", "Adverb", "Plural", "Adjective", "Pronoun", "Determiner", "Preposition", "Conjunction", "Value", "Modal", "Copula", "Auxiliary", "Possessive", "Uncountable"];

/** Cities this large are names even as the first word of a sentence ("Akron is ..."). */
const KNOWN_CITY_POPULATION = 100_000;

/** Names known without context: organizations, countries, regions and large cities ("Reuters has ..."). */
const knownName = (w: string): boolean =>
  !!wellKnownOrg(w) || readings(w).some((r) => r.source !== "city" || r.population >= KNOWN_CITY_POPULATION);

/**
 * compromise tags words it does not know by their ending ("Rubens" looks like a verb). A first
 * word outside its lexicon, before a proper noun, is taken as the start of a name.
 */
const guessedTags = (tokens: readonly Token[], first: number, j: number): boolean =>
  first < j && lexiconTag(tokens[first]!.normal) === null && tokens[first + 1]!.tags.has("ProperNoun");

/** "Tranmere 3 Grimsby 2": a word that opens a results line is a name. */
const beforeScore = (tokens: readonly Token[], j: number): boolean => {
  const next = tokens[j + 1];
  return !!next && next.sentence === tokens[j]!.sentence && /^\d{1,3}$/.test(next.text);
};

/** Months and days are capitalised but never names here ("June" is tagged a first name too). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

const hasAnyTag = (t: Token, tags: readonly string[]): boolean => tags.some((x) => t.tags.has(x));

/** A word that may be part of a name: capitalised, and not a pronoun, date word or function word. */
function isNameWord(text: string, t: Token): boolean {
  const w = wordOf(text, t);
  if (!isCapitalised(w)) return false;
  // "at The Oval", "in The Hague": a capital T inside a sentence is part of the name.
  if (w === "The") return true;
  // An initial before a name ("A. Giles") is not the article "A".
  if (/^\p{Lu}$/u.test(w) && t.post.startsWith(".")) return true;
  // Abbreviations in capitals are names whatever their lower-case reading ("U.S." is not "us").
  if (/^(?:\p{Lu}\.)+\p{Lu}?\.?$/u.test(w) && w.length > 2) return true;
  if (hasAnyTag(t, NEVER_NAME_TAGS) && !hasAnyTag(t, ["Person", "Place", "Organization"])) return false;
  if (CALENDAR_WORDS.has(w.toLowerCase())) return false;
  return true;
}

/** Is this token the first word of its sentence (or of a quotation or a clause after a colon)? */
export function opensClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i === 0 || tokens[i - 1]!.sentence !== t.sentence) return true;
  if (/["“‘(\[]/u.test(t.pre)) return true;
  return /[:;"“”\n]|\s[-–—]+\s/u.test(tokens[i - 1]!.post);
}

/** Can the name that reached token i go on into token i+1? */
function continues(text: string, tokens: readonly Token[], i: number): "join" | "particle" | "stop" {
  const t = tokens[i]!, next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence || isPossessive(text, t)) return "stop";
  // A bracket or quotation mark before the next word ends the name ("Parnevik (Sweden)").
  if (next.pre.trim() !== "") return "stop";
  const w = wordOf(text, t);
  if (t.post === "-" || t.post === "‑") return hasLetter(wordOf(text, next)) ? "join" : "stop";
  if (/^\.[ \t]+$/u.test(t.post) && (/^\p{Lu}$/u.test(w) || NAME_ABBREVIATIONS.has(w.toLowerCase())) && isNameWord(text, next)) return "join";
  if (/^[ \t]*&[ \t]*$/u.test(t.post) && isNameWord(text, next)) return "join";
  if (!plainSpace(t.post) && t.post !== "") return "stop";
  if (isNameWord(text, next)) return "join";
  if (NAME_PARTICLES.has(next.normal) && !/\p{Lu}/u.test(wordOf(text, next)[0] ?? "")) return "particle";
  return "stop";
}

export function findCandidates(doc: Pick<ArticleDoc, "text" | "tokens" | "sentences">): Candidate[] {
  const { text, tokens } = doc;
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    if (isCapsSentence(text, tokens, s.firstToken, s.endToken)) continue;
    let i = s.firstToken;
    while (i < s.endToken) {
      if (!isNameWord(text, tokens[i]!)) { i++; continue; }
      let j = i;
      for (;;) {
        const step = continues(text, tokens, j);
        if (step === "join" && j + 1 < s.endToken) { j++; continue; }
        if (step === "particle" && j + 2 < s.endToken && plainSpace(tokens[j + 1]!.post) && isNameWord(text, tokens[j + 2]!)) { j += 2; continue; }
        break;
      }
      let first = i;
      // The first word of a sentence is capitalised anyway: keep it when it looks like a name, or
      // when a name goes on after it and it is no ordinary verb, adverb or plural ("Hansa Rostock").
      while (first <= j && opensClause(tokens, first) && !hasAnyTag(tokens[first]!, NAME_TAGS) && !knownName(wordOf(text, tokens[first]!)) && !((first < j || beforeScore(tokens, j)) && (!hasAnyTag(tokens[first]!, COMMON_WORD_TAGS) || guessedTags(tokens, first, j)))) first++;
      while (first < j && wordOf(text, tokens[first]!) === "The" && opensClause(tokens, first)) first++;
      if (first <= j) {
        const start = tokens[first]!.start, end = wordEnd(text, tokens[j]!);
        out.push({ start, end, first, last: j, text: text.slice(start, end), caps: false });
      }
      i = j + 1;
    }
  }
  return out;
}
