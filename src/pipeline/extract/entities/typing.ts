// Typing by evidence: each candidate becomes a person, an organization or a place, or stays
// unknown (an unknown word may still turn out to be a surname, see index.ts). The strongest
// evidence decides: a well-known organization or a country by name; an organization's ending
// word; a title before a name; a team's context in a sports report; a gazetteer; compromise's own
// word tags; and last, the shape of the name.
import { countryByName } from "../../../data/places/countries.js";
import { isOrgEnding, isOrgHead, WEAK_ORG_ENDINGS, wellKnownOrg } from "../../../data/organizations.js";
import { PLACE_HEADS } from "../../../data/places/features.js";
import { EVENT_ENDINGS, LOCATIVE_WORDS, MATCH_WORDS } from "../../../data/sports.js";
import { isTitleHead, isTitleModifier, isHonorific } from "../../../data/titles.js";
import { isGroupWord } from "../../../data/groups.js";
import { lexiconTag } from "../../../nlp/compromise.js";
import type { Token } from "../../doc.js";
import { placeEnding, readings } from "../../resolve/gazetteer.js";
import type { Candidate } from "./candidates.js";
import { opensClause } from "./candidates.js";
import type { ArticleContext } from "./context.js";
import { lowerWord, previousWord } from "./context.js";
import { demonymAt, peelPrefix, titleBefore } from "./titles.js";
import { isAllCaps, wordEnd, wordOf } from "./words.js";

export type Kind = "person" | "organization" | "place";

/** How sure the typing is: later mentions of the same name follow the surest one. */
export const Strength = { weak: 1, medium: 2, strong: 3 } as const;

export interface Typed {
  readonly kind: Kind | null;
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly text: string;
  readonly strength: number;
  readonly reason: string;
  readonly title: string | null;
  readonly country: string | null;
  readonly caps: boolean;
}

/** Capitalised abbreviations that are not organizations: units, times, diseases, common nouns. */
const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set(["GMT", "AM", "PM", "TV", "AIDS", "HIV", "GDP", "GNP", "CEO", "AI", "OK", "ID", "PC", "CD", "DVD", "MP", "VAT", "CPI", "PPI", "RBI", "ERA", "IPO", "EST", "EDT", "BST", "CET", "UTC", "NB", "PS", "DNA", "SARS", "TB", "BSE", "CJD", "LNG", "LPG", "GM", "VIP", "UFO", "POW", "MW", "KW", "BPD", "FOB", "CIF", "YTD", "MTD", "NET", "PCT", "USD", "EUR", "JPY", "GBP", "DM", "FFR", "SFR", "CAPS", "DIGEST", "NOTE", "UPDATE", "CORRECTED", "REPEAT", "RESULTS", "TABLE", "SCHEDULE"]);

/** Tags of ordinary words: a name's first word must have none of them. */
const COMMON_TAGS = ["Verb", "Adverb", "Plural", "Adjective", "Determiner", "Preposition", "Conjunction", "Pronoun", "Value", "Uncountable"];

/** compromise lexicon tags of given names. */
const FIRST_NAME_TAGS: ReadonlySet<string> = new Set(["FirstName", "MaleName", "FemaleName"]);

/** A word of a multi-word name must be a town at least this large to make the name a team. */
const TEAM_TOWN_POPULATION = 20_000;

/** Words before a name that say it is a place ("the Chechen capital Grozny", "the town of X"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(["capital", "city", "town", "village", "port", "province", "region", "suburb", "district", "island", "state", "county", "resort", "hometown", "enclave", "republic"]);

/** Cities this large are places even without a preposition before them. */
const BARE_CITY_POPULATION = 100_000;

const has = (t: Token, tag: string) => t.tags.has(tag);

function span(ctx: ArticleContext, first: number, last: number) {
  const start = ctx.tokens[first]!.start, end = wordEnd(ctx.text, ctx.tokens[last]!);
  return { first, last, start, end, text: ctx.text.slice(start, end) };
}

const isNumber = (t: Token | undefined): boolean => !!t && /^\d/.test(t.text) && (has(t, "Value") || has(t, "Cardinal") || /^\d+$/.test(t.text));

/**
 * Is the name at first..last written like a team in a results line or match report? A name of
 * several words needs a town or a club word in it ("Hansa Rostock", "Sheffield United"): players'
 * names stand beside figures too ("Waqar Younis 4-95").
 */
function teamContext(ctx: ArticleContext, first: number, last: number): boolean {
  if (!ctx.sports) return false;
  if (last > first) {
    const words = ctx.tokens.slice(first, last + 1).map((t) => wordOf(ctx.text, t));
    const teamWord = words.some((w) => isOrgEnding(w) || readings(w).some((r) => r.source !== "city" || r.population >= TEAM_TOWN_POPULATION)) || readings(words.join(" ")).length > 0;
    if (!teamWord) return false;
  }
  const prev = previousWord(ctx, first, false);
  if (LOCATIVE_WORDS.has(lowerWord(ctx, prev))) return false;
  const next = ctx.tokens[last + 1];
  if (next && next.sentence === ctx.tokens[last]!.sentence && (isNumber(next) || MATCH_WORDS.has(next.normal))) return true;
  // "Vladimir Smicer (Lens)": a club in brackets after a player.
  if (ctx.tokens[first]!.pre.includes("(") && ctx.tokens[last]!.post.startsWith(")")) return true;
  return MATCH_WORDS.has(lowerWord(ctx, prev));
}

/** "MANCHESTER, England 1996-08-27": a name in capitals opening a line, before a comma or a date. */
function datelineAt(ctx: ArticleContext, first: number, last: number): boolean {
  const t = ctx.tokens[first]!;
  if (first > 0 && ctx.tokens[first - 1]!.sentence === t.sentence) return false;
  if (!ctx.tokens.slice(first, last + 1).every((x) => isAllCaps(wordOf(ctx.text, x)))) return false;
  const next = ctx.tokens[last + 1];
  return ctx.tokens[last]!.post.trim().startsWith(",") || (!!next && /^\d{4}-\d{2}-\d{2}$/.test(next.text));
}

/** "in X", "at the X", or "Sandusky, Ohio": a name after a preposition or after a place and a comma. */
/** "MaliVai Washington (U.S.)", "Jesper Parnevik (Sweden)": results tables give a player's country. */
function countryInBrackets(ctx: ArticleContext, last: number): boolean {
  const next = ctx.tokens[last + 1];
  return !!next && next.pre.includes("(") && next.sentence === ctx.tokens[last]!.sentence && !!countryByName(wordOf(ctx.text, next)) && /^\)/.test(next.post);
}

function locativeBefore(ctx: ArticleContext, first: number): boolean {
  if (LOCATIVE_WORDS.has(lowerWord(ctx, previousWord(ctx, first)))) return true;
  const prev = ctx.tokens[first - 1];
  return !!prev && prev.sentence === ctx.tokens[first]!.sentence && prev.post.trim() === "," && /^\p{Lu}/u.test(prev.text) && readings(wordOf(ctx.text, prev)).length > 0;
}

const isCapsWord = (w: string) => isAllCaps(w) && w.replace(/[^\p{L}]/gu, "").length <= 6;

/** Type the name at first..last (titles already peeled). */
function typeName(ctx: ArticleContext, c: { first: number; last: number; caps: boolean }, hints: { person: boolean; title: string | null; country: string | null }): Typed {
  const s = span(ctx, c.first, c.last);
  const words = s.text.split(/\s+/);
  const lastWord = words[words.length - 1]!;
  const tokens = ctx.tokens.slice(c.first, c.last + 1);
  const base = { ...s, title: hints.title, country: hints.country, caps: c.caps };
  const as = (kind: Kind | null, strength: number, reason: string): Typed => ({ ...base, kind, strength, reason });

  if (wellKnownOrg(s.text)) return as("organization", Strength.strong, "well-known organization");
  const places = readings(s.text);
  const country = places.find((r) => r.source === "country" || r.source === "nation" || r.source === "area");
  if (country) return as("place", Strength.strong, "country or named area");
  if (words.length > 1 && isOrgEnding(lastWord) && !WEAK_ORG_ENDINGS.has(lastWord.toLowerCase())) return as("organization", Strength.strong, "organization ending");
  const ofHead = words.findIndex((w, k) => k > 0 && (w === "of" || w === "for"));
  if (ofHead > 0 && (isOrgEnding(words[ofHead - 1]!) || isOrgHead(words[ofHead - 1]!))) return as("organization", Strength.strong, "organization head before of");
  if (hints.person) return as("person", Strength.strong, "title before the name");
  if (words.length > 1 && EVENT_ENDINGS.has(lastWord.toLowerCase())) return as(null, 0, "an event, not an entity");
  if (words.length === 1 && (isGroupWord(s.text) || has(tokens[0]!, "Demonym") || has(tokens[0]!, "Adjective") && !has(tokens[0]!, "ProperNoun"))) return as(null, 0, "a people, faith or direction");
  if (words.length === 1 && isOrgEnding(s.text) && !has(tokens[0]!, "Person")) return as(null, 0, "an organization word alone");
  if (datelineAt(ctx, c.first, c.last)) return as("place", Strength.strong, "dateline");
  const ending = placeEnding(s.text);
  const firstTok = tokens[0]!;
  const personTags = tokens.some((t) => has(t, "Person")) && !tokens.every((t) => has(t, "Place"));
  const initial = /^\p{Lu}$/u.test(wordOf(ctx.text, firstTok)) && /^\.\s*$/u.test(firstTok.post);
  const firstName = has(firstTok, "FirstName") || FIRST_NAME_TAGS.has(lexiconTag(wordOf(ctx.text, firstTok)) ?? "");
  if (words.length > 1 && (firstName || initial) && !ending && !(places.length > 0 && !initial && !has(firstTok, "Person"))) return as("person", Strength.medium, "first name or initial");
  if (words.length > 1 && countryInBrackets(ctx, c.last)) return as("person", Strength.medium, "a country in brackets after the name");
  if (teamContext(ctx, c.first, c.last)) return as("organization", Strength.medium, "team in a results line");
  const region = places.find((r) => r.source === "region");
  const city = places.find((r) => r.source === "city");
  const locative = locativeBefore(ctx, c.first);
  const placeByGazetteer = !!region || (!!city && (city.population >= BARE_CITY_POPULATION || locative || tokens.every((t) => has(t, "Place"))));
  if (placeByGazetteer && !personTags) {
    // In a sports report a town or county without "in"/"at" before it is a side, not a place.
    if (ctx.sports && !locative) return as("organization", Strength.medium, "town name in a sports report");
    return as("place", Strength.medium, "gazetteer");
  }
  if (words.length > 1 && isOrgEnding(lastWord)) return as("organization", Strength.medium, "weak organization ending");
  if (ending) return as("place", Strength.medium, "place ending");
  const before = lowerWord(ctx, previousWord(ctx, c.first, false));
  if (PLACE_NOUNS.has(before) && !personTags) return as("place", Strength.medium, `after "${before}"`);
  if (ctx.sports && words.length > 1 && lastWord.toLowerCase() === "league") return as(null, 0, "a sports league, a competition");
  if (personTags) return as("person", Strength.medium, "compromise person tags");
  if (tokens.every((t) => has(t, "Organization"))) return as("organization", Strength.medium, "compromise organization tags");
  if (tokens.every((t) => has(t, "Place"))) return as(ctx.sports && !locative ? "organization" : "place", Strength.weak, "compromise place tags");
  if (placeByGazetteer) return as("place", Strength.weak, "gazetteer, against person tags");
  if (words.length === 1 && isCapsWord(s.text) && !ctx.sports && !NOT_ORG_ACRONYMS.has(s.text.replace(/\./g, ""))) return as("organization", Strength.weak, "acronym");
  const wordsOk = tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(wordOf(ctx.text, t)) || /^\p{Lu}\.?$/u.test(wordOf(ctx.text, t)) || /^\p{Ll}+$/u.test(wordOf(ctx.text, t)));
  // Mid-sentence, compromise marks unknown capitalised words as proper nouns; a sentence's first
  // word only has to be no ordinary verb, adjective or plural.
  const properNouns = tokens.every((t, k) => has(t, "ProperNoun") || has(t, "Person") || /^\p{Ll}+$/u.test(wordOf(ctx.text, t))
    || (k === 0 && opensClause(ctx.tokens, c.first) && !COMMON_TAGS.some((tag) => has(t, tag))));
  const placeWord = tokens.some((t) => readings(wordOf(ctx.text, t)).some((r) => r.source !== "city" || r.population >= BARE_CITY_POPULATION));
  if (words.length >= 2 && words.length <= 4 && wordsOk && properNouns && !placeWord) return as("person", Strength.weak, "shape of a personal name");
  if (words.length >= 2 && placeWord && ctx.sports) return as("organization", Strength.weak, "a town in a club's name");
  if (words.length >= 2 && tokens.some((t) => has(t, "Organization") || isOrgEnding(wordOf(ctx.text, t)))) return as("organization", Strength.weak, "multi-word name with an organization word");
  if (city && !ctx.sports) return as("place", Strength.weak, "small town");
  return as(null, 0, "no evidence");
}

/** Type one candidate; a run with a country word inside its title gives a place as well. */
export function typeCandidate(ctx: ArticleContext, c: Candidate): Typed[] {
  const text = c.text;
  const whole = span(ctx, c.first, c.last);
  const words = text.split(/\s+/);
  const lastWord = words[words.length - 1]!;
  // Names that are an organization or a country as a whole are not split for titles.
  if (wellKnownOrg(text) || (words.length > 1 && isOrgEnding(lastWord) && !WEAK_ORG_ENDINGS.has(lastWord.toLowerCase())) || countryByName(text)) {
    return [typeName(ctx, c, { person: false, title: null, country: null })];
  }
  const prefix = peelPrefix(ctx, c.first, c.last);
  const out: Typed[] = [];
  for (const p of prefix.places) out.push({ ...span(ctx, p.first, p.last), kind: "place", strength: Strength.strong, reason: "country in a title", title: null, country: null, caps: c.caps });
  let first = prefix.nameFirst;
  let country = prefix.country;
  // "Korean Peninsula", "Persian Gulf", "Russian Army": a nationality word with one feature or
  // body word after it is one name.
  const tail = wordOf(ctx.text, ctx.tokens[c.last]!);
  if (first === c.first && c.last > c.first && (placeEnding(text) || isOrgEnding(tail) || readings(text).length > 0)) {
    return [typeName(ctx, c, { person: false, title: null, country: null })];
  }
  // Nationality words alone before a name ("Australian Tom Moody") are the person's country;
  // words for peoples and faiths ("Islamic Taleban") go too.
  for (;;) {
    const dem = demonymAt(ctx, first, c.last - 1);
    if (dem && first + dem.length <= c.last) { country = dem.code; first += dem.length; continue; }
    if (first < c.last && isGroupWord(wordOf(ctx.text, ctx.tokens[first]!))) { first++; continue; }
    break;
  }
  if (ctx.tokens.slice(first, c.last + 1).every((t) => isGroupWord(wordOf(ctx.text, t)) || demonymAt(ctx, ctx.tokens.indexOf(t), c.last))) return out;
  if (first > c.last) return out;
  const only = ctx.tokens.slice(first, c.last + 1).map((t) => wordOf(ctx.text, t));
  // A run of titles or nationality words alone ("Defense Minister", "Japanese") names nobody.
  if (only.every((w) => isTitleHead(w) || isTitleModifier(w) || isHonorific(w))) return out;
  const dem = demonymAt(ctx, first, c.last);
  if (dem && first + dem.length - 1 === c.last) return out;
  const before = first === c.first ? titleBefore(ctx, first) : { title: null, country: null, person: false };
  const hints = {
    person: prefix.person || before.person,
    title: prefix.title ?? before.title,
    country: country ?? before.country,
  };
  out.push(typeName(ctx, { first, last: c.last, caps: c.caps }, hints));
  void whole;
  return out;
}

/**
 * "Bank of England", "Ministry of Defence", "Gulf of Mexico": an organization or place head
 * followed by "of"/"for" and another name is one name.
 */
export function joinOfPhrases(ctx: ArticleContext, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && !prev.caps && !c.caps && ctx.tokens[prev.last]!.sentence === ctx.tokens[c.first]!.sentence) {
      const between = ctx.tokens.slice(prev.last + 1, c.first).map((t) => t.normal);
      const headWord = wordOf(ctx.text, ctx.tokens[prev.last]!).toLowerCase();
      const joinable = (between.length === 1 && (between[0] === "of" || between[0] === "for")) || (between.length === 2 && (between[0] === "of" || between[0] === "for") && between[1] === "the");
      const plain = ctx.tokens.slice(prev.last, c.first).every((t) => /^[ \t]+$/u.test(t.post));
      if (joinable && plain && (isOrgHead(headWord) || isOrgEnding(headWord) || PLACE_HEADS.has(headWord))) {
        const start = prev.start, end = c.end;
        out[out.length - 1] = { ...prev, last: c.last, end, text: ctx.text.slice(start, end) };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
