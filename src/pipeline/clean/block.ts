import type { Metadata, Removal } from "../doc.js";

/** A unit of the page as the cleaners see it: a paragraph, a heading, a list item, a line. */
export interface Block {
  readonly text: string;
  /** Set when a rule removed the block. */
  readonly removal?: Removal;
}

/** What a cleaner returns: the page's blocks in order, and what it learned about the page. */
export interface CleanResult {
  readonly blocks: readonly Block[];
  readonly meta: Metadata;
}

/** Longest text kept in a removed[] entry: enough to recognise it, not a copy of the page. */
const MAX_REMOVED_TEXT = 200;

export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= MAX_REMOVED_TEXT ? flat : `${flat.slice(0, MAX_REMOVED_TEXT - 1).trimEnd()}…`;
}
