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
const MAX_REPEAT_DISTANCE = 1000;

export interface Title {
  readonly meta: Metadata;
  /** Index of the line where the headline stands above the article, or null. */
  readonly line: number | null;
  /**
   * Every line after the first that repeats the headline: pages show it in breadcrumbs, sticky
   * headers and print headers as well as above the article, so each is a place the article may start.
   */
  readonly repeats: readonly number[];
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
/** Share of shared words above which a line repeats the title (sites shorten or extend it a little). */
const MIN_TITLE_OVERLAP = 0.9;

function sameHeadline(title: string, line: string): boolean {
  if (line === title) return true;
  if (line.length >= 12 && title.startsWith(line)) return true;
  const a = new Set(title.split(" "));
  const b = new Set(line.split(" "));
  if (b.size > a.size * 2 || a.size < 3) return false;
  let shared = 0;
  for (const w of b) if (a.has(w)) shared++;
  return shared / Math.max(a.size, b.size) >= MIN_TITLE_OVERLAP;
}

export function titleOf(lines: readonly TextLine[]): Title {
  const first = lines[0]?.text;
  if (first === undefined || !looksLikeHeadline(first)) return { meta: EMPTY_METADATA, line: null, repeats: [] };
  const title = withoutSiteName(first);
  const k = key(title);
  const limit = Math.min(lines.length, MAX_REPEAT_DISTANCE);
  const repeats: number[] = [];
  for (let i = 1; i < limit; i++) if (sameHeadline(k, key(lines[i]!.text))) repeats.push(i);
  const line = repeats[0];
  if (line !== undefined) return { meta: { ...EMPTY_METADATA, title: lines[line]!.text }, line, repeats };
  return { meta: { ...EMPTY_METADATA, title }, line: 0, repeats };
}
