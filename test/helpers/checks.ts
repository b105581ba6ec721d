// Semantic checks on one output (checks.json): what must and must not be found, independent of
// the exact bytes of the golden file. Same vocabulary as the seed's expectations file.
import type { Article } from "../../src/schema/article.js";

export interface Checks {
  readonly title?: string | null;
  readonly published?: string | null;
  readonly language?: string | null;
  /** The byline's names, in order. */
  readonly authors?: readonly string[];
  readonly text?: { readonly mustContain?: readonly string[]; readonly mustNotContain?: readonly string[] };
  readonly removedKinds?: { readonly atLeast?: number; readonly include?: readonly string[] };
  readonly people?: {
    readonly must?: ReadonlyArray<{ name: string; alias?: string; title?: string; country?: string }>;
    readonly mustNot?: readonly string[];
    readonly atMost?: number;
  };
  readonly places?: { readonly must?: ReadonlyArray<{ name: string; country?: string }>; readonly mustNot?: readonly string[] };
  readonly organizations?: { readonly must?: readonly string[]; readonly mustNot?: readonly string[] };
  readonly dates?: { readonly must?: ReadonlyArray<{ text: string; value: string }>; readonly mustNotText?: readonly string[] };
  readonly agreements?: { readonly atLeast?: number; readonly atMost?: number; readonly mustMatch?: ReadonlyArray<{ action: string; parties?: readonly string[] }> };
  readonly quotes?: { readonly must?: ReadonlyArray<{ speaker: string; text: string }>; readonly atMost?: number };
}

const low = (s: unknown): string => String(s ?? "").toLowerCase().replace(/\s+/g, " ").trim();
const has = (hay: unknown, needle: string): boolean => low(hay).includes(low(needle));
const names = (x: { name: string; aliases?: readonly string[] }): string[] => [x.name, ...(x.aliases ?? [])];

/** Every failed expectation, as a sentence; an empty list means the output passes. */
export function failedChecks(out: Article, c: Checks): string[] {
  const fails: string[] = [];
  const expect = (ok: unknown, what: string) => void (ok || fails.push(what));
  if (c.title !== undefined) expect(low(out.title) === low(c.title), `title is ${JSON.stringify(out.title)}`);
  if (c.published !== undefined) expect(out.published === c.published, `published is ${JSON.stringify(out.published)}`);
  if (c.language !== undefined) expect(out.language === c.language, `language is ${JSON.stringify(out.language)}`);
  if (c.authors !== undefined) expect(JSON.stringify(out.authors) === JSON.stringify(c.authors), `authors are ${JSON.stringify(out.authors)}`);
  for (const s of c.text?.mustContain ?? []) expect(has(out.text, s), `text lacks ${JSON.stringify(s)}`);
  for (const s of c.text?.mustNotContain ?? []) expect(!has(out.text, s), `text still holds ${JSON.stringify(s)}`);
  if (c.removedKinds?.atLeast !== undefined) expect(out.removed.length >= c.removedKinds.atLeast, `removed[] has ${out.removed.length} entries`);
  for (const k of c.removedKinds?.include ?? []) expect(out.removed.some((r) => r.kind === k), `nothing of kind ${k} was removed`);
  for (const p of c.people?.must ?? []) {
    const hit = out.people.find((x) => names(x).some((n) => low(n) === low(p.name)));
    expect(hit, `no person ${p.name}`);
    if (!hit) continue;
    if (p.alias) expect(names(hit).some((n) => low(n) === low(p.alias)), `${p.name} lacks alias ${p.alias}`);
    if (p.title) expect(hit.titles.some((t) => has(t, p.title!)), `${p.name} lacks title ${p.title}`);
    if (p.country) expect(hit.country === p.country, `${p.name} country is ${hit.country}, not ${p.country}`);
  }
  for (const s of c.people?.mustNot ?? []) expect(!out.people.some((x) => names(x).some((n) => has(n, s))), `person ${s} should not be there`);
  if (c.people?.atMost !== undefined) expect(out.people.length <= c.people.atMost, `${out.people.length} people: ${out.people.map((x) => x.name).join(", ")}`);
  for (const p of c.places?.must ?? []) {
    const named = out.places.filter((x) => names(x).some((n) => has(n, p.name)));
    const hit = named.find((x) => !p.country || x.countryCode === p.country) ?? named[0];
    expect(hit, `no place ${p.name}`);
    if (hit && p.country) expect(hit.countryCode === p.country, `place ${p.name} country is ${hit.countryCode}, not ${p.country}`);
  }
  for (const s of c.places?.mustNot ?? []) expect(!out.places.some((x) => names(x).some((n) => low(n) === low(s))), `place ${s} should not be there`);
  for (const s of c.organizations?.must ?? []) expect(out.organizations.some((x) => names(x).some((n) => has(n, s) || has(s, n))), `no organization ${s}`);
  for (const s of c.organizations?.mustNot ?? []) expect(!out.organizations.some((x) => names(x).some((n) => low(n) === low(s))), `organization ${s} should not be there`);
  for (const d of c.dates?.must ?? []) expect(out.dates.some((x) => has(x.text, d.text) && x.value === d.value), `no date ${d.text} = ${d.value}`);
  for (const s of c.dates?.mustNotText ?? []) expect(!out.dates.some((x) => has(x.text, s)), `date ${s} should not be there`);
  if (c.agreements?.atLeast !== undefined) expect(out.agreements.length >= c.agreements.atLeast, `${out.agreements.length} agreements, expected at least ${c.agreements.atLeast}`);
  if (c.agreements?.atMost !== undefined) expect(out.agreements.length <= c.agreements.atMost, `${out.agreements.length} agreements, expected at most ${c.agreements.atMost}`);
  for (const a of c.agreements?.mustMatch ?? []) {
    expect(out.agreements.some((x) => (has(x.action, a.action) || has(x.sentence, a.action))
      && (a.parties ?? []).every((p) => x.parties.some((q) => has(q, p)))),
    `no agreement on ${JSON.stringify(a.action)}${a.parties ? ` between ${a.parties.join(" and ")}` : ""}`);
  }
  for (const q of c.quotes?.must ?? []) expect(out.quotes.some((x) => has(x.text, q.text) && has(x.speaker, q.speaker)), `no quote by ${q.speaker}: ${q.text}`);
  if (c.quotes?.atMost !== undefined) expect(out.quotes.length <= c.quotes.atMost, `${out.quotes.length} quotes, expected at most ${c.quotes.atMost}`);
  return fails;
}
