// Quotes of texts with hand-made entities (test/helpers/hand-doc.ts), so that attribution is
// tested independently of the entity stage's quality.
import { quotes } from "../../../../../src/pipeline/extract/quotes/index.js";
import type { Article } from "../../../../../src/schema/article.js";
import type { HandOrganization, HandPerson } from "../../../../helpers/hand-doc.js";
import { ctxFor, handDoc } from "../../../../helpers/hand-doc.js";

export type QuoteOut = Article["quotes"][number];

/** The quotes stage run on a document with the given people and organisations. */
export function quotesOf(text: string, people: readonly HandPerson[] = [], organizations: readonly HandOrganization[] = []): QuoteOut[] {
  return [...quotes.run(handDoc(text, { people, organizations }), ctxFor()).quotes];
}

/** speaker: text, for compact expectations. */
export const said = (qs: readonly QuoteOut[]): string[] => qs.map((q) => `${q.speaker ?? "?"}: ${q.text}`);
