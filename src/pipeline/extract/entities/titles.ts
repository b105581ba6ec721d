// Titles before a name: "Japanese Defense Minister Shinjiro Koizumi" is a person, Shinjiro
// Koizumi, with the title "Defense Minister" and the country JP; "his South Korean counterpart
// Ahn Gyu-back" gives Ahn the country KR. Titles inside the capitalised run are peeled off it;
// lower-case titles are read from the words before it.
import { countryByName, countryOfDemonym } from "../../../data/places/countries.js";
import { isHonorific, isTitleHead, isTitleModifier } from "../../../data/titles.js";
import type { Token } from "../../doc.js";
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
  const ofTitle = first >= 2 && ctx.tokens[first - 1]!.normal === "of" && isTitleHead(tokenWord(ctx, ctx.tokens[first - 2]!));
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
    }
    if (isHonorific(w)) { honorificEnd = i; person = true; i++; continue; }
    if (isTitleHead(w) || isTitleModifier(w)) {
      if (titleStart < 0) titleStart = i;
      if (isTitleHead(w) || ofTitle) headEnd = i;
      i++;
      continue;
    }
    break;
  }
  const cut = Math.max(headEnd, honorificEnd);
  if (cut < 0) return { nameFirst: first, title: null, country: null, person: false, places: [] };
  let title: string | null = null;
  if (headEnd >= 0 && titleStart >= 0 && titleStart <= headEnd) {
    const s = ctx.tokens[titleStart]!.start, e = ctx.tokens[headEnd]!.end;
    title = ctx.text.slice(s, e).replace(/['’]s$/u, "");
    if (NOT_LISTED.has(title.toLowerCase())) title = null;
  }
  return { nameFirst: cut + 1, title, country, person: person || headEnd >= 0, places };
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
