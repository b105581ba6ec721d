// Assemble: the findings become the output object, in schema order, every array in order of first
// appearance, so that the same input always gives the same bytes.
import type { Article } from "../schema/article.js";
import { SCHEMA_VERSION, SourceRef } from "../schema/article.js";
import { byStart, spanOf } from "../util/span.js";
import type { ArticleDoc, EntityMention } from "./doc.js";

const mentionsOf = (ms: readonly EntityMention[]) => [...ms].sort(byStart).map(spanOf);
/** A loop, not Math.min(...): spreading 100 000 mentions as arguments overflows the stack. */
const firstMention = (x: { mentions: readonly EntityMention[] }): number => x.mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
const inOrder = <T extends { mentions: readonly EntityMention[] }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => firstMention(a) - firstMention(b));

/** Only the fields of SourceRef, in its order, whatever else the caller put in: the output stays deterministic. */
function sourceRefOf(source: SourceRef): SourceRef {
  const out: Record<string, unknown> = { path: source.path };
  for (const key of Object.keys(SourceRef.shape) as (keyof SourceRef)[]) {
    if (key !== "path" && source[key] !== undefined) out[key] = source[key];
  }
  return out as SourceRef;
}

export function assembleArticle(doc: ArticleDoc): Article {
  if (!doc.format) throw new Error("assemble: the format was never decided");
  return {
    schemaVersion: SCHEMA_VERSION,
    // The input's own fields first (path, member, record, URL ...), in schema order, then what the pipeline measured.
    source: { ...sourceRefOf(doc.source), format: doc.format, bytes: doc.source.bytes, sha256: doc.source.sha256 },
    title: doc.meta.title,
    published: doc.meta.published,
    modified: doc.meta.modified,
    authors: [...doc.meta.authors],
    siteName: doc.meta.siteName,
    canonicalUrl: doc.meta.canonicalUrl,
    description: doc.meta.description,
    language: doc.meta.language,
    text: doc.text,
    removed: doc.removed.map((r) => ({ kind: r.kind, text: r.text, reason: r.ruleId })),
    people: inOrder(doc.people).map((p) => ({
      name: p.name, aliases: [...p.aliases], titles: [...p.titles], country: p.country, mentions: mentionsOf(p.mentions),
    })),
    organizations: inOrder(doc.organizations).map((o) => ({ name: o.name, aliases: [...o.aliases], mentions: mentionsOf(o.mentions) })),
    places: inOrder(doc.places).map((p) => ({
      name: p.name, aliases: [...p.aliases], type: p.type, countryCode: p.countryCode, lat: p.lat, lon: p.lon, mentions: mentionsOf(p.mentions),
    })),
    dates: [...doc.dates].sort(byStart).map((d) => ({
      text: d.text, start: d.start, end: d.end, value: d.value, endValue: d.endValue, type: d.type, grain: d.grain,
    })),
    agreements: [...doc.agreements].sort(byStart).map((a) => ({
      verb: a.verb, status: a.status, parties: [...a.parties], action: a.action, date: a.date, place: a.place,
      sentence: a.sentence, start: a.start, end: a.end,
    })),
    quotes: [...doc.quotes].sort(byStart).map((q) => ({ speaker: q.speaker, cue: q.cue, text: q.text, start: q.start, end: q.end, parts: q.parts.map(spanOf) })),
  };
}
