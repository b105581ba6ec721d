// Layers one and two of HTML cleaning: mark the elements that are not the article, by meaning and by
// marker, without deleting anything yet (--keep-boilerplate still prints them, and every mark becomes
// one entry of removed[]). An element that holds most of the page's prose is never marked: a page
// about cookies, or a site that puts its whole article into <div class="content-with-sidebar">,
// must survive its own class names.
import { trimmedLength } from "../../../util/space.js";
import type { AnyNode, Element } from "./dom.js";
import { isElement, NO_TEXT_TAGS } from "./dom.js";
import type { ElementRule } from "./rules.js";
import { ELEMENT_RULES, HIDDEN_RULE, markerOf } from "./rules.js";

/** Share of the page's prose above which an element is the article, whatever its markers say. */
const PROTECTED_PROSE_SHARE = 0.5;
/** A text node this long is prose, not a label or a link title (for the protection above). */
const MIN_PROSE_RUN = 40;

export type Marks = Map<Element, ElementRule>;

/** Characters of prose under each element: long text runs outside links. */
function measureProse(root: AnyNode, prose: Map<Element, number>): number {
  let total = 0;
  const visit = (node: AnyNode, inLink: boolean): number => {
    if (node.type === "text") {
      if (inLink) return 0;
      const len = trimmedLength(node.data);
      return len >= MIN_PROSE_RUN ? len : 0;
    }
    if (!isElement(node) && node.type !== "root") return 0;
    if (isElement(node) && NO_TEXT_TAGS.has(node.name)) return 0;
    const link = inLink || (isElement(node) && node.name === "a");
    let sum = 0;
    for (const c of (node as Element).children) sum += visit(c, link);
    if (isElement(node)) prose.set(node, sum);
    return sum;
  };
  total = visit(root, false);
  return total;
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a["hidden"] !== undefined || a["aria-hidden"] === "true") return true;
  const style = a["style"];
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function contains(el: Element, tag: string): boolean {
  const stack: Element[] = [el];
  while (stack.length) {
    for (const c of stack.pop()!.children) {
      if (!isElement(c)) continue;
      if (c.name === tag) return true;
      stack.push(c);
    }
  }
  return false;
}

/**
 * Which element rules' markers match each `id class` seen on the page, kept per page: a page
 * repeats its class names (every card of a grid, every paragraph of the article), and each
 * element would otherwise test every marker pattern anew.
 */
class MarkerHits {
  private readonly seen = new Map<string, readonly boolean[]>();

  of(id: string, className: string): readonly boolean[] {
    const key = `${id}\u0000${className}`;
    let hits = this.seen.get(key);
    if (hits === undefined) {
      const marker = markerOf(id, className);
      hits = ELEMENT_RULES.map((rule) => marker !== " " && (rule.match.marker?.test(marker) ?? false));
      this.seen.set(key, hits);
    }
    return hits;
  }
}

function ruleFor(el: Element, markerHits: readonly boolean[], insideArticle: boolean): ElementRule | null {
  if (isHidden(el)) return HIDDEN_RULE;
  const role = el.attribs["role"] ?? "";
  for (let i = 0; i < ELEMENT_RULES.length; i++) {
    const rule = ELEMENT_RULES[i]!;
    const m = rule.match;
    const hit = (m.tags?.includes(el.name) ?? false) || (role !== "" && (m.roles?.includes(role) ?? false)) || markerHits[i]!;
    if (!hit) continue;
    // An article's own <header> holds its headline and lead, not the site's menu.
    if (rule.id === "html-header" && (insideArticle || contains(el, "h1"))) continue;
    return rule;
  }
  return null;
}

/** Containers whose name says "this is the article": markers inside them are read more strictly. */
const ARTICLE_TAGS: ReadonlySet<string> = new Set(["article", "main"]);

export function markBoilerplate(root: AnyNode): Marks {
  const prose = new Map<Element, number>();
  const total = measureProse(root, prose);
  const marks: Marks = new Map();
  const markers = new MarkerHits();
  const visit = (node: AnyNode, insideArticle: boolean): void => {
    const children = isElement(node) || node.type === "root" ? (node as Element).children : [];
    for (const child of children) {
      if (!isElement(child) || NO_TEXT_TAGS.has(child.name)) continue;
      if (child.name === "body" || child.name === "html") {
        visit(child, insideArticle);
        continue;
      }
      // A custom element's name says what it is as a class would ("pp-inline-teaser", "amp-ad").
      const custom = child.name.includes("-") ? ` ${child.name}` : "";
      const rule = ruleFor(child, markers.of(child.attribs["id"] ?? "", `${child.attribs["class"] ?? ""}${custom}`), insideArticle);
      const own = prose.get(child) ?? 0;
      const protectedByProse = (total > 0 && own >= total * PROTECTED_PROSE_SHARE) || (rule?.maxProse !== undefined && own > rule.maxProse);
      if (rule && !protectedByProse) {
        marks.set(child, rule);
        continue;
      }
      visit(child, insideArticle || ARTICLE_TAGS.has(child.name) || child.attribs["itemprop"] === "articleBody");
    }
  };
  visit(root, false);
  return keepGalleryCaptions(marks, prose, total);
}

/**
 * Captions that together hold most of the page's prose are the article: a gallery or slideshow
 * tells its story one picture at a time.
 */
function keepGalleryCaptions(marks: Marks, prose: ReadonlyMap<Element, number>, total: number): Marks {
  let captions = 0;
  for (const [el, rule] of marks) if (rule.kind === "caption") captions += prose.get(el) ?? 0;
  if (total === 0 || captions < total * PROTECTED_PROSE_SHARE) return marks;
  return new Map([...marks].filter(([, rule]) => rule.kind !== "caption"));
}
