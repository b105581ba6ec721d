// Small helpers over the htmlparser2/domhandler tree, written for speed: the cleaner walks every
// node of a page a few times, so these avoid selector engines and intermediate arrays.
import type { AnyNode, Element } from "domhandler";

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
