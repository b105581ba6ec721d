// Sentences written in capitals (headlines, datelines such as "LONDON 1996-08-30") carry no
// capitalisation evidence. Their names are found by looking up word sequences among the names the
// body of the article gave, then among countries and well-known organizations; a capitalised word
// that opens a dateline is a place.
import { countryByName } from "../../../data/places/countries.js";
import { nameKey, wellKnownOrg } from "../../../data/organizations.js";
import type { Token } from "../../doc.js";
import { readings } from "../../resolve/gazetteer.js";
import type { ArticleContext } from "./context.js";
import { isCapsSentence, opensParagraph } from "./candidates.js";
import type { Kind, Typed } from "./typing.js";
import { Strength, US_STATE_ABBREVIATIONS } from "./typing.js";
import { hasLetter, isPossessive, wordEnd, wordOf } from "./words.js";
import { isCommonEnglishWord } from "../../../data/english.js";

/** Longest run of words looked up as one name. */
const MAX_NAME_WORDS = 5;
/** Cities this large are recognised in a headline without any other support. */
const HEADLINE_CITY_POPULATION = 1_000_000;

const FUNCTION_TAGS = ["Determiner", "Preposition", "Conjunction", "Pronoun", "Verb", "Adverb", "QuestionWord", "Value", "Date"];

/** The date after a dateline's place: "LONDON 1996-08-30". */
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;
const has = (t: Token, tag: string) => t.tags.has(tag);

export function capsMentions(ctx: ArticleContext, sentences: ReadonlyArray<{ firstToken: number; endToken: number; paragraph: number }>, known: ReadonlyMap<string, { kind: Kind; strength: number }>): Typed[] {
  const { text, tokens } = ctx;
  const out: Typed[] = [];
  for (const [index, s] of sentences.entries()) {
    if (!isCapsSentence(text, tokens, s.firstToken, s.endToken, opensParagraph(sentences, index))) continue;
    let i = s.firstToken;
    while (i < s.endToken) {
      let found: Typed | null = null;
      for (let n = Math.min(MAX_NAME_WORDS, s.endToken - i); n >= 1 && !found; n--) {
        const last = i + n - 1;
        if (!joined(text, tokens, i, last)) continue;
        const start = tokens[i]!.start, end = wordEnd(text, tokens[last]!);
        const surface = text.slice(start, end);
        if (!hasLetter(surface)) continue;
        const kind = lookUp(ctx, surface, i, last, s.firstToken, known);
        if (kind) found = { kind: kind.kind, start, end, first: i, last, text: surface, strength: kind.strength, reason: kind.reason, title: null, country: null, caps: true };
      }
      if (found) { out.push(found); i = found.last + 1; } else i++;
    }
  }
  return out;
}

/** Most words in a newspaper's name standing as a heading in a press review ("NIDA'A AL-WATAN"). */
const MAX_PAPER_WORDS = 4;

/**
 * In a review of the papers, each paper's stories stand under its name in capitals on a line of
 * its own ("AN-NAHAR", "JAKARTA POST"). Not the headline, not a dateline, not a country ("IRAQ")
 * and not a section made of ordinary words ("FRONT PAGE"). Read line by line: a heading after a
 * line without a final stop may have been joined to its sentence.
 */
export function newspaperHeadings(ctx: ArticleContext): Typed[] {
  if (!ctx.pressReview) return [];
  const { text, tokens } = ctx;
  const out: Typed[] = [];
  let k = 0;
  for (let lineStart = text.indexOf("\n") + 1; lineStart > 0 && lineStart < text.length; lineStart = text.indexOf("\n", lineStart) + 1) {
    const lineEnd = text.indexOf("\n", lineStart) < 0 ? text.length : text.indexOf("\n", lineStart);
    while (k < tokens.length && tokens[k]!.start < lineStart) k++;
    let end = k;
    while (end < tokens.length && tokens[end]!.start < lineEnd) end++;
    const first = k;
    if (end <= first || end - first > MAX_PAPER_WORDS || !tokens[first]!.text) continue;
    const start = tokens[first]!.start, stop = wordEnd(text, tokens[end - 1]!);
    if (text.slice(lineStart, start).trim() !== "" || text.slice(stop, lineEnd).trim() !== "") continue;
    const surface = text.slice(start, stop);
    const words = surface.split(/\s+/);
    if (!hasLetter(surface) || /\p{Ll}/u.test(surface) || tokens.slice(first, end).some((t) => DATE_LIKE.test(t.text))) continue;
    if (countryByName(surface) || words.every((w) => isCommonEnglishWord(w))) continue;
    out.push({ kind: "organization", start, end: stop, first, last: end - 1, text: surface, strength: Strength.strong, reason: "a paper's name heading a press review", title: null, country: null, caps: true });
  }
  return out;
}

/** The words first..last form one stretch: no punctuation between them, no possessive inside. */
function joined(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    if (isPossessive(text, t) || !(/^[ \t]+$/u.test(t.post) || t.post === "-")) return false;
  }
  return true;
}

function lookUp(ctx: ArticleContext, surface: string, first: number, last: number, sentenceFirst: number, known: ReadonlyMap<string, { kind: Kind; strength: number }>): { kind: Kind; strength: number; reason: string } | null {
  const tokens = ctx.tokens.slice(first, last + 1);
  if (tokens.some((t) => FUNCTION_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has("ProperNoun") && !t.tags.has("Place"))) return null;
  if (tokens.some((t) => t.tags.has("WeekDay") || t.tags.has("Month"))) return null;
  const next = ctx.tokens[last + 1];
  const dateline = first === sentenceFirst && !!next && (DATE_LIKE.test(next.text) || has(next, "Month") || /^,/.test(ctx.tokens[last]!.post.trim()));
  if (dateline && hasLetter(surface) && wordOf(ctx.text, tokens[0]!).length > 1) return { kind: "place", strength: Strength.strong, reason: "dateline" };
  // "ELIZABETH, N.J. 1996-08-27": the state after a dateline's town.
  const prev = ctx.tokens[first - 1];
  if (first - 1 === sentenceFirst && prev!.post.trim() === "," && US_STATE_ABBREVIATIONS.has(surface.replace(/\./g, "")) && surface.endsWith(".")) return { kind: "place", strength: Strength.strong, reason: "a dateline's state" };
  const k = known.get(nameKey(surface));
  if (k) return { ...k, reason: "named in the body" };
  if (wellKnownOrg(surface)) return { kind: "organization", strength: Strength.strong, reason: "well-known organization" };
  if (countryByName(surface)) return { kind: "place", strength: Strength.strong, reason: "country" };
  const r = readings(surface);
  if (r.some((x) => x.source === "area" || x.source === "nation")) return { kind: "place", strength: Strength.strong, reason: "named area" };
  // Standings in capitals ("BALTIMORE 74 61"): towns followed by figures are teams.
  if (ctx.sports && next && /^\d/.test(next.text) && r.some((x) => x.source === "city" || x.source === "region")) return { kind: "organization", strength: Strength.medium, reason: "team in a standings line" };
  if (!ctx.sports && r.some((x) => x.source === "city" && x.population >= HEADLINE_CITY_POPULATION)) return { kind: "place", strength: Strength.medium, reason: "large city" };
  return null;
}
