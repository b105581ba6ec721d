// What the whole article says about how to read its names: is it a sports report (place names
// are then mostly teams), and which country does its dateline name.
import { SPORT_WORDS } from "../../../data/sports.js";
import type { ArticleDoc, Token } from "../../doc.js";
import { wordOf } from "./words.js";

export interface ArticleContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sports: boolean;
}

/** Results lines ("Barnsley 2 Sheffield United 1") needed to call an article a sports report. */
const MIN_RESULT_LINES = 3;
const RESULT_LINE = /^\s*\p{Lu}[\p{L}.' -]*\s+\d{1,3}\s+\p{Lu}[\p{L}.' -]*\s+\d{1,3}\b/mu;

/** "SOCCER - ...", "CRICKET - ..." and similar slugs that open a sports story. */
function sportsSlug(text: string): boolean {
  const m = /^\s*([A-Za-z][A-Za-z ]{1,30}?)\s+[-–—]\s/.exec(text);
  return !!m && SPORT_WORDS.has(m[1]!.toLowerCase());
}

export function articleContext(doc: Pick<ArticleDoc, "text" | "tokens">): ArticleContext {
  let results = 0;
  for (const line of doc.text.split("\n")) if (RESULT_LINE.test(line) && ++results >= MIN_RESULT_LINES) break;
  return { text: doc.text, tokens: doc.tokens, sports: sportsSlug(doc.text) || results >= MIN_RESULT_LINES };
}

/** Index of the word before token i in the same sentence, skipping articles ("at the Oval"). */
export function previousWord(ctx: ArticleContext, i: number, skipArticles = true): number | null {
  const t = ctx.tokens[i];
  for (let k = i - 1; k >= 0; k--) {
    const p = ctx.tokens[k]!;
    if (!t || p.sentence !== t.sentence) return null;
    if (skipArticles && (p.normal === "the" || p.normal === "a")) continue;
    return k;
  }
  return null;
}

export const lowerWord = (ctx: ArticleContext, i: number | null): string =>
  i === null ? "" : wordOf(ctx.text, ctx.tokens[i]!).toLowerCase();
