// Documents for agreement tests: tokens and sentences from the real segment stage and dates from
// the real dates stage, people and places filled in by hand, so that the agreement logic is tested
// independently of the entity stage's quality.
import type { ArticleDoc, Ctx, EntityMention, OrganizationFinding, PersonFinding, PlaceFinding } from "../../../../../src/pipeline/doc.js";
import { newDoc } from "../../../../../src/pipeline/doc.js";
import { dates } from "../../../../../src/pipeline/extract/dates/index.js";
import { findAgreements } from "../../../../../src/pipeline/extract/agreements/index.js";
import { segment } from "../../../../../src/pipeline/segment.js";
import type { AgreementFinding } from "../../../../../src/pipeline/doc.js";

export interface HandEntities {
  /** name, then the other ways the text writes it ("Koizumi"). */
  readonly people?: readonly { name: string; aliases?: string[]; country?: string; titles?: string[] }[];
  readonly organizations?: readonly { name: string; aliases?: string[] }[];
  readonly places?: readonly { name: string; aliases?: string[]; type?: PlaceFinding["type"]; countryCode?: string }[];
}

export const REFERENCE_DATE = "2026-02-01";

export const ctxFor = (referenceDate: string | null = REFERENCE_DATE, debug?: (m: string) => void): Ctx => ({
  referenceDate, format: "text", keepBoilerplate: false, debug: debug ? (m) => debug(m()) : () => {},
});

/** Every occurrence of the entity's written forms, longest form first, without overlaps. */
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

/** A document whose text is `text`, segmented and dated for real, with hand-made entities. */
export function docOf(text: string, entities: HandEntities = {}, referenceDate: string | null = REFERENCE_DATE): ArticleDoc {
  let doc: ArticleDoc = { ...newDoc(new TextEncoder().encode(text), null, "0".repeat(64)), format: "text", input: text, text };
  doc = segment.run(doc, ctxFor(referenceDate));
  doc = dates.run(doc, ctxFor(referenceDate));
  const taken: { start: number; end: number }[] = [];
  const people: PersonFinding[] = (entities.people ?? []).map((p) => ({
    name: p.name, aliases: p.aliases ?? [], titles: p.titles ?? [], country: p.country ?? null,
    mentions: mentionsOf(text, [p.name, ...(p.aliases ?? [])], taken),
  }));
  const organizations: OrganizationFinding[] = (entities.organizations ?? []).map((o) => ({
    name: o.name, aliases: o.aliases ?? [], mentions: mentionsOf(text, [o.name, ...(o.aliases ?? [])], taken),
  }));
  const places: PlaceFinding[] = (entities.places ?? []).map((p) => ({
    name: p.name, aliases: p.aliases ?? [], type: p.type ?? "other", countryCode: p.countryCode ?? null, lat: null, lon: null,
    mentions: mentionsOf(text, [p.name, ...(p.aliases ?? [])], taken),
  }));
  return {
    ...doc,
    people: people.filter((p) => p.mentions.length),
    organizations: organizations.filter((o) => o.mentions.length),
    places: places.filter((p) => p.mentions.length),
  };
}

/** The agreements of a text with hand-made entities. */
export function agreementsOf(text: string, entities: HandEntities = {}, referenceDate: string | null = REFERENCE_DATE): AgreementFinding[] {
  return findAgreements(docOf(text, entities, referenceDate), ctxFor(referenceDate));
}
