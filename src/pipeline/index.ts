// The pipeline: one document object goes through these stages in this order. Order is data; each
// line says why a stage sits where it does.
import { createHash } from "node:crypto";
import type { Article, ErrorCode, SourceRef } from "../schema/article.js";
import { clean } from "./clean/index.js";
import { decode } from "./decode.js";
import type { ArticleDoc, Ctx, Message } from "./doc.js";
import { newDoc } from "./doc.js";
import { agreements } from "./extract/agreements/index.js";
import { dates } from "./extract/dates/index.js";
import { entities } from "./extract/entities/index.js";
import { quotes } from "./extract/quotes/index.js";
import { published } from "./published.js";
import { resolve } from "./resolve/index.js";
import { language } from "./language.js";
import { segment } from "./segment.js";
import { sniff } from "./sniff.js";
import type { Stage } from "./stage.js";
import { InputFailure } from "./stage.js";
import { validate } from "./validate.js";
import { withinDetail, withTailScan } from "./window.js";

export const STAGES: readonly Stage[] = [
  sniff,        // first: the format decides how the bytes are decoded (HTML declares its charset)
  decode,        // bytes -> string, line ends normalised once so every later offset agrees
  clean,         // boilerplate out, metadata in; everything below reads doc.text only
  language,      // from the cleaned text when the page declares none; extractors tuned for English read it
  segment,       // paragraphs, sentences and the one compromise pass that every extractor shares
  published,     // the article's date from a dateline or its first lines, when metadata had none: the anchor of every relative date below
  withTailScan(entities),  // people, organizations, places: needed by all that follow (a huge document's tail: window.ts)
  resolve,       // aliases and countries, so that later stages use canonical names
  // withinDetail: these three read a huge document only as far as it was tagged (window.ts)
  withinDetail(dates),       // anchored on doc.meta.published, which clean found
  withinDetail(quotes),      // speakers are canonical people and organizations
  withinDetail(agreements),  // last extractor: parties, dates and places come from everything above
  validate,      // assemble the output object and check it against the schema and its offsets
];


export type PipelineResult =
  | { readonly ok: true; readonly article: Article; readonly messages: readonly Message[] }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string; readonly messages: readonly Message[] };

export function runPipeline(raw: Uint8Array, from: string | null | SourceRef, ctx: Ctx): PipelineResult {
  const sha256 = createHash("sha256").update(raw).digest("hex");
  let doc: ArticleDoc = newDoc(raw, from, sha256);
  for (const stage of STAGES) {
    const started = performance.now();
    try {
      doc = stage.run(doc, ctx);
      ctx.debug(() => `stage ${stage.name}: ${(performance.now() - started).toFixed(1)} ms`);
    } catch (err) {
      const messages = [...doc.messages, { stage: stage.name, severity: "error" as const, text: String((err as Error)?.message ?? err) }];
      if (err instanceof InputFailure) return { ok: false, code: err.code, message: err.message, messages };
      if (stage.essential) return { ok: false, code: "internal", message: `internal error in ${stage.name}: ${(err as Error)?.message ?? err}`, messages };
      ctx.debug(() => `${stage.name} failed: ${(err as Error)?.stack ?? err}`);
      doc = { ...doc, messages };
    }
  }
  if (!doc.article) return { ok: false, code: "internal", message: "internal error: no article was assembled", messages: doc.messages };
  return { ok: true, article: doc.article, messages: doc.messages };
}
