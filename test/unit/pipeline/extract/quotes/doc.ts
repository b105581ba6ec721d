// Hand-built documents for the quote tests: paragraphs, sentences and tokens come from the real
// segment stage; people and organisations are filled in by hand (every occurrence of the given
// names becomes a mention), so attribution is tested independently of the entity stage.
import type { ArticleDoc, EntityMention, OrganizationFinding, PersonFinding } from "../../../../../src/pipeline/doc.js";
import { newDoc } from "../../../../../src/pipeline/doc.js";
import { quotes } from "../../../../../src/pipeline/extract/quotes/index.js";
import { segment } from "../../../../../src/pipeline/segment.js";
import type { Article } from "../../../../../src/schema/article.js";

export interface PersonSpec {
  readonly name: string;
  /** Other names it goes by in the text ("Koizumi"); every occurrence is a mention. */
  readonly aliases?: readonly string[];
  readonly titles?: readonly string[];
}

const ctx = { referenceDate: "2026-02-01", format: "text" as const, keepBoilerplate: false, debug: () => {} };

function mentionsOf(text: string, names: readonly string[]): EntityMention[] {
  const out: EntityMention[] = [];
  const taken: boolean[] = [];
  // Longest names first, so that "Shinjiro Koizumi" is one mention and not also "Koizumi".
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(re)) {
      const start = m.index, end = start + name.length;
      if (taken.slice(start, end).some(Boolean)) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      out.push({ start, end, text: name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function docOf(text: string, people: readonly PersonSpec[] = [], organizations: readonly PersonSpec[] = []): ArticleDoc {
  const base = segment.run({ ...newDoc(new Uint8Array(), null, "0".repeat(64)), format: "text", text }, ctx);
  const person = (p: PersonSpec): PersonFinding => ({
    name: p.name, aliases: p.aliases ?? [], titles: p.titles ?? [], country: null, mentions: mentionsOf(text, [p.name, ...(p.aliases ?? [])]),
  });
  const org = (o: PersonSpec): OrganizationFinding => ({ name: o.name, aliases: o.aliases ?? [], mentions: mentionsOf(text, [o.name, ...(o.aliases ?? [])]) });
  return { ...base, people: people.map(person), organizations: organizations.map(org) };
}

export type QuoteOut = Article["quotes"][number];

/** The quotes stage run on a hand-built document. */
export function quotesOf(text: string, people: readonly PersonSpec[] = [], organizations: readonly PersonSpec[] = []): QuoteOut[] {
  return [...quotes.run(docOf(text, people, organizations), ctx).quotes];
}

/** speaker: text, for compact expectations. */
export const said = (qs: readonly QuoteOut[]): string[] => qs.map((q) => `${q.speaker ?? "?"}: ${q.text}`);
