// HTML pages: structured data first (JSON-LD, <meta>), then pruning by meaning (nav, aside ...),
// then by class/id markers grouped by kind, then the body is the element holding most paragraphs.
import * as cheerio from "cheerio/slim";
import type { AnyNode, Element } from "domhandler";
import type { RemovedKind } from "../../schema/article.js";
import type { Metadata } from "../doc.js";
import type { Block, CleanResult } from "./block.js";

type Api = cheerio.CheerioAPI;

/** Elements that are never article text. */
const NON_CONTENT = "script, style, noscript, template, svg, iframe, button, input, select, textarea";

interface MarkerRule {
  readonly id: string;
  readonly kind: RemovedKind;
  readonly selector: string;
  readonly reason: string;
}

const MARKER_RULES: readonly MarkerRule[] = [
  { id: "html-navigation", kind: "navigation", selector: "nav, [role=navigation], [role=menubar], header", reason: "page navigation" },
  { id: "html-footer", kind: "footer", selector: "footer, [role=contentinfo]", reason: "the page footer" },
  { id: "html-dialog", kind: "cookie-banner", selector: "[role=dialog], [role=alertdialog], dialog, [aria-modal=true]", reason: "a dialog over the page" },
  { id: "html-consent", kind: "cookie-banner", selector: "[id*=cookie i], [class*=cookie i], [id*=consent i], [class*=consent i], [class*=gdpr i], [id*=gdpr i], #onetrust-consent-sdk, #CybotCookiebotDialog, .qc-cmp2-container, #didomi-host", reason: "a cookie or consent banner" },
  { id: "html-related", kind: "related", selector: "aside, [class*=related i], [id*=related i], [class*=recommend i], [class*=teaser i], [class*=most-read i], [class*=mostread i]", reason: "links to other stories" },
  { id: "html-share", kind: "share", selector: "[class*=share i], [class*=social i], [id*=share i]", reason: "share buttons" },
  { id: "html-newsletter", kind: "newsletter", selector: "[class*=newsletter i], [id*=newsletter i], [class*=subscribe i]", reason: "a newsletter prompt" },
  { id: "html-comments", kind: "comments", selector: "#comments, [class*=comment i], [id*=disqus i]", reason: "reader comments" },
  { id: "html-ad", kind: "ad", selector: "[class*=advert i], [id*=advert i], [class~=ad], [class*=ad-slot i], [class*=sponsor i]", reason: "an advertisement" },
  { id: "html-caption", kind: "caption", selector: "figcaption, [class*=caption i], [class*=credit i]", reason: "a caption or photo credit" },
  { id: "html-hidden", kind: "other", selector: "[hidden], [aria-hidden=true], [style*='display:none' i], [style*='display: none' i]", reason: "hidden content" },
];

const BLOCK_SELECTOR = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd, figcaption";

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function metaContent($: Api, selectors: readonly string[]): string | null {
  for (const s of selectors) {
    const v = $(s).first().attr("content");
    if (v && v.trim()) return collapse(v);
  }
  return null;
}

function readMetadata($: Api): Metadata {
  let title = metaContent($, ["meta[property='og:title']", "meta[name='twitter:title']"]);
  let published = metaContent($, ["meta[property='article:published_time']", "meta[name='date']", "meta[itemprop=datePublished]"]);
  $("script[type='application/ld+json']").each((_, el) => {
    try {
      const data: unknown = JSON.parse($(el).text());
      for (const item of Array.isArray(data) ? data : [data]) {
        if (item && typeof item === "object") {
          const o = item as Record<string, unknown>;
          if (!title && typeof o["headline"] === "string") title = collapse(o["headline"]);
          if (!published && typeof o["datePublished"] === "string") published = o["datePublished"];
        }
      }
    } catch {
      // Broken JSON-LD is common; the page's other signals still apply.
    }
  });
  title ??= collapse($("h1").first().text()) || collapse($("title").first().text()) || null;
  published ??= $("time[datetime]").first().attr("datetime") ?? null;
  const language = ($("html").attr("lang") ?? "").trim().slice(0, 2).toLowerCase() || null;
  const iso = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  return { title, published: iso, language };
}

/** The element whose own paragraphs hold the most text: the article body. */
function mainContent($: Api): cheerio.Cheerio<AnyNode> {
  const article = $("article, [itemprop=articleBody], main").first();
  if (article.length && collapse(article.text()).length > 200) return article;
  const score = new Map<Element, number>();
  $("p").each((_, p) => {
    const parent = p.parent;
    if (parent && parent.type === "tag") score.set(parent, (score.get(parent) ?? 0) + collapse($(p).text()).length);
  });
  let best: Element | null = null;
  for (const [el, s] of score) if (!best || s > (score.get(best) ?? 0)) best = el;
  return best ? $(best) : $("body");
}

export function cleanHtml(input: string): CleanResult {
  const $ = cheerio.load(input);
  const meta = readMetadata($);
  $(NON_CONTENT).remove();
  const removedBlocks: Block[] = [];
  const pageText = collapse($("body").text()).length;
  for (const rule of MARKER_RULES) {
    $(rule.selector).each((_, el) => {
      const node = $(el);
      const text = collapse(node.text());
      // Never delete a node that holds most of the page: pages about cookies must survive.
      if (text.length > pageText / 2) return;
      if (text) removedBlocks.push({ text, removal: { kind: rule.kind, text, ruleId: rule.id, reason: rule.reason } });
      node.remove();
    });
  }
  const main = mainContent($);
  const blocks: Block[] = [];
  main.find(BLOCK_SELECTOR).each((_, el) => {
    const node = $(el);
    if (node.parents(BLOCK_SELECTOR).length) return;
    const text = collapse(node.text());
    if (text) blocks.push({ text });
  });
  if (!blocks.length) {
    const text = collapse(main.text());
    if (text) blocks.push({ text });
  }
  return { blocks: [...blocks, ...removedBlocks], meta };
}
