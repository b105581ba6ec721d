// The page as a tree, and small functions over it. htmlparser2 parses (the fast forgiving parser that
// cheerio/slim uses; parse5 is 3-4x slower per page) into a plain domhandler tree: the cleaner walks
// every node of a page a few times, so the walks below work on those nodes directly, without
// selector engines or intermediate arrays.
import type { CheerioAPI } from "cheerio/slim";
import type { Handler } from "htmlparser2";
import { DomHandler, Parser } from "htmlparser2";

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
 * Emptying the root once `use` is done lets the tree die young: a tree kept reachable until the
 * next full garbage collection is copied into the old generation (measured on the development
 * pages: garbage collection 15x, parsing 1.7x slower).
 */
export function withPage<T>(html: string, use: (root: Root) => T): T {
  const root = parsePage(html);
  try {
    return use(root);
  } finally {
    root.children = [];
  }
}

/**
 * Deepest element the tree keeps. Real pages nest a few dozen levels; broken ones nest without end
 * (5 000 unclosed <font> tags, <div> nested 100 000 deep). htmlparser2 keeps its open elements in an
 * array that it shifts at every tag (time quadratic in the depth: 100 000 levels took 10 s), and
 * every walk over the tree costs its depth.
 */
export const MAX_DEPTH = 200;

/** Elements whose content is one raw text node: kept at any depth, so that scripts never show as text. */
const RAW_TEXT_TAGS: ReadonlySet<string> = new Set(["script", "style"]);

/** The parser's private state and steps that the depth limit below takes part in. */
interface ParserInternals {
  readonly stack: readonly string[];
  attribs: Record<string, string> | null;
  openTagStart: number;
  startIndex: number;
  tagname: string;
  emitOpenTag(name: string): void;
  isVoidElement(name: string): boolean;
  end(chunk?: string): void;
}

const OpenParser = Parser as unknown as new (cbs: Partial<Handler>) => ParserInternals;

/**
 * htmlparser2's parser (with the options cheerio/slim uses), except that tags opened below
 * `maxDepth` open no element: their text stays in the deepest element kept, and their closing tags
 * close it and its ancestors as a browser closes misnested tags. The limit is a method of a
 * subclass, not a closure put on each parser: a function property set per instance made every
 * parser method slower (the whole parse 3x on the development pages).
 */
class DepthLimitedParser extends OpenParser {
  constructor(handler: Partial<Handler>, private readonly maxDepth: number) {
    super(handler);
  }

  override emitOpenTag(name: string): void {
    if (this.stack.length < this.maxDepth || this.isVoidElement(name) || RAW_TEXT_TAGS.has(name)) {
      super.emitOpenTag(name);
      return;
    }
    // Not opened: no element, no attributes collected, nothing pushed on the parser's stack.
    this.openTagStart = this.startIndex;
    this.tagname = name;
    this.attribs = null;
  }
}

/** The page as DepthLimitedParser parses it. */
export function parsePage(html: string, maxDepth = MAX_DEPTH): Root {
  const handler = new DomHandler();
  new DepthLimitedParser(handler, maxDepth).end(html);
  return handler.root as Root;
}

export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** All text under a node, as the browser would show it before whitespace is collapsed. */
export function rawText(node: AnyNode): string {
  let out = "";
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "text") { out += n.data; continue; }
    if (!isElement(n) && n.type !== "root") continue;
    if (isElement(n) && NO_TEXT_TAGS.has(n.name)) continue;
    const children = (n as Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
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
