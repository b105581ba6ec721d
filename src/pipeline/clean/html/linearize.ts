// The page as a list of blocks in reading order: every block-level element's own inline content is
// one block (a paragraph, a heading, a list item, a table row). Blocks remember the element they came
// from, how much of their text is link text, and the mark (if any) that removes them.
import { collapsedLength } from "../../../util/space.js";
import type { AnyNode, Element } from "./dom.js";
import { isElement, NO_TEXT_TAGS } from "./dom.js";
import type { Marks } from "./mark.js";
import type { ElementRule } from "./rules.js";

export interface HtmlBlock {
  readonly text: string;
  /** Characters of the text that sit inside links. */
  readonly linkChars: number;
  /** The block-level element that holds the text. */
  readonly owner: Element;
  /** 1-6 inside a heading, else 0. */
  readonly heading: number;
  /** The marked element this block lies in, and the rule that marked it. */
  readonly mark: Element | null;
  readonly rule: ElementRule | null;
}

const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
  "tr", "ul", "caption", "legend", "picture", "video", "audio",
]);
/**
 * Blocks that cannot stand inside a heading: one found there means the heading was never closed
 * (browsers close an <h2> at </h3>, htmlparser2 does not), so its text is not heading text.
 */
const NOT_IN_HEADING: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "dl", "fieldset", "figure", "footer", "form", "header", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
]);
const HEADING_LEVELS: ReadonlyMap<string, number> = new Map([["h1", 1], ["h2", 2], ["h3", 3], ["h4", 4], ["h5", 5], ["h6", 6]]);
const CELL_TAGS: ReadonlySet<string> = new Set(["td", "th"]);
/** A line break inside a block, kept apart from the source's own white space until the end. */
const BR = "\u0001";

export function linearize(root: AnyNode, marks: Marks): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let owner: Element | null = null;
  let heading = 0;
  let mark: Element | null = null;
  let rule: ElementRule | null = null;

  const flush = (): void => {
    if (!parts.length) return;
    const raw = parts.join("");
    parts = [];
    const links = linkChars;
    linkChars = 0;
    if (!owner) return;
    const flat = raw.replace(/\s+/g, " ");
    // Line breaks are rare: most blocks skip the two passes that turn them into new lines.
    const text = (flat.includes(BR) ? flat.replace(/ ?\u0001(?: ?\u0001)+ ?/g, "\n\n").replace(/ ?\u0001 ?/g, "\n") : flat).trim();
    if (text === "") return;
    blocks.push({ text, linkChars: Math.min(links, text.length), owner, heading, mark, rule });
  };

  const visit = (node: AnyNode, inLink: boolean): void => {
    if (node.type === "text") {
      parts.push(node.data);
      if (inLink) linkChars += collapsedLength(node.data);
      return;
    }
    if (!isElement(node)) {
      if (node.type === "root") for (const c of node.children) visit(c, inLink);
      return;
    }
    const el = node;
    if (NO_TEXT_TAGS.has(el.name)) return;
    if (el.name === "br") {
      parts.push(BR);
      return;
    }
    const marked = marks.get(el);
    const isBlock = BLOCK_TAGS.has(el.name) || marked !== undefined;
    if (!isBlock) {
      if (CELL_TAGS.has(el.name)) parts.push(" ");
      const link = inLink || el.name === "a";
      for (const c of el.children) visit(c, link);
      if (CELL_TAGS.has(el.name)) parts.push(" ");
      return;
    }
    flush();
    const saved = { owner, heading, mark, rule };
    owner = el;
    const level = HEADING_LEVELS.get(el.name);
    if (level !== undefined) heading = level;
    else if (NOT_IN_HEADING.has(el.name)) heading = 0;
    if (marked && !mark) {
      mark = el;
      rule = marked;
    }
    for (const c of el.children) visit(c, inLink || el.name === "a");
    flush();
    ({ owner, heading, mark, rule } = saved);
  };

  visit(root, false);
  flush();
  return blocks;
}
