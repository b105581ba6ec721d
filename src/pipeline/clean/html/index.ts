// HTML pages, as a written cascade: the page's structured data first (JSON-LD, <meta>), then
// boilerplate marked by meaning and by marker (mark.ts), then the article's element: the one the
// page declares (itemprop=articleBody, the <article> with the main heading) when it agrees with the
// element with the most prose, else that one (select.ts), and when what is kept is too short for
// the page, the block with the most text (fallback.ts). Each removal names the step that made it. Nothing is deleted: every block comes back, the removed ones with the
// rule that removed them, so that --keep-boilerplate can print them in place.
import type { Block, CleanResult } from "../block.js";
import { isoDate } from "../dates.js";
import type { Root } from "./dom.js";
import { withPage } from "./dom.js";
import { linearize } from "./linearize.js";
import { markBoilerplate } from "./mark.js";
import { readPage } from "./metadata.js";
import { judgeWithFallback } from "./fallback.js";
import { chooseContainer } from "./select.js";

export function cleanHtml(input: string): CleanResult {
  return withPage(input, cleanPage);
}

function cleanPage(dom: Root): CleanResult {
  const { meta, articleBody } = readPage(dom);
  const marks = markBoilerplate(dom);
  const htmlBlocks = linearize(dom, marks);
  const choice = chooseContainer(htmlBlocks);
  const { verdicts, note } = judgeWithFallback(htmlBlocks, choice);
  let blocks: Block[] = htmlBlocks.map((b, i) => {
    const v = verdicts[i]!;
    return v.keep ? { text: b.text } : { text: b.text, group: v.group, removal: { kind: v.kind, text: b.text, ruleId: v.ruleId, reason: v.reason } };
  });
  if (articleBody !== null) blocks = preferArticleBody(blocks, articleBody);
  const notes = note ? [note] : [];
  return { blocks, meta: meta.published ? meta : { ...meta, published: removedDate(blocks) }, notes };
}

/**
 * Below this share of the JSON-LD article body, what the page shows is a teaser or an empty shell
 * that a script fills in (a paywall, an app page): the article is the body the page declares.
 */
const MIN_SHOWN_SHARE = 0.3;
/** A declared body shorter than this is a summary, not the article. */
const MIN_ARTICLE_BODY = 500;

function preferArticleBody(blocks: readonly Block[], articleBody: string): Block[] {
  const shown = blocks.reduce((n, b) => n + (b.removal ? 0 : b.text.length), 0);
  if (articleBody.length < MIN_ARTICLE_BODY || shown >= articleBody.length * MIN_SHOWN_SHARE) return [...blocks];
  const group = { id: "shown" };
  const superseded = blocks.map((b): Block => (b.removal ? b : { text: b.text, group, removal: { kind: "other", text: b.text, ruleId: "html-json-ld-body", reason: "the page shows little of the article; its JSON-LD holds the whole body" } }));
  const paragraphs = articleBody.split(/\n\s*\n|\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter((p) => p !== "");
  return [...superseded, ...paragraphs.map((text) => ({ text }))];
}

/** Without a date in the metadata, the first removed byline or date line that holds one. */
function removedDate(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    if (b.removal?.kind !== "credit") continue;
    const date = isoDate(b.text);
    if (date) return date;
  }
  return null;
}
