// Clean: decoded input -> the article body in doc.text, plus metadata and a record of every removal.
// Everything downstream reads doc.text only, so boilerplate left here becomes false people, places
// and agreements later, and a paragraph lost here loses facts.
import type { Stage } from "../stage.js";
import type { CleanResult } from "./block.js";
import { removalsOf } from "./block.js";
import { cleanHtml } from "./html/index.js";
import { wireTrailerAuthors } from "./news-rules.js";
import { cleanText } from "./text/index.js";

export const clean: Stage = {
  name: "clean",
  essential: true,
  run(doc, ctx) {
    const result = withTrailerAuthors(doc.format === "html" ? cleanHtml(doc.input) : cleanText(doc.input));
    const kept = ctx.keepBoilerplate ? result.blocks : result.blocks.filter((b) => !b.removal);
    const text = kept.map((b) => b.text.trim()).filter((t) => t !== "").join("\n\n");
    const removed = removalsOf(result.blocks);
    for (const r of removed) ctx.debug(() => `clean: removed ${r.kind} by ${r.ruleId} (${r.reason}): ${r.text}`);
    const notes = result.notes ?? [];
    for (const n of notes) ctx.debug(() => n);
    const messages = notes.length ? [...doc.messages, ...notes.map((text) => ({ stage: "clean", severity: "warning" as const, text }))] : doc.messages;
    return { ...doc, text, removed, meta: result.meta, messages };
  },
};

/**
 * The reporters and writers a removed wire trailer names ("Reporting by Anna Lee; Editing by Mark
 * Potter") are the article's authors, after those the page's metadata or byline gave. Editors are
 * not authors and are left out; none of these names reach the text, so none becomes a person.
 */
function withTrailerAuthors(result: CleanResult): CleanResult {
  const authors = [...result.meta.authors];
  for (const b of result.blocks) {
    if (b.removal?.ruleId !== "wire-trailer") continue;
    for (const name of wireTrailerAuthors(b.text)) if (!authors.includes(name)) authors.push(name);
  }
  return authors.length === result.meta.authors.length ? result : { ...result, meta: { ...result.meta, authors } };
}
