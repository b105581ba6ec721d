// The last step of the cascade: when the article the cleaner kept is too short for the page, it
// takes the block with the most text instead, so that `text` is never empty while the page holds an
// article. A forum thread sits in markup named like comments; a blog of links is all links.
import type { HtmlBlock } from "./linearize.js";
import type { Choice, Verdict } from "./select.js";
import { judgeBlocks, scoredContainer } from "./select.js";
import type { ElementRule } from "./rules.js";

/** Below this many characters kept, the cleaner looks again. */
const MIN_KEPT_CHARS = 200;
/** What is never the article, whatever else fails: hidden elements, consent banners, dialogs. */
const NEVER_ARTICLE: ReadonlySet<string> = new Set(["html-hidden", "html-consent", "html-dialog", "html-popup"]);

const keptChars = (blocks: readonly HtmlBlock[], verdicts: readonly Verdict[]): number =>
  verdicts.reduce((n, v, i) => n + (v.keep ? blocks[i]!.text.length : 0), 0);

export interface Judged {
  readonly verdicts: Verdict[];
  /** Said once per page when the fallback was taken, for the messages. */
  readonly note: string | null;
}

const FALLBACK_REASON = "the article found was too short for the page: the block with the most text was taken instead";

/**
 * The verdicts of the cascade, or of its fallback when those keep less than MIN_KEPT_CHARS and the
 * fallback keeps more: first the element with the most prose when marks (comments, related boxes)
 * are disregarded, then the element with the most text when links count as text too.
 */
export function judgeWithFallback(blocks: readonly HtmlBlock[], choice: Choice): Judged {
  const verdicts = judgeBlocks(blocks, choice);
  const kept = keptChars(blocks, verdicts);
  if (kept >= MIN_KEPT_CHARS) return { verdicts, note: null };
  const usable = (rule: ElementRule | null): boolean => rule === null || !NEVER_ARTICLE.has(rule.id);
  // Comment and related markup may hold the article (a forum's first post); menus and footers of
  // a page of links stay marked.
  const unmarked = blocks.map((b) => (b.mark && usable(b.rule) ? { ...b, mark: null, rule: null } : b));
  const attempts: [readonly HtmlBlock[], "prose" | "text"][] = [[unmarked, "prose"], [blocks, "text"]];
  let best: Judged = { verdicts, note: null };
  let bestKept = kept;
  for (const [candidates, by] of attempts) {
    const container = scoredContainer(candidates, by);
    if (!container) continue;
    // What the fallback leaves out keeps the rule that removed it first (a menu stays a menu).
    const v = judgeBlocks(candidates, { container, step: "fallback", reason: FALLBACK_REASON }, by === "text").map((x, i) => (x.keep || !blocks[i]!.mark ? x : verdicts[i]!));
    const n = keptChars(blocks, v);
    // The fallback adds to a short article, it never swaps it for a sidebar.
    if (n > bestKept && verdicts.every((old, i) => !old.keep || v[i]!.keep)) {
      best = { verdicts: v, note: `clean: ${FALLBACK_REASON} (${by === "prose" ? "disregarding comment and related markup" : "counting link text"})` };
      bestKept = n;
    }
    if (bestKept >= MIN_KEPT_CHARS) break;
  }
  return best;
}
