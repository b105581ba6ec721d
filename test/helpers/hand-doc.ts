// Documents with hand-made entities, for the stages that read entities (quotes, agreements).
// Paragraphs, sentences, tokens and dates come from the real segment and dates stages; people,
// organisations and places are given by hand, every occurrence of one of their names in the text
// a mention, so that those stages are tested independently of the entity stage's quality.
import { contextFrom } from "../../src/index.js";
import type { ArticleDoc, Ctx, EntityMention, OrganizationFinding, PersonFinding, PlaceFinding } from "../../src/pipeline/doc.js";
import { newDoc } from "../../src/pipeline/doc.js";
import { dates } from "../../src/pipeline/extract/dates/index.js";
import { segment } from "../../src/pipeline/segment.js";

/** The date relative dates of the test texts are read against. */
export const REFERENCE_DATE = "2026-02-01";

export interface HandPerson {
  readonly name: string;
  /** Other ways the text writes the name ("Koizumi"); every occurrence is a mention. */
  readonly aliases?: readonly string[];
  readonly titles?: readonly string[];
  readonly country?: string;
}

export interface HandOrganization {
  readonly name: string;
  readonly aliases?: readonly string[];
}

export interface HandPlace {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly type?: PlaceFinding["type"];
  readonly countryCode?: string;
}

export interface HandEntities {
  readonly people?: readonly HandPerson[];
  readonly organizations?: readonly HandOrganization[];
  readonly places?: readonly HandPlace[];
}

/** The context of a test run, built as the library builds it. */
export function ctxFor(referenceDate: string | null = REFERENCE_DATE, debug?: (message: string) => void): Ctx {
  return contextFrom({ referenceDate, format: "text", ...(debug ? { debug } : {}) });
}

/**
 * Every occurrence of the given written forms as a whole word, longest form first, skipping what
 * an earlier entity already took ("Shinjiro Koizumi" is one mention, not also "Koizumi").
 */
function mentionsOf(text: string, forms: readonly string[], taken: { start: number; end: number }[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + form.length };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      taken.push(span);
      out.push({ ...span, text: form });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A document whose text is `text`, segmented and dated for real, with hand-made entities (those the text never names are left out). */
export function handDoc(text: string, entities: HandEntities = {}, referenceDate: string | null = REFERENCE_DATE): ArticleDoc {
  const ctx = ctxFor(referenceDate);
  let doc: ArticleDoc = { ...newDoc(new TextEncoder().encode(text), null, "0".repeat(64)), format: "text", input: text, text };
  doc = segment.run(doc, ctx);
  doc = dates.run(doc, ctx);
  const taken: { start: number; end: number }[] = [];
  const forms = (e: { name: string; aliases?: readonly string[] }) => [e.name, ...(e.aliases ?? [])];
  const people: PersonFinding[] = (entities.people ?? []).map((p) => ({
    name: p.name, aliases: p.aliases ?? [], titles: p.titles ?? [], country: p.country ?? null, mentions: mentionsOf(text, forms(p), taken),
  }));
  const organizations: OrganizationFinding[] = (entities.organizations ?? []).map((o) => ({
    name: o.name, aliases: o.aliases ?? [], mentions: mentionsOf(text, forms(o), taken),
  }));
  const places: PlaceFinding[] = (entities.places ?? []).map((p) => ({
    name: p.name, aliases: p.aliases ?? [], type: p.type ?? "other", countryCode: p.countryCode ?? null, lat: null, lon: null,
    mentions: mentionsOf(text, forms(p), taken),
  }));
  return {
    ...doc,
    people: people.filter((p) => p.mentions.length),
    organizations: organizations.filter((o) => o.mentions.length),
    places: places.filter((p) => p.mentions.length),
  };
}
