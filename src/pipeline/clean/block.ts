import type { Metadata, Removal } from "../doc.js";

/** A unit of the page as the cleaners see it: a paragraph, a heading, a list item, a line. */
export interface Block {
  readonly text: string;
  /** Set when a rule removed the block. */
  readonly removal?: Removal;
  /**
   * Neighbouring removed blocks with the same group are one removal (a menu, a cookie banner) and
   * are listed once in removed[]. Compared by identity.
   */
  readonly group?: unknown;
}

/** What a cleaner returns: the page's blocks in order, and what it learned about the page. */
export interface CleanResult {
  readonly blocks: readonly Block[];
  readonly meta: Metadata;
  /** What the cleaner has to say about the page as a whole (a fallback taken), for the messages. */
  readonly notes?: readonly string[];
}

/** Longest text kept in a removed[] entry: enough to recognise it, not a copy of the page. */
const MAX_REMOVED_TEXT = 200;

export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= MAX_REMOVED_TEXT ? flat : `${flat.slice(0, MAX_REMOVED_TEXT - 1).trimEnd()}…`;
}

/** One removed[] entry per run of removed blocks that share a group and a rule. */
export function removalsOf(blocks: readonly Block[]): Removal[] {
  const out: Removal[] = [];
  let last: Block | null = null;
  for (const b of blocks) {
    if (!b.removal) {
      last = null;
      continue;
    }
    const prev = out[out.length - 1];
    if (last?.removal && prev && b.group !== undefined && b.group === last.group && b.removal.ruleId === last.removal.ruleId) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${b.removal.text}` };
    } else {
      out.push(b.removal);
    }
    last = b;
  }
  return out.map((r) => ({ ...r, text: shorten(r.text) }));
}
