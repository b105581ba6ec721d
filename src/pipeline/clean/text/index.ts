// Plain text copied from a web page: the article sits among menus, teasers, captions, credits and a
// cookie notice. Each line is a block; rules remove what is boilerplate by shape and keywords, and a
// "Related Articles"-like heading after the article body cuts everything that follows it.
import type { Metadata } from "../../doc.js";
import { EMPTY_METADATA } from "../../doc.js";
import type { Block, CleanResult } from "../block.js";
import type { LineRule } from "../rules.js";
import { LINE_RULES, RELATED_HEADING } from "../rules.js";

/** A headline is one short line without a full stop at its end. */
const MAX_TITLE_LENGTH = 200;
/** A related-stories heading only ends the article once some body has been seen. */
const MIN_BODY_BEFORE_CUT = 200;

function matches(rule: LineRule, line: string): boolean {
  return line.length <= rule.maxLength && rule.match.test(line);
}

function removal(rule: LineRule, text: string): Block {
  return { text, removal: { kind: rule.kind, text, ruleId: rule.id, reason: rule.reason } };
}

function looksLikeHeadline(line: string): boolean {
  return line.length <= MAX_TITLE_LENGTH && /\p{L}/u.test(line) && !/[.:;,]$/.test(line) && line.split(/\s+/).length >= 2;
}

/** Paragraphs are separated by blank lines; inside one, lines of wrapped prose belong together. */
function splitBlocks(input: string): string[] {
  return input.split(/\n\s*\n/).flatMap((para) => {
    const lines = para.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    return lines;
  });
}

export function cleanText(input: string): CleanResult {
  const lines = splitBlocks(input);
  const blocks: Block[] = [];
  let bodyLength = 0;
  let cutBy: LineRule | null = null;
  for (const line of lines) {
    const lineRule = LINE_RULES.find((r) => matches(r, line));
    if (lineRule) {
      blocks.push(removal(lineRule, line));
      continue;
    }
    if (!cutBy && bodyLength >= MIN_BODY_BEFORE_CUT) cutBy = matches(RELATED_HEADING, line) ? RELATED_HEADING : null;
    if (cutBy) {
      blocks.push(removal(cutBy, line));
      continue;
    }
    blocks.push({ text: line });
    bodyLength += line.length;
  }
  const first = lines[0];
  const meta: Metadata = { ...EMPTY_METADATA, title: first !== undefined && looksLikeHeadline(first) ? first : null };
  return { blocks, meta };
}
