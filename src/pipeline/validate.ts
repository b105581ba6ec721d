// Validate: the assembled object must satisfy the schema and every offset must slice `text` back to
// its mention. A failure here is a bug in extract, never in the input: it is reported as an
// internal error and the object is not printed.
import { Article } from "../schema/article.js";
import { joinQuoteParts } from "../util/quote-text.js";
import { assembleArticle } from "./assemble.js";
import type { Stage } from "./stage.js";

function checkOffsets(a: Article): string | null {
  const len = a.text.length;
  const bad = (s: { start: number; end: number }) => s.start > s.end || s.end > len;
  for (const group of [a.people, a.organizations, a.places]) {
    for (const e of group) if (e.mentions.some(bad)) return `a mention of ${e.name} lies outside text`;
  }
  for (const d of a.dates) if (bad(d) || a.text.slice(d.start, d.end) !== d.text) return `date ${JSON.stringify(d.text)} does not match its offsets`;
  for (const q of a.quotes) {
    const fits = !bad(q) && !q.parts.some(bad) && q.parts[0]!.start === q.start && q.parts.at(-1)!.end === q.end;
    if (!fits || joinQuoteParts(a.text, q.parts) !== q.text) return `quote at ${q.start} does not match its offsets`;
  }
  for (const g of a.agreements) if (bad(g) || a.text.slice(g.start, g.end) !== g.sentence) return `agreement at ${g.start} does not match its sentence`;
  return null;
}

export const validate: Stage = {
  name: "validate",
  essential: true,
  run(doc) {
    const parsed = Article.safeParse(assembleArticle(doc));
    if (!parsed.success) throw new Error(`the result does not match the schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    const offsetProblem = checkOffsets(parsed.data);
    if (offsetProblem) throw new Error(offsetProblem);
    return { ...doc, article: parsed.data };
  },
};
