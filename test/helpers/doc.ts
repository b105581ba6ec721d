// Builds a document the way the pipeline does, up to a given stage, for unit tests of later stages.
import { contextFrom, type ExtractOptions } from "../../src/index.js";
import type { ArticleDoc } from "../../src/pipeline/doc.js";
import { newDoc } from "../../src/pipeline/doc.js";
import { STAGES } from "../../src/pipeline/index.js";

/** Runs the stages before `stage` (by name) on `text`; the whole pipeline but validate if none is given. */
export function docUntil(text: string, stage = "validate", options: ExtractOptions = { referenceDate: "2026-02-01" }): ArticleDoc {
  const ctx = contextFrom(options);
  let doc = newDoc(new TextEncoder().encode(text), null, "0".repeat(64));
  for (const s of STAGES) {
    if (s.name === stage) break;
    doc = s.run(doc, ctx);
  }
  return doc;
}
