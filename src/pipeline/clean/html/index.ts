// HTML pages, as a written cascade: the page's structured data first (JSON-LD, <meta>), then
// boilerplate marked by meaning and by marker (mark.ts), then the article chosen as the element with
// the most prose (select.ts). Nothing is deleted: every block comes back, the removed ones with the
// rule that removed them, so that --keep-boilerplate can print them in place.
import type { Block, CleanResult } from "../block.js";
import type { Root } from "./dom.js";
import { withPage } from "./dom.js";
import { linearize } from "./linearize.js";
import { markBoilerplate } from "./mark.js";
import { readMetadata } from "./metadata.js";
import { judgeBlocks } from "./select.js";

export function cleanHtml(input: string): CleanResult {
  return withPage(input, cleanPage);
}

function cleanPage(dom: Root): CleanResult {
  const meta = readMetadata(dom);
  const marks = markBoilerplate(dom);
  const htmlBlocks = linearize(dom, marks);
  const verdicts = judgeBlocks(htmlBlocks);
  const blocks: Block[] = htmlBlocks.map((b, i) => {
    const v = verdicts[i]!;
    return v.keep ? { text: b.text } : { text: b.text, group: v.group, removal: { kind: v.kind, text: b.text, ruleId: v.ruleId, reason: v.reason } };
  });
  return { blocks, meta };
}
