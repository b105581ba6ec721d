// The page as a tree, and small functions over it. cheerio/slim parses (with htmlparser2, the fast
// forgiving parser; full cheerio would load parse5, 3-4x slower per page) and its root is a plain
// domhandler tree: the cleaner walks every node of a page a few times, so the walks below work on
// those nodes directly, without selector engines or intermediate arrays.
import { createRequire } from "node:module";
import type { CheerioAPI } from "cheerio/slim";

type Load = CheerioAPI["load"];
let cheerioLoad: Load | null = null;

/**
 * cheerio is required on the first page, not imported with the pipeline: a fifth of the start-up
 * was spent loading it for plain-text input, which never uses it.
 */
function load(html: string): CheerioAPI {
  cheerioLoad ??= (createRequire(import.meta.url)("cheerio/slim") as { load: Load }).load;
  return cheerioLoad(html);
}

/** The document node at the top of a parsed page. */
export type Root = ReturnType<CheerioAPI["root"]>[number];
/** Any node below it: element, text, comment, processing instruction. */
export type ChildNode = Root["children"][number];
export type AnyNode = Root | ChildNode;
/** Elements are the nodes with attributes (tags, and script and style). */
export type Element = Extract<ChildNode, { attribs: unknown }>;
export type ParentNode = NonNullable<ChildNode["parent"]>;

/**
 * Parses a whole page (missing <html>, <head> and <body> are fine) and hands its root to `use`.
 * The object cheerio's load() returns keeps the tree reachable until the next full garbage
 * collection, so every page's tree was copied into the old generation (measured on the development
 * pages: garbage collection 15x, parsing 1.7x slower); emptying the root once `use` is done lets
 * the tree die young.
 */
export function withPage<T>(html: string, use: (root: Root) => T): T {
  const root = load(html).root()[0]!;
  try {
    return use(root);
  } finally {
    root.children = [];
  }
}

export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** All text under a node, as the browser would show it before whitespace is collapsed. */
export function rawText(node: AnyNode): string {
  if (node.type === "text") return node.data;
  if (!isElement(node) && node.type !== "root") return "";
  if (isElement(node) && NO_TEXT_TAGS.has(node.name)) return "";
  let out = "";
  for (const child of (node as Element).children) out += rawText(child);
  return out;
}

/** Elements whose content is never visible text. */
export const NO_TEXT_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
  "head", "title", "meta", "link", "select", "option", "textarea", "input", "button",
]);

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? "";
}
