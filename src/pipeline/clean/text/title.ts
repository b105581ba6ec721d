// The headline of a pasted page: its first line when that looks like a headline. A page copied from
// a browser starts with the window title ("Headline | Site"), and shows the headline again above the
// article: that second place is where the article starts.
import type { Metadata } from "../../doc.js";
import { EMPTY_METADATA } from "../../doc.js";
import { lineRuleFor } from "../rules.js";
import type { TextLine } from "./lines.js";

/** Longest headline; longer first lines are paragraphs. */
const MAX_TITLE_CHARS = 200;
/** The headline shows up again within this many lines of the start, or not at all. */
const MAX_REPEAT_DISTANCE = 150;

export interface Title {
  readonly meta: Metadata;
  /** Index of the line where the headline stands above the article, or null. */
  readonly line: number | null;
}

/** "Headline | Site", "Headline - Site", "Headline – Site": the window title carries the site name. */
function withoutSiteName(line: string): string {
  const parts = line.split(/\s+[|–—·»]\s+|\s+-\s+(?=[^-]*$)/);
  if (parts.length < 2) return line;
  const head = parts.slice(0, -1).join(" - ");
  // A last part of more than six words is a subtitle, not a site name.
  return parts[parts.length - 1]!.split(/\s+/).length <= 6 && head.split(/\s+/).length >= 2 ? head : line;
}

export function looksLikeHeadline(line: string): boolean {
  return line.length <= MAX_TITLE_CHARS && /\p{L}/u.test(line) && !/[,;:]$/.test(line) && line.split(/\s+/).length >= 2 && !lineRuleFor(line);
}

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export function titleOf(lines: readonly TextLine[]): Title {
  const first = lines[0]?.text;
  if (first === undefined || !looksLikeHeadline(first)) return { meta: EMPTY_METADATA, line: null };
  const title = withoutSiteName(first);
  const k = key(title);
  const limit = Math.min(lines.length, MAX_REPEAT_DISTANCE);
  for (let i = 1; i < limit; i++) {
    const lk = key(lines[i]!.text);
    if (lk === k || (lk.length >= 12 && k.startsWith(lk))) return { meta: { ...EMPTY_METADATA, title: lines[i]!.text }, line: i };
  }
  return { meta: { ...EMPTY_METADATA, title }, line: 0 };
}
