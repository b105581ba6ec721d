// Candidate names: runs of capitalised words inside a sentence, cut at punctuation. A hyphen keeps
// a name whole (Ahn Gyu-back, Self-Defense), so do name particles between capitalised words
// (Osama bin Laden), initials and abbreviations with their period (Ma. Theresa Lazaro, George W.
// Bush) and an ampersand (Procter & Gamble). A possessive ends the name before its "'s".
// Sentences in capitals (headlines) give no capitalisation evidence: they are read in caps.ts.
import { isOrgEnding, LEGAL_FORMS, MINISTRY_FIELDS, WELL_KNOWN_PHRASES, wellKnownOrg } from "../../../data/organizations.js";
import { isCommonEnglishWord } from "../../../data/english.js";
import { isTitleHead } from "../../../data/titles.js";
import { isCapitalisedParticle } from "../../../data/names.js";
import { readings } from "../../resolve/gazetteer.js";
import { ACRONYM_SKIPS } from "../../resolve/aliases.js";
import { orgContext } from "./org-context.js";
import { lexiconTag } from "../../../nlp/compromise.js";
import type { ArticleDoc, Token } from "../../doc.js";
import { hasLetter, isAllCaps, isCapitalised, isGivenName, isOwnPossessive, isPossessive, NAME_ABBREVIATIONS, NAME_PARTICLES, plainSpace, wordEnd, wordOf } from "./words.js";

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

/**
 * A headline: a sentence in capitals, or in title case ("Hillary Clinton Was Headed To ..."),
 * where ordinary verbs and adjectives are capitalised too. Either way capitals mean nothing.
 */
export function isCapsSentence(text: string, tokens: readonly Token[], from: number, to: number, opensParagraph = false): boolean {
  let caps = 0, words = 0, capitalisedCommon = 0, lowerContent = 0, capitalised = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const w = wordOf(text, t);
    if (!hasLetter(w) || w.replace(/[^\p{L}]/gu, "").length < 2) continue;
    words++;
    if (isAllCaps(w)) caps++;
    else if (/^\p{Lu}/u.test(w)) { capitalised++; if (i > from && isCommonWord(w)) capitalisedCommon++; }
    else if (!hasAnyTag(t, ["Determiner", "Preposition", "Conjunction"])) lowerContent++;
  }
  if (words > 0 && caps >= CAPS_SENTENCE_SHARE * words) return true;
  // Title case is a headline's style: only a paragraph's first sentence is read that way.
  return opensParagraph && lowerContent === 0 && capitalisedCommon >= MIN_TITLE_CASE_WORDS && capitalisedCommon >= TITLE_CASE_SHARE * capitalised;
}

/** Is the sentence at this index the first of its paragraph? */
export const opensParagraph = (sentences: ReadonlyArray<{ paragraph: number }>, index: number): boolean =>
  sentences[index - 1]?.paragraph !== sentences[index]?.paragraph;

/** compromise's lexicon tags of ordinary words, which a title-case headline capitalises ("Was", "Over", "Bad"). */
const COMMON_LEXICON_TAGS: ReadonlySet<string> = new Set(["Verb", "Adjective", "Adverb", "Pronoun", "Determiner", "Preposition", "Conjunction", "Modal", "Copula", "Auxiliary", "PastTense", "PresentTense", "Infinitive", "Gerund", "Comparative", "Superlative", "Negative", "QuestionWord", "Plural", "Singular", "Uncountable", "Participle", "PhrasalVerb", "Possessive"]);
const isCommonWord = (w: string): boolean => COMMON_LEXICON_TAGS.has(lexiconTag(w.toLowerCase()) ?? "");
/** Capitalised ordinary words needed to call a sentence a title-case headline. */
const MIN_TITLE_CASE_WORDS = 3;
/** Share of the capitalised words that must be ordinary words: a list of names has few ("Per Nyman, Mark Roe"). */
const TITLE_CASE_SHARE = 0.3;

/** An initial and its period before the rest of a name ("A. Stewart"), not the article "A". */
const isInitial = (text: string, tokens: readonly Token[], i: number, j: number): boolean =>
  i < j && /^\p{Lu}$/u.test(wordOf(text, tokens[i]!)) && tokens[i]!.post.startsWith(".");

/**
 * "De Niro thanked ...", "Von der Leyen said ...": a surname particle that opens a sentence
 * before a capitalised word is the first word of the surname, not an ordinary word to drop.
 */
const opensSurname = (text: string, tokens: readonly Token[], i: number, j: number): boolean =>
  i < j && isCapitalisedParticle(wordOf(text, tokens[i]!));

/**
 * "Marine Le Pen led ...": a given name of the name data that opens a sentence before another
 * capitalised word of the run is the first word of a name, whatever its ordinary reading.
 */
const opensWithGivenName = (text: string, tokens: readonly Token[], i: number, j: number): boolean =>
  i < j && isGivenName(wordOf(text, tokens[i]!)) && /^\p{Lu}\p{Ll}/u.test(wordOf(text, tokens[i + 1]!));

/** Tags of grammatical words: a word with one of them before a score does not open a results line. */
const FUNCTION_WORD_TAGS = ["Determiner", "Preposition", "Conjunction", "Pronoun", "Adverb", "QuestionWord", "Value", "Date"];

/** Tags of ordinary words that open sentences ("Shares", "Officials", "Yesterday"). */
const COMMON_WORD_TAGS = ["Date", "Verb", "Adverb", "Plural", "Adjective", "Pronoun", "Determiner", "Preposition", "Conjunction", "Value", "Modal", "Copula", "Auxiliary", "Possessive", "Uncountable"];

/** Cities this large are names even as the first word of a sentence ("Akron is ..."). */
const KNOWN_CITY_POPULATION = 100_000;

/** Names known without context: organizations, countries, regions and large cities ("Reuters has ..."). */
const knownName = (w: string): boolean =>
  !!wellKnownOrg(w) || isOwnPossessive(w) || readings(w).some((r) => r.source !== "city" || r.population >= KNOWN_CITY_POPULATION);

/**
 * compromise tags words it does not know by their ending ("Rubens" looks like a verb). A first
 * word outside its lexicon, before a proper noun, is taken as the start of a name.
 */
const guessedTags = (tokens: readonly Token[], first: number, j: number): boolean =>
  first < j && lexiconTag(tokens[first]!.normal) === null && tokens[first + 1]!.tags.has("ProperNoun");

/**
 * "Brush Wellman Inc said ...", "Red Lion Hotels Inc says ...": a run of capitalised words that a
 * legal form closes is a company's whole name, its first word too, whatever that word means
 * alone; a grammatical word ("Both Exxon Corp and ...") stays out.
 */
const companyRun = (text: string, tokens: readonly Token[], first: number, j: number): boolean => {
  if (first >= j || hasAnyTag(tokens[first]!, FUNCTION_WORD_TAGS) || wordOf(text, tokens[first]!) === "The") return false;
  // "News Corp said", "Best Products Co Chairman Daniel Levy said": the legal form may close the
  // name inside a longer run, before the title of one who works there.
  for (let k = first + 1; k <= j; k++) if (LEGAL_FORMS.has(wordOf(text, tokens[k]!).toLowerCase().replace(/\.$/, ""))) return true;
  return false;
};

/** "Foreign Ministry spokesman Martin Erdmann said": a ministry's field opening the sentence is part of its name. */
const ministryRun = (text: string, tokens: readonly Token[], first: number, j: number): boolean =>
  first < j && MINISTRY_FIELDS.has(wordOf(text, tokens[first]!).toLowerCase()) && /^(?:Ministry|Department|Office)$/.test(wordOf(text, tokens[first + 1]!));

/** "Tranmere 3 Grimsby 2": a word that opens a results line is a name. */
const beforeScore = (tokens: readonly Token[], j: number): boolean => {
  const next = tokens[j + 1];
  return !!next && next.sentence === tokens[j]!.sentence && /^\d{1,3}$/.test(next.text);
};

/** Months and days are capitalised but never names here ("June" is tagged a first name too). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow", "tonight"]);

const hasAnyTag = (t: Token, tags: readonly string[]): boolean => tags.some((x) => t.tags.has(x));

/** A word that may be part of a name: capitalised, and not a pronoun, date word or function word. */
function isNameWord(text: string, t: Token): boolean {
  const w = wordOf(text, t);
  if (!isCapitalised(w)) return false;
  // "at The Oval", "in The Hague": a capital T inside a sentence is part of the name.
  if (w === "The") return true;
  // An initial before a name ("A. Giles") is not the article "A".
  if (/^\p{Lu}$/u.test(w) && t.post.startsWith(".")) return true;
  // "HK$0.23", "US$5": an amount in a currency, not a name.
  if (/[$€£¥₹]\d/u.test(w)) return false;
  // Abbreviations in capitals are names whatever their lower-case reading ("U.S." and "US" are not "us").
  if ((/^(?:\p{Lu}\.)+\p{Lu}?\.?$/u.test(w) && w.length > 2) || /^\p{Lu}{2,}$/u.test(w)) return true;
  // "De Niro", "Le Pen": a capitalised surname particle is part of a name, whatever compromise's tag.
  if (isCapitalisedParticle(w)) return true;
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

/** Words after a hyphen that make the name before it an adjective ("New York-based", "state-owned"). */
const HYPHEN_ADJECTIVES: ReadonlySet<string> = new Set(["based", "listed", "owned", "born", "led", "controlled", "sponsored", "backed", "made", "run", "registered", "area", "style", "bound", "related", "linked", "brokered", "dominated", "funded", "oriented", "speaking", "ruled", "held", "occupied", "administered", "headquartered", "built", "designed", "era", "type", "class", "wide", "level", "record", "leaning", "allied", "inspired", "supported", "produced", "origin", "headed", "friendly", "centred", "centered"]);

/** Company suffixes that may follow a possessive inside a name ("Boatmen's Bancshares Inc."). */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(["inc", "corp", "co", "ltd", "plc", "llc", "group", "service", "services", "bancshares", "bancorp", "holdings", "investors"]);
/** Words looked at after a possessive for a company suffix. */
const COMPANY_LOOKAHEAD = 3;

/** Ending words that close place names too ("Mother's Town"): no evidence of an organization after a possessive. */
const PLACE_LIKE_ENDINGS: ReadonlySet<string> = new Set(["city", "county", "town", "forest", "villa", "capital"]);

/**
 * "Moody's Investors Service", "Boatmen's Bancshares Inc.": the possessive belongs to a company
 * name. "People's Daily", "Farmers' Union", "Bond Traders' Association": an ordinary word's
 * possessive before an organization's ending word is part of the name; a place's, a person's or a
 * body's possessive is not ("Britain's Labour Party", "the Commission's Legal Service").
 */
function companyAhead(text: string, tokens: readonly Token[], i: number): boolean {
  const w = wordOf(text, tokens[i]!);
  if (readings(w).length > 0) return false;
  const ordinary = isCommonEnglishWord(w) && !isOrgEnding(w) && !isTitleHead(w) && !hasAnyTag(tokens[i]!, ["Date", "Person", "Place"]);
  for (let k = i + 1; k <= i + COMPANY_LOOKAHEAD + 1 && k < tokens.length; k++) {
    // compromise reads "Moody's" as "Moody is" and adds an unwritten "is".
    if (tokens[k]!.text === "" && k === i + 1) continue;
    if (!isNameWord(text, tokens[k]!) || tokens[k]!.sentence !== tokens[i]!.sentence) return false;
    const next = wordOf(text, tokens[k]!);
    if (COMPANY_SUFFIXES.has(next.toLowerCase()) || (ordinary && isOrgEnding(next) && !PLACE_LIKE_ENDINGS.has(next.toLowerCase()))) return true;
    if (!/^[ \t]+$/u.test(tokens[k]!.post)) return false;
  }
  return false;
}

/** "JYVASKYLA, Finland 1996-08-24": words in capitals that open a line before a comma are a dateline's place. */
function datelinePlace(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const start = tokens[first]!.start;
  if (text.slice(text.lastIndexOf("\n", start - 1) + 1, start).trim() !== "") return false;
  return tokens.slice(first, last + 1).every((t) => isAllCaps(wordOf(text, t))) && tokens[last]!.post.trim().startsWith(",");
}

/** Can the name that reached token i go on into token i+1? */
function continues(text: string, tokens: readonly Token[], i: number): "join" | "particle" | "stop" {
  const t = tokens[i]!, next = tokens[i + 1];
  if (!next) return "stop";
  if (isPossessive(text, t) || (next.text === "" && isOwnPossessive(wordOf(text, t)))) return companyAhead(text, tokens, i) ? "join" : "stop";
  if (next.sentence !== t.sentence) {
    // compromise may end a sentence after an initial ("(A. Dale 69"): the name goes on.
    return /^\p{Lu}$/u.test(wordOf(text, t)) && /^\.[ \t]+$/u.test(t.post) && isNameWord(text, next) && /^\p{Lu}\p{Ll}/u.test(wordOf(text, next)) ? "join" : "stop";
  }
  // A bracket or quotation mark before the next word ends the name ("Parnevik (Sweden)").
  if (next.pre.trim() !== "") return "stop";
  const w = wordOf(text, t);
  if (t.post === "-" || t.post === "‑") {
    const nw = wordOf(text, next);
    // "St. Louis-based Mercantile Bancorp": "-based" ends the place and the name.
    return hasLetter(nw) && !HYPHEN_ADJECTIVES.has(nw.toLowerCase()) ? "join" : "stop";
  }
  if (/^\.[ \t]+$/u.test(t.post) && (/^\p{Lu}$/u.test(w) || NAME_ABBREVIATIONS.has(w.toLowerCase())) && isNameWord(text, next)) return "join";
  if (/^[ \t]*&[ \t]*$/u.test(t.post) && isNameWord(text, next)) return "join";
  // What lies between the word as read ("U.S.", its period included) and the next word.
  const gap = text.slice(wordEnd(text, t), next.start);
  if (!plainSpace(gap) && gap !== "") return "stop";
  if (isNameWord(text, next)) return "join";
  if (next.text === "&" || (NAME_PARTICLES.has(next.normal) && !/\p{Lu}/u.test(wordOf(text, next)[0] ?? ""))) return "particle";
  return "stop";
}

/** Well-known names with lower-case words, found in the text; they replace the runs inside them. */
function withPhrases(text: string, found: readonly Candidate[]): Candidate[] {
  const spans: { start: number; end: number }[] = [];
  for (const phrase of WELL_KNOWN_PHRASES) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) spans.push({ start: at, end: at + phrase.length });
  }
  if (spans.length === 0) return [...found];
  // Candidates are in text order and spans are sorted here, so each test below is a binary search
  // instead of a pass over every span or candidate.
  spans.sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const [k, s] of spans.entries()) reach.push(Math.max(s.end, reach[k - 1] ?? 0));
  const overlapsSpan = (c: Candidate): boolean => {
    const k = lastBefore(spans.length, (i) => spans[i]!.start < c.end);
    return k >= 0 && reach[k]! > c.start;
  };
  const kept = found.filter((c) => !overlapsSpan(c));
  const added = spans.flatMap((s) => {
    const inside: Candidate[] = [];
    for (let i = lastBefore(found.length, (k) => found[k]!.start < s.start) + 1; i < found.length && found[i]!.start < s.end; i++) {
      if (found[i]!.end <= s.end) inside.push(found[i]!);
    }
    const first = inside[0], last = inside[inside.length - 1];
    return first && last ? [{ start: s.start, end: s.end, first: first.first, last: last.last, text: text.slice(s.start, s.end), caps: false }] : [];
  });
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** The last index i < n for which `test` holds, when it holds for a prefix of 0..n-1; else -1. */
function lastBefore(n: number, test: (i: number) => boolean): number {
  let lo = 0, hi = n - 1, at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return at;
}

/**
 * The longest run of words read as one name ("International Federation of Red Cross and Red
 * Crescent Societies" has nine). Longer runs of capitalised words (a list of places without commas,
 * a page of title case) are several names, and typing a run costs more than its length.
 */
const MAX_NAME_TOKENS = 12;

/** Frames of organization names that make a sentence's first word a name ("Gavi, the vaccine alliance, ..."). */
const SENTENCE_FIRST_FRAMES: ReadonlySet<string> = new Set(["apposition-kind", "which-owns", "possessive-office"]);
/**
 * Frames that ordinary words stand in too ("Spending rose 0.2 percent", "Officials said in a
 * statement"): they make a sentence's first word a name only when it is no English word
 * ("Boskalis said in a statement", "Parcelo shares jumped").
 */
const UNCOMMON_FIRST_FRAMES: ReadonlySet<string> = new Set(["statement-or-market"]);

export function findCandidates(doc: Pick<ArticleDoc, "text" | "tokens" | "sentences">): Candidate[] {
  const { text, tokens } = doc;
  const out: Candidate[] = [];
  // Sentence-initial words set aside; one that the article also writes inside a name or a
  // sentence ("Koizumi told reporters" after "Shinjiro Koizumi") is a name after all.
  const doubtful: Candidate[] = [];
  // A name may run over a false sentence end after an initial: tokens before this are taken.
  let taken = 0;
  for (const [index, s] of doc.sentences.entries()) {
    if (isCapsSentence(text, tokens, s.firstToken, s.endToken, opensParagraph(doc.sentences, index))) continue;
    let i = Math.max(s.firstToken, taken);
    while (i < s.endToken) {
      if (!isNameWord(text, tokens[i]!)) { i++; continue; }
      let j = i;
      for (;;) {
        if (j - i + 1 >= MAX_NAME_TOKENS) break;
        const step = continues(text, tokens, j);
        if (step === "join" && j + 1 < tokens.length) { j++; continue; }
        if (step === "particle" && j + 2 < s.endToken && (plainSpace(tokens[j + 1]!.post) || tokens[j + 1]!.post === "-") && isNameWord(text, tokens[j + 2]!)) { j += 2; continue; }
        // Two particles in a row: "Edwin van der Sar", "Joost van der Westhuizen".
        if (step === "particle" && j + 3 < s.endToken && plainSpace(tokens[j + 1]!.post) && NAME_PARTICLES.has(tokens[j + 2]!.normal) && /^\p{Ll}/u.test(tokens[j + 2]!.text)
          && (plainSpace(tokens[j + 2]!.post) || tokens[j + 2]!.post === "-") && isNameWord(text, tokens[j + 3]!)) { j += 3; continue; }
        break;
      }
      let first = i;
      // The first word of a sentence is capitalised anyway: keep it when it looks like a name, or
      // when a name goes on after it and it is no ordinary verb, adverb or plural ("Hansa Rostock").
      while (first <= j && opensClause(tokens, first) && !opensSurname(text, tokens, first, j) && !opensWithGivenName(text, tokens, first, j) && !hasAnyTag(tokens[first]!, NAME_TAGS) && !knownName(wordOf(text, tokens[first]!)) && !isInitial(text, tokens, first, j) && !datelinePlace(text, tokens, first, j) && !companyRun(text, tokens, first, j) && !ministryRun(text, tokens, first, j)
        && !((first < j || beforeScore(tokens, j)) && (!hasAnyTag(tokens[first]!, first === j ? FUNCTION_WORD_TAGS : COMMON_WORD_TAGS) || guessedTags(tokens, first, j)))) {
        if (first === j) doubtful.push({ start: tokens[j]!.start, end: wordEnd(text, tokens[j]!), first: j, last: j, text: wordOf(text, tokens[j]!), caps: false });
        first++;
      }
      while (first < j && wordOf(text, tokens[first]!) === "The" && opensClause(tokens, first)) first++;
      if (first <= j) {
        const start = tokens[first]!.start, end = wordEnd(text, tokens[j]!);
        out.push({ start, end, first, last: j, text: text.slice(start, end), caps: false });
      }
      i = j + 1;
      taken = i;
    }
  }
  const phrased = withDefinedAcronyms(doc, withPhrases(text, out));
  if (doubtful.length === 0) return phrased;
  const named = new Set(phrased.flatMap((c) => c.text.split(/[\s-]+/)));
  // "Gavi, the vaccine alliance, agreed ...": a frame that only an organization's name stands in
  // says that the first word is a name. Market moves are left out: "Spending rose 0.2 percent".
  const back = doubtful.filter((c) => {
    const frame = orgContext(text, c.start, c.end)?.id ?? "";
    return (named.has(c.text) || SENTENCE_FIRST_FRAMES.has(frame) || (UNCOMMON_FIRST_FRAMES.has(frame) && !isCommonEnglishWord(c.text))) && /^\p{Lu}\p{Ll}/u.test(c.text);
  });
  return back.length === 0 ? phrased : [...phrased, ...back].sort((a, b) => a.start - b.start);
}

/** The most letters of an acronym spelled out before it in brackets ("BCCI", "OECD"). */
const MAX_DEFINED_ACRONYM = 8;

/**
 * "The Board of Control for Cricket in India (BCCI)": capitalised words and the small words
 * between them that the acronym in brackets after them spells out, letter for letter, are one
 * name, though "of", "for" and "in" end a run of capitalised words anywhere else. The candidates
 * inside the span give way to it.
 */
function withDefinedAcronyms(doc: Pick<ArticleDoc, "text" | "tokens">, found: Candidate[]): Candidate[] {
  const { text, tokens } = doc;
  const spans: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.pre.trimEnd().endsWith("(") || !t.post.trimStart().startsWith(")")) continue;
    const acronym = wordOf(text, t);
    if (acronym.length < 2 || acronym.length > MAX_DEFINED_ACRONYM || !/^\p{Lu}+$/u.test(acronym)) continue;
    const first = spelledOutBefore(text, tokens, k, acronym.toLowerCase());
    if (first === null) continue;
    const start = tokens[first]!.start, end = wordEnd(text, tokens[k - 1]!);
    spans.push({ start, end, first, last: k - 1, text: text.slice(start, end), caps: false });
  }
  if (spans.length === 0) return found;
  const inside = (c: Candidate) => spans.some((s) => c.start < s.end && c.end > s.start);
  return [...found.filter((c) => !inside(c)), ...spans].sort((a, b) => a.start - b.start);
}

/**
 * The first token of the words before token k whose initials are exactly `letters` (small words
 * skipped, a hyphenated word counted once), with small words inside the span only: null when the
 * words before do not spell it, or when they hold no small word (a plain run of capitalised words
 * is a candidate already).
 */
function spelledOutBefore(text: string, tokens: readonly Token[], k: number, letters: string): number | null {
  let need = letters.length - 1, small = false;
  const sentence = tokens[k]!.sentence;
  for (let i = k - 1; i >= 0 && tokens[i]!.sentence === sentence; i--) {
    const t = tokens[i]!;
    // Only spaces and hyphens inside the name: a comma or a bracket ends it.
    if (i < k - 1 && !plainSpace(t.post) && t.post !== "-") return null;
    const w = wordOf(text, t);
    if (tokens[i - 1]?.post === "-") continue;
    if (ACRONYM_SKIPS.has(w.toLowerCase()) && need < letters.length - 1) { small = true; continue; }
    if (!/^\p{Lu}/u.test(w) || w[0]!.toLowerCase() !== letters[need]) return null;
    if (--need < 0) return small ? i : null;
  }
  return null;
}
