// Plain text copied from a web page: the article sits among menus, teasers, captions, credits and a
// cookie notice, one line per block element of the page. Lines are scored (length, sentence shape,
// keyword rules), the article is the best contiguous run of prose, extended back to its headline,
// and a "Related articles" heading ends the run only once the run has begun (sidebars often come
// first). Plain news text without any of this comes through untouched.
import type { Block, CleanResult } from "../block.js";
import { isoDate } from "../dates.js";
import type { LineRule } from "../rules.js";
import { IMAGE_CREDIT_RULES, lineRuleFor, RELATED_HEADING } from "../rules.js";
import type { TextLine } from "./lines.js";
import { splitLines } from "./lines.js";
import { findRun, isProse, looksLikeWebPage } from "./run.js";
import { titleOf } from "./title.js";

/** Captions are short; a longer line above a credit is article text. */
const MAX_CAPTION_CHARS = 200;
/** Some sites print the credit above the image ("Image source, Getty Images"), its caption below. */
const CREDIT_ABOVE_IMAGE = /^image source\b/iu;
/** Two sentences in a row make a paragraph, not a caption. */
const TWO_SENTENCES = /[.!?]["“”»«)]?\s+\p{Lu}/u;

/**
 * A byline may add the author's beat after a comma ("By Claire Benton, Retail Correspondent"): a
 * part that ends in one of these words is a role, not a second author.
 */
const AUTHOR_ROLE = /(?:^|\s)(?:correspondent|editor|reporter|writer|columnist|contributor|analyst|critic|staff|desk|bureau|chief|korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|autor(?:in)?|correspondant(?:e)?|journaliste|rédacteur|rédactrice|corresponsal|redactor(?:a)?|periodista)$/iu;

/** "Von Anna Muster und Ben Beispiel" -> the names. */
function authorsOf(byline: string): string[] {
  const names = byline.replace(/^\S+\s+/, "");
  return names
    .split(/\s*(?:,|&|\bund\b|\band\b|\bet\b|\by\b|\bi\b)\s*/u)
    .map((n) => n.trim())
    .filter((n) => n.length >= 3 && !AUTHOR_ROLE.test(n));
}

/** A byline stands under the headline, above the first paragraph; lower down a "By ..." line is text. */
const MAX_HEAD_LINES = 4;

/**
 * Plain news text (not a pasted web page) drops the weak rules, but a byline at its head is as
 * sure a byline as on a page: its name is the author's, not a person of the story.
 */
function headBylines(lines: readonly TextLine[], rules: readonly (LineRule | null)[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < Math.min(lines.length, MAX_HEAD_LINES); i++) {
    if (rules[i]?.id === "byline") out.add(i);
    else if (i > 0 && isProse(lines[i]!)) break; // line 0 is the headline, prose-like or not
  }
  return out;
}

/** Kept lines of one paragraph become one block again, so the output keeps the input's paragraphs. */
function toBlocks(lines: readonly TextLine[], verdicts: readonly (Block["removal"] | null)[]): Block[] {
  const blocks: Block[] = [];
  let open: { text: string; paragraph: number } | null = null;
  const close = (): void => {
    if (open) blocks.push({ text: open.text });
    open = null;
  };
  lines.forEach((l, i) => {
    const removal = verdicts[i];
    if (removal) {
      close();
      blocks.push({ text: l.text, removal, group: `${removal.ruleId}/${removal.kind}` });
      return;
    }
    if (open && open.paragraph === l.paragraph) open.text += `\n${l.text}`;
    else {
      close();
      open = { text: l.text, paragraph: l.paragraph };
    }
  });
  close();
  return blocks;
}

export function cleanText(input: string): CleanResult {
  const lines = splitLines(input);
  const title = titleOf(lines);
  const all = lines.map((l) => lineRuleFor(l.text));
  const web = looksLikeWebPage(lines, all);
  const head = web ? new Set<number>() : headBylines(lines, all);
  const rules = web ? all : all.map((r, i) => (r?.weak && !head.has(i) ? null : r));
  const run = findRun(lines, title, rules, web);
  const verdicts = lines.map((l, i): Block["removal"] | null => {
    const rule = rules[i];
    if (rule) return { kind: rule.kind, text: l.text, ruleId: rule.id, reason: rule.reason };
    const next = rules[i + 1];
    if (next && IMAGE_CREDIT_RULES.has(next.id) && !CREDIT_ABOVE_IMAGE.test(lines[i + 1]!.text) && l.text.length <= MAX_CAPTION_CHARS && !TWO_SENTENCES.test(l.text)) {
      return { kind: "caption", text: l.text, ruleId: "caption-above-credit", reason: "the line above a photo credit is the photo's caption" };
    }
    const outside = i < run.start || i > run.end;
    if (run.boxes.has(i) || (outside && run.kindOutside(i) === "related")) {
      return { kind: "related", text: l.text, ruleId: RELATED_HEADING.id, reason: RELATED_HEADING.reason };
    }
    if (outside) return { kind: run.kindOutside(i), text: l.text, ruleId: "text-outside-article", reason: "outside the run of prose that holds the article" };
    return null;
  });
  // The first byline inside the article names its authors, the first date line gives its date.
  const inRun = (id: string): TextLine | undefined => lines.find((_, i) => i >= run.start && i <= run.end && rules[i]?.id === id);
  const byline = inRun("byline");
  const authors = byline ? authorsOf(byline.text) : [];
  const dateline = inRun("dateline");
  const published = dateline ? isoDate(dateline.text) : null;
  let meta = title.meta;
  if (authors.length) meta = { ...meta, authors };
  if (published) meta = { ...meta, published };
  return { blocks: toBlocks(lines, verdicts), meta };
}
