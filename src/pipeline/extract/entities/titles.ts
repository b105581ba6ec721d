// Titles before a name: "Japanese Defense Minister Shinjiro Koizumi" is a person, Shinjiro
// Koizumi, with the title "Defense Minister" and the country JP; "his South Korean counterpart
// Ahn Gyu-back" gives Ahn the country KR. Titles inside the capitalised run are peeled off it;
// lower-case titles are read from the words before it.
import { countryByName, countryOfDemonym } from "../../../data/places/countries.js";
import { isCommonEnglishWord } from "../../../data/english.js";
import { isHonorific, isTitleHead, isTitleModifier } from "../../../data/titles.js";
import type { Token } from "../../doc.js";
import { readings } from "../../resolve/gazetteer.js";
import type { ArticleContext } from "./context.js";
import { isPossessive, wordOf } from "./words.js";

export interface TitlePrefix {
  /** Token index where the name itself starts. */
  readonly nameFirst: number;
  readonly title: string | null;
  readonly country: string | null;
  /** A person is certain: a title head or an honorific stood before the name. */
  readonly person: boolean;
  /** Country names inside the prefix ("U.S. Defense Secretary ..."): places of their own. */
  readonly places: ReadonlyArray<{ first: number; last: number }>;
  /** The words between the country and the title ("FBI" in "FBI Director Louis Freeh"): the holder's body, if it names one. */
  readonly body?: { first: number; last: number };
}

/** Relational words that show a person but are not titles worth listing. */
const NOT_LISTED = new Set(["passenger", "commuter", "motorist", "shopper", "homeowner", "pensioner", "retiree", "parishioner", "counterpart", "official", "deputy", "leader", "aide", "veteran", "newcomer", "international", "player", "teammate", "team-mate", "seed", "qualifier", "champion"]);

/** An age written before a name at the start of a sentence ("Eighteen-year-old Tomas Varga"): not part of the name. */
// The run may start after a number word the tokenizer left out of it ("Twenty" | "-year-old").
const AGE_PREFIX = /^-?(?:(?:\d+|\p{L}+(?:-\p{L}+)?)-)?year-old(?![\p{L}-])/iu;

/** A demonym of one or two words starting at token i ("Japanese", "South Korean"): its length and code. */
export function demonymAt(ctx: ArticleContext, i: number, last: number): { length: number; code: string } | null {
  const w1 = wordOf(ctx.text, ctx.tokens[i]!);
  if (i + 1 <= last) {
    const code2 = countryOfDemonym(`${w1} ${wordOf(ctx.text, ctx.tokens[i + 1]!)}`);
    if (code2) return { length: 2, code: code2 };
  }
  const code = countryOfDemonym(w1);
  return code ? { length: 1, code } : null;
}

const tokenWord = (ctx: ArticleContext, t: Token) => wordOf(ctx.text, t);

/** Split the titles, nationality and country words off the front of a capitalised run. */
export function peelPrefix(ctx: ArticleContext, first: number, last: number): TitlePrefix {
  // "Secretary of State Warren Christopher": the modifiers continue a title begun before "of".
  const ofTitle = afterOfTitle(ctx, first);
  let country: string | null = null;
  const places: { first: number; last: number }[] = [];
  let i = first;
  let titleStart = -1, headEnd = -1, person = false, honorificEnd = -1, ageEnd = -1;
  while (i < last) {
    const t = ctx.tokens[i]!;
    const w = tokenWord(ctx, t);
    const age = i === first ? AGE_PREFIX.exec(ctx.text.slice(t.start, t.start + 40)) : null;
    // The age may be split into several tokens at its hyphens; it must end where a token ends.
    if (age && t.end <= t.start + age[0].length) {
      const end = t.start + age[0].length;
      while (i < last && ctx.tokens[i]!.end <= end) ageEnd = i++;
      person = true;
      continue;
    }
    const dem = titleStart < 0 ? demonymAt(ctx, i, last - 1) : null;
    if (dem) { country = dem.code; i += dem.length; continue; }
    if (titleStart < 0 && !isTitleHead(w) && !isTitleModifier(w) && !isHonorific(w)) {
      const c = countryByName(w);
      if (c && !isPossessive(ctx.text, t)) { country = c.code; places.push({ first: i, last: i }); i++; continue; }
      if (c && isPossessive(ctx.text, t)) { country = c.code; places.push({ first: i, last: i }); i++; continue; }
      // "Massachusetts Gov. William Weld": a state or region before the office is a place of its own.
      const next = ctx.tokens[i + 1];
      if (next && i + 1 < last && (isTitleHead(tokenWord(ctx, next)) || isTitleModifier(tokenWord(ctx, next))) && readings(w).some((r) => r.source === "region" || r.source === "nation")) { places.push({ first: i, last: i }); i++; continue; }
    }
    if (isHonorific(w)) { honorificEnd = i; person = true; i++; continue; }
    if (isTitleHead(w) || isTitleModifier(w)) {
      if (titleStart < 0) titleStart = i;
      if (isTitleHead(w) || ofTitle !== null) headEnd = i;
      i++;
      continue;
    }
    break;
  }
  const cut = Math.max(headEnd, honorificEnd, ageEnd);
  // "Director of Public Prosecutions, ...": an office's field that ends in an ordinary word leaves
  // no name after it, whatever its words' tags.
  if (ofTitle !== null && honorificEnd < 0 && ageEnd < 0 && cut === last - 1 && !isTitleHead(tokenWord(ctx, ctx.tokens[cut]!)) && isCommonEnglishWord(tokenWord(ctx, ctx.tokens[last]!).toLowerCase())) return { nameFirst: first, title: null, country: null, person: false, places };
  if (cut < 0) return ofTitle !== null ? officeTail(ctx, ofTitle, first, last) : titleInside(ctx, first, last);
  let title: string | null = null;
  if (headEnd >= 0 && titleStart >= 0 && titleStart <= headEnd) {
    const s = ctx.tokens[ofTitle ?? titleStart]!.start, e = ctx.tokens[headEnd]!.end;
    title = ctx.text.slice(s, e).replace(/['’]s$/u, "");
    if (NOT_LISTED.has(title.toLowerCase())) title = null;
  }
  return { nameFirst: cut + 1, title, country, person: person || headEnd >= 0, places };
}

/** Lower-case words inside an office's name ("Secretary of the Treasury for ..."). */
const OFFICE_LINKS: ReadonlySet<string> = new Set(["of", "the", "for", "and"]);

/** Words looked back over for the title that an "of" or "for" continues. */
const OF_TITLE_REACH = 8;

/** "Minister of Industry ...", "Secretary of State for Near Eastern Affairs ...": the run continues an office. */
function afterOfTitle(ctx: ArticleContext, first: number): number | null {
  // "Chancellor of the Exchequer Helen Reeve": an article may stand between "of" and the office's field.
  // Not after "for the": "a spokesman for the U.S. Trade Representative" names a body.
  const article = ctx.tokens[first - 1]?.normal === "the" && ctx.tokens[first - 2]?.normal === "of" ? 1 : 0;
  const prev = ctx.tokens[first - 1 - article];
  if (!prev || (prev.normal !== "of" && prev.normal !== "for") || prev.sentence !== ctx.tokens[first]!.sentence) return null;
  for (let k = first - 2 - article; k >= 0 && k >= first - OF_TITLE_REACH && ctx.tokens[k]!.sentence === prev.sentence; k--) {
    const w = tokenWord(ctx, ctx.tokens[k]!);
    if (isTitleHead(w)) return k;
    // Only title words and the office's capitalised field stand between the head and this "of"
    // ("Secretary of State for"): in "a major focus of", "major" heads no office.
    const inOffice = isTitleModifier(w) || /^\p{Lu}/u.test(w) || OFFICE_LINKS.has(ctx.tokens[k]!.normal);
    if (!inOffice || !/^[ \t]+$/u.test(ctx.tokens[k]!.post)) return null;
  }
  return null;
}

/**
 * The department named after "Minister of": "Industry Tungky Ariwibowo" is Tungky Ariwibowo; the
 * name starts after the last word that names an office's field.
 */
function officeTail(ctx: ArticleContext, head: number, first: number, last: number): TitlePrefix {
  let cut = -1;
  for (let i = first; i < last; i++) if (isTitleModifier(tokenWord(ctx, ctx.tokens[i]!)) || isTitleHead(tokenWord(ctx, ctx.tokens[i]!))) cut = i;
  // "Chancellor of the Exchequer Helen Reeve": after "of the", one word names the office's field
  // even when it is no title word, if a full name follows it.
  if (cut < 0 && ctx.tokens[first - 1]?.normal === "the" && ctx.tokens[first - 2]?.normal === "of" && last - first >= 2) cut = first;
  if (cut < 0 || last - cut < 2) return { nameFirst: first, title: null, country: null, person: false, places: [] };
  return { nameFirst: cut + 1, title: ctx.text.slice(ctx.tokens[head]!.start, ctx.tokens[cut]!.end), country: null, person: true, places: [] };
}

/**
 * "EU Farm Commissioner Franz Fischler", "Parliament Speaker Nabih Berri": the last title head in
 * the run, with the title words before it, is the title; what comes before the title is the
 * office's body or country, and a country among it is kept as a place.
 */
function titleInside(ctx: ArticleContext, first: number, last: number): TitlePrefix {
  const none: TitlePrefix = { nameFirst: first, title: null, country: null, person: false, places: [] };
  let h = -1;
  for (let i = last - 1; i > first; i--) if (isTitleHead(tokenWord(ctx, ctx.tokens[i]!))) { h = i; break; }
  if (h < 0) return none;
  for (let i = h + 1; i <= last; i++) {
    const w = tokenWord(ctx, ctx.tokens[i]!);
    if (isTitleHead(w) || isTitleModifier(w)) return none;
  }
  let start = h;
  while (start > first && isTitleModifier(tokenWord(ctx, ctx.tokens[start - 1]!))) start--;
  const title = ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[h]!.end);
  const places: { first: number; last: number }[] = [];
  let country: string | null = null;
  let bodyFirst = first;
  for (let i = first; i < start; i++) {
    const t = ctx.tokens[i]!;
    const c = countryByName(tokenWord(ctx, t));
    if (c) { country = c.code; places.push({ first: i, last: i }); bodyFirst = i + 1; continue; }
    const dem = demonymAt(ctx, i, start - 1);
    if (dem) { country = dem.code; i += dem.length - 1; bodyFirst = i + 1; }
  }
  const body = bodyFirst < start ? { first: bodyFirst, last: start - 1 } : undefined;
  return { nameFirst: h + 1, title: NOT_LISTED.has(title.toLowerCase()) ? null : title, country, person: true, places, ...(body ? { body } : {}) };
}

/**
 * Lower-case titles just before the run ("striker Roy Keane", "his South Korean counterpart Ahn"),
 * and the nationality or country before them ("Japan's defence minister ...").
 */
export function titleBefore(ctx: ArticleContext, first: number): { title: string | null; country: string | null; person: boolean } {
  const tokens = ctx.tokens;
  const sentence = tokens[first]!.sentence;
  let k = first - 1;
  let headEnd = -1, start = -1;
  // A capitalised title word is only read when the title opens the sentence ("Judge Caroline Mears
  // told ...", "Opposition leader Grace McAllister said"): capitals there are the sentence's.
  const opensSentence = (i: number) => i === 0 || tokens[i - 1]!.sentence !== sentence;
  const fits = (i: number, w: string) => /^\p{Ll}/u.test(w) || opensSentence(i);
  while (k >= 0 && tokens[k]!.sentence === sentence && /^[ \t]+$/u.test(tokens[k]!.post)) {
    const w = tokenWord(ctx, tokens[k]!);
    if (headEnd < 0 && isTitleHead(w) && fits(k, w)) { headEnd = k; start = k; k--; continue; }
    if (headEnd >= 0 && isTitleModifier(w) && fits(k, w)) { start = k; k--; continue; }
    break;
  }
  if (headEnd < 0) return { title: null, country: null, person: false };
  let country: string | null = null;
  if (k >= 0 && tokens[k]!.sentence === sentence) {
    const w = tokenWord(ctx, tokens[k]!);
    const two = k > 0 ? `${tokenWord(ctx, tokens[k - 1]!)} ${w}` : "";
    country = (two && countryOfDemonym(two)) || countryOfDemonym(w) || (isPossessive(ctx.text, tokens[k]!) ? countryByName(w)?.code ?? null : null);
  }
  const title = ctx.text.slice(tokens[start]!.start, tokens[headEnd]!.end);
  return { title: NOT_LISTED.has(title.toLowerCase()) ? null : title, country, person: true };
}

/** Determiners that open a title in apposition ("the Danish mayor, ...", "..., a former minister,"). */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "his", "her"]);
/** Words after a title that name where the office is held ("chief executive of Nordvik", "an analyst at ..."). */
const OFFICE_OF: ReadonlySet<string> = new Set(["of", "at", "for", "with", "in", "from"]);
/** Words that join two titles of one person ("founder and chief executive"). */
const TITLE_JOINERS: ReadonlySet<string> = new Set(["and", "&"]);
/** How many lower-case words after "of" may name an office's field ("professor of astronomy", "head of human resources"). */
const MAX_FIELD_WORDS = 3;
/** How many words an apposition before a name may have ("The airline's head of human resources, Petra Vogel,"). */
const MAX_APPOSITION_WORDS = 9;

type Found = { title: string | null; country: string | null; person: boolean };
const NONE: Found = { title: null, country: null, person: false };
const lower = (w: string): boolean => /^\p{Ll}/u.test(w);
const plainGap = (ctx: ArticleContext, k: number): boolean => /^[ \t]*$/u.test(ctx.tokens[k]!.post) || /^-$/.test(ctx.tokens[k]!.post);

/**
 * A title phrase in apposition read forwards from token `k`: an opener ("the", "a") or an owner's
 * possessive ("Orbitra's", "the company's"), a nationality word, title words ending in a head,
 * maybe a second title after "and" and the field of the office after "of" ("assistant professor of
 * astronomy"). It must end the apposition: at a comma, the sentence's end, or a word that names
 * where the office is held ("of Zoomly", "at Ardent Securities"). Null when it is not such a phrase.
 */
function titlePhrase(ctx: ArticleContext, k: number, stopAt: number | null): (Found & { end: number }) | null {
  const tokens = ctx.tokens;
  const sentence = tokens[k]!.sentence;
  const inSentence = (i: number) => i < tokens.length && tokens[i]!.sentence === sentence && (stopAt === null || i <= stopAt);
  let i = k, opened = false;
  if (inSentence(i) && APPOSITION_OPENERS.has(tokens[i]!.normal) && plainGap(ctx, i)) { i++; opened = true; }
  // The owner of the office, in the possessive: "Orbitra's", "the company's", "Sporting's".
  if (inSentence(i) && isPossessive(ctx.text, tokens[i]!) && !isTitleHead(tokenWord(ctx, tokens[i]!)) && plainGap(ctx, i)) { i++; opened = true; }
  // "a 34-year-old teacher": the age says nothing of the office.
  if (opened && inSentence(i + 2) && /^\d{1,3}$/.test(tokens[i]!.normal) && tokens[i + 1]!.normal === "year" && tokens[i + 2]!.normal === "old") i += 3;
  let country: string | null = null;
  if (inSentence(i)) {
    const dem = demonymAt(ctx, i, Math.min(i + 1, tokens.length - 1));
    if (dem && inSentence(i + dem.length - 1)) { country = dem.code; i += dem.length; }
  }
  const start = i;
  let headEnd = -1;
  for (; inSentence(i); i++) {
    const w = tokenWord(ctx, tokens[i]!);
    // Capitalised title words only after an opener ("The Treasurer,"): else a name may start here.
    if (!opened && !lower(w)) break;
    if (isTitleHead(w)) headEnd = i;
    else if (!isTitleModifier(w) && !(headEnd >= 0 && TITLE_JOINERS.has(tokens[i]!.normal) && i > start)) break;
    else if (TITLE_JOINERS.has(tokens[i]!.normal) && headEnd < i - 1) break;
    if (!plainGap(ctx, i)) { i++; break; }
  }
  if (headEnd < 0) return null;
  let end = headEnd;
  // The field of the office: "of astronomy", "of human resources" (lower-case words only).
  const next = headEnd + 1;
  if (plainGap(ctx, headEnd) && inSentence(next) && tokens[next]!.normal === "of" && plainGap(ctx, next)) {
    // "head of the agency", "director of the museum": the field may be a body named by its kind.
    const article = inSentence(next + 1) && tokens[next + 1]!.normal === "the" && plainGap(ctx, next + 1) ? 1 : 0;
    let f = next + 1 + article;
    while (inSentence(f) && f - next - article <= MAX_FIELD_WORDS && lower(tokenWord(ctx, tokens[f]!)) && !OFFICE_OF.has(tokens[f]!.normal) && !APPOSITION_OPENERS.has(tokens[f]!.normal)) {
      if (!plainGap(ctx, f)) { f++; break; }
      f++;
    }
    const field = f - 1;
    if (field > next + article && (!plainGap(ctx, field) || !inSentence(field + 1) || OFFICE_OF.has(tokens[field + 1]!.normal))) end = field;
    else if (opened && !lower(tokenWord(ctx, tokens[headEnd]!))) {
      const office = capitalisedField(ctx, next, stopAt);
      if (office !== null) end = office;
    }
  }
  const after = end + 1;
  const closes = !plainGap(ctx, end) ? /^[ \t]*[,;:.!?)]/u.test(tokens[end]!.post) : !inSentence(after) || OFFICE_OF.has(tokens[after]!.normal);
  if (!closes) return null;
  const title = ctx.text.slice(tokens[start]!.start, wordEndOf(ctx, end)).replace(/['’]s$/u, "");
  return { title: NOT_LISTED.has(title.toLowerCase()) ? null : title, country, person: true, end };
}

/** How many words the capitalised field of an office may have ("of the Exchequer", "of Public Prosecutions"). */
const MAX_OFFICE_FIELD_WORDS = 4;

/**
 * "The Chancellor of the Exchequer, Rachel Whitcombe": an office written in capitals names its
 * field in capitals too. Read only before a name in apposition, where the phrase must reach the
 * comma: capitalised words after "of" (and "the") up to `stopAt`. Returns the last token or null.
 */
function capitalisedField(ctx: ArticleContext, of: number, stopAt: number | null): number | null {
  const tokens = ctx.tokens;
  const sentence = tokens[of]!.sentence;
  // After the name ("Max Hill, the Director of Public Prosecutions, said"), the phrase ends at a
  // comma or with the sentence; before it, exactly at the comma before the name.
  const last = stopAt ?? Math.min(tokens.length - 1, of + MAX_OFFICE_FIELD_WORDS + 1);
  const ends = (f: number): boolean => /^[ \t]*,/u.test(tokens[f]!.post) || (stopAt === null && (f + 1 >= tokens.length || tokens[f + 1]!.sentence !== sentence));
  let f = of + 1;
  if (f <= last && tokens[f]!.normal === "the" && plainGap(ctx, f)) f++;
  const from = f;
  for (; f <= last && f - from < MAX_OFFICE_FIELD_WORDS && tokens[f]!.sentence === sentence; f++) {
    const w = tokenWord(ctx, tokens[f]!);
    if (!/^\p{Lu}/u.test(w) && !(f > from && (tokens[f]!.normal === "and" || tokens[f]!.normal === "for"))) return null;
    if (f === stopAt) return ends(f) ? f : null;
    if (stopAt === null && ends(f)) return f;
    if (!plainGap(ctx, f)) return null;
  }
  return null;
}

const wordEndOf = (ctx: ArticleContext, k: number): number => ctx.tokens[k]!.start + tokenWord(ctx, ctx.tokens[k]!).length;

/**
 * A title in apposition, before the name ("The Danish mayor, Søren Smalbro, said"; "Pedal's
 * founder, Lena Okafor,") or after it ("Søren Smalbro, the Danish mayor, said"; "Dana Whitcombe,
 * Orbitra's chief executive,"; "Peter Holm, chief financial officer of Nordvik,"): the title, and
 * the country of a nationality word inside it.
 */
export function titleInApposition(ctx: ArticleContext, first: number, last: number): Found {
  const tokens = ctx.tokens;
  const sentence = tokens[first]!.sentence;
  const prev = tokens[first - 1];
  if (prev && prev.sentence === sentence && prev.post.trim() === "," && !tokens[first]!.pre.trim()) {
    // The longest phrase that ends right at the comma and starts the sentence or follows a plain
    // word, a comma or a dateline's dash ("LONDON, March 3 - The Treasurer, Jane Roe, said").
    for (let k = Math.max(0, first - 1 - MAX_APPOSITION_WORDS); k <= first - 1; k++) {
      if (tokens[k]!.sentence !== sentence) continue;
      const opensHere = k === 0 || tokens[k - 1]!.sentence !== sentence || /^[ \t]+$/u.test(tokens[k - 1]!.post) || /(?:[,;:]|\s[-–—])\s*$/u.test(tokens[k - 1]!.post);
      if (!opensHere) continue;
      const found = titlePhrase(ctx, k, first - 1);
      if (found && found.end === first - 1) return found;
    }
  }
  const next = tokens[last + 1];
  if (next && next.sentence === sentence && tokens[last]!.post.trim() === "," && !next.pre.trim()) {
    // "Samuel Tran, who remains its chairman": a relative clause that only says what the person is.
    const relative = next.normal === "who" && RELATIVE_BE.has(tokens[last + 2]?.normal ?? "") && tokens[last + 2]!.sentence === sentence && plainGap(ctx, last + 1) && plainGap(ctx, last + 2);
    const found = titlePhrase(ctx, relative ? last + 3 : last + 1, null);
    if (found && (!relative || found.title !== null)) return found;
  }
  return NONE;
}

/** Verbs after "who" that give the person's office ("who is", "who remains", "who became"). */
const RELATIVE_BE: ReadonlySet<string> = new Set(["is", "was", "remains", "remained", "became", "becomes"]);

/** Characters looked back over for a nationality word before "counterpart". */
const COUNTERPART_REACH = 40;

/**
 * "Poland's Marta Kowalczyk", "her Mexican counterpart, Economy Secretary Rodrigo Ibarra": a
 * country's possessive right before a name, or a nationality word before "counterpart" and the
 * name, gives the person's country.
 */
export function countryBefore(ctx: ArticleContext, first: number): string | null {
  const t = ctx.tokens[first]!, prev = ctx.tokens[first - 1];
  if (!prev || prev.sentence !== t.sentence || t.pre.trim() !== "") return null;
  if (isPossessive(ctx.text, prev) && /^[ \t]+$/u.test(prev.post)) {
    const c = countryByName(wordOf(ctx.text, prev));
    if (c) return c.code;
  }
  const before = ctx.text.slice(Math.max(0, t.start - COUNTERPART_REACH), t.start);
  const m = /(?:^|\s)(\p{Lu}[\p{L}-]+) counterparts?,? $/u.exec(before);
  return m ? countryOfDemonym(m[1]!) : null;
}
