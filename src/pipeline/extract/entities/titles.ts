// Titles before a name: "Japanese Defense Minister Shinjiro Koizumi" is a person, Shinjiro
// Koizumi, with the title "Defense Minister" and the country JP; "his South Korean counterpart
// Ahn Gyu-back" gives Ahn the country KR. Titles inside the capitalised run are peeled off it;
// lower-case titles are read from the words before it.
import { countryByName, countryOfDemonym } from "../../../data/places/countries.js";
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
}

/** Relational words that show a person but are not titles worth listing. */
const NOT_LISTED = new Set(["counterpart", "official", "deputy", "leader", "aide", "veteran", "newcomer", "international", "player", "teammate", "team-mate", "seed", "qualifier", "champion"]);

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
  let titleStart = -1, headEnd = -1, person = false, honorificEnd = -1;
  while (i < last) {
    const t = ctx.tokens[i]!;
    const w = tokenWord(ctx, t);
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
  const cut = Math.max(headEnd, honorificEnd);
  if (cut < 0) return ofTitle !== null ? officeTail(ctx, ofTitle, first, last) : titleInside(ctx, first, last);
  let title: string | null = null;
  if (headEnd >= 0 && titleStart >= 0 && titleStart <= headEnd) {
    const s = ctx.tokens[ofTitle ?? titleStart]!.start, e = ctx.tokens[headEnd]!.end;
    title = ctx.text.slice(s, e).replace(/['’]s$/u, "");
    if (NOT_LISTED.has(title.toLowerCase())) title = null;
  }
  return { nameFirst: cut + 1, title, country, person: person || headEnd >= 0, places };
}

/** Words looked back over for the title that an "of" or "for" continues. */
const OF_TITLE_REACH = 8;

/** "Minister of Industry ...", "Secretary of State for Near Eastern Affairs ...": the run continues an office. */
function afterOfTitle(ctx: ArticleContext, first: number): number | null {
  const prev = ctx.tokens[first - 1];
  if (!prev || (prev.normal !== "of" && prev.normal !== "for") || prev.sentence !== ctx.tokens[first]!.sentence) return null;
  for (let k = first - 2; k >= 0 && k >= first - OF_TITLE_REACH && ctx.tokens[k]!.sentence === prev.sentence; k--) {
    if (isTitleHead(tokenWord(ctx, ctx.tokens[k]!))) return k;
    if (!/^[ \t]+$/u.test(ctx.tokens[k]!.post)) return null;
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
  for (let i = first; i < start; i++) {
    const t = ctx.tokens[i]!;
    const c = countryByName(tokenWord(ctx, t));
    if (c) { country = c.code; places.push({ first: i, last: i }); continue; }
    const dem = demonymAt(ctx, i, start - 1);
    if (dem) { country = dem.code; i += dem.length - 1; }
  }
  return { nameFirst: h + 1, title: NOT_LISTED.has(title.toLowerCase()) ? null : title, country, person: true, places };
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
  while (k >= 0 && tokens[k]!.sentence === sentence && /^[ \t]+$/u.test(tokens[k]!.post)) {
    const w = tokenWord(ctx, tokens[k]!);
    if (headEnd < 0 && isTitleHead(w) && /^\p{Ll}/u.test(w)) { headEnd = k; start = k; k--; continue; }
    if (headEnd >= 0 && isTitleModifier(w) && /^\p{Ll}/u.test(w)) { start = k; k--; continue; }
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

/**
 * A lower-case title in apposition, before the name ("The Danish mayor, Søren Smalbro, said") or
 * after it ("Søren Smalbro, the Danish mayor, said"): the title, and the country of a nationality
 * word inside it.
 */
export function titleInApposition(ctx: ArticleContext, first: number, last: number): { title: string | null; country: string | null; person: boolean } {
  const none = { title: null, country: null, person: false };
  const tokens = ctx.tokens;
  const sentence = tokens[first]!.sentence;
  const prev = tokens[first - 1];
  if (prev && prev.sentence === sentence && prev.post.trim() === "," && !tokens[first]!.pre.trim()) {
    const found = appositive(ctx, first - 1, -1);
    if (found) return found;
  }
  const next = tokens[last + 1];
  if (next && next.sentence === sentence && tokens[last]!.post.trim() === "," && !next.pre.trim()) {
    // Read forwards: opener, nationality, modifiers, head; then a comma or the end of the sentence.
    let k = last + 1;
    if (!APPOSITION_OPENERS.has(tokens[k]!.normal)) return none;
    k++;
    const start = k;
    while (k < tokens.length && tokens[k]!.sentence === sentence && /^[ \t]+$/u.test(tokens[k - 1]!.post)) {
      const w = tokenWord(ctx, tokens[k]!);
      if (isTitleHead(w) && /^\p{Ll}/u.test(w)) {
        const endsHere = tokens[k]!.post.trim().startsWith(",") || tokens[k + 1]?.sentence !== sentence;
        if (!endsHere) return none;
        const found = appositive(ctx, k, start - 1);
        return found ?? none;
      }
      k++;
    }
  }
  return none;
}

/** The title ending at `head` read backwards, with its nationality word; `stop` is the opener's index when known. */
function appositive(ctx: ArticleContext, head: number, stop: number): { title: string | null; country: string | null; person: boolean } | null {
  const tokens = ctx.tokens;
  const hw = tokenWord(ctx, tokens[head]!);
  if (!isTitleHead(hw) || !/^\p{Ll}/u.test(hw)) return null;
  let k = head - 1, start = head;
  while (k > stop && k >= 0 && tokens[k]!.sentence === tokens[head]!.sentence && /^[ \t]+$/u.test(tokens[k]!.post) && isTitleModifier(tokenWord(ctx, tokens[k]!)) && /^\p{Ll}/u.test(tokenWord(ctx, tokens[k]!))) { start = k; k--; }
  let country: string | null = null;
  if (k > stop && k >= 0 && tokens[k]!.sentence === tokens[head]!.sentence && /^[ \t]+$/u.test(tokens[k]!.post)) {
    const w = tokenWord(ctx, tokens[k]!);
    const two = k > 0 ? `${tokenWord(ctx, tokens[k - 1]!)} ${w}` : "";
    const code2 = two ? countryOfDemonym(two) : null;
    const code = code2 ?? countryOfDemonym(w) ?? (isPossessive(ctx.text, tokens[k]!) ? countryByName(w)?.code ?? null : null);
    if (code) { country = code; k -= code2 ? 2 : 1; }
  }
  // Only after an opener ("the", "a") or at the start of the sentence: "officials said the mayor, X" is read the same way.
  const opener = k >= 0 ? tokens[k] : undefined;
  const opens = !opener || opener.sentence !== tokens[head]!.sentence || APPOSITION_OPENERS.has(opener.normal);
  if (!opens) return null;
  const title = ctx.text.slice(tokens[start]!.start, tokens[head]!.end);
  return { title: NOT_LISTED.has(title.toLowerCase()) ? null : title, country, person: true };
}
