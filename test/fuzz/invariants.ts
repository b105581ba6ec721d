// The contract every input must keep, whatever its bytes: the library returns (never throws), no
// stage fails on the way, a failure is an input error with its code (never "internal"), and an
// article validates against the schema with every offset slicing its mention out of `text`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PipelineResult } from "../../src/index.js";
import { Article } from "../../src/schema/article.js";
import { joinQuoteParts } from "../../src/util/quote-text.js";

/** Why a result breaks the contract, or null when it keeps it. */
export function broken(result: PipelineResult): string | null {
  if (!result.ok) return result.code === "internal" ? `internal error: ${result.message}` : null;
  // An extractor that throws is caught and leaves its field empty: for the contract it is a crash.
  const failed = result.messages.find((m) => m.severity === "error");
  if (failed) return `stage ${failed.stage} failed: ${failed.text}`;
  const parsed = Article.safeParse(result.article);
  if (!parsed.success) return `invalid output: ${parsed.error.message.slice(0, 500)}`;
  const a = parsed.data;
  for (const e of [...a.people, ...a.organizations, ...a.places]) {
    if (e.mentions.length === 0) return `${e.name}: no mention`;
    const forms = new Set([e.name, ...e.aliases].map((n) => n.toLowerCase()));
    for (const m of e.mentions) {
      const surface = a.text.slice(m.start, m.end);
      if (m.end > a.text.length || !forms.has(surface.toLowerCase())) return `${e.name}: mention ${m.start}-${m.end} slices ${JSON.stringify(surface)}`;
    }
  }
  for (const d of a.dates) if (a.text.slice(d.start, d.end) !== d.text) return `date ${JSON.stringify(d.text)} at ${d.start}-${d.end} does not slice text`;
  for (const q of a.quotes) {
    if (q.parts[0]?.start !== q.start || q.parts.at(-1)?.end !== q.end) return `quote ${q.start}-${q.end}: parts do not span it`;
    if (joinQuoteParts(a.text, q.parts) !== q.text) return `quote ${q.start}-${q.end}: parts do not join into its text`;
  }
  for (const g of a.agreements) if (a.text.slice(g.start, g.end) !== g.sentence) return `agreement ${g.start}-${g.end} does not slice its sentence`;
  return null;
}

const FIXTURES = fileURLToPath(new URL("../../fixtures", import.meta.url));

/** Every HTML page among the fixtures, to mutate. */
export function fixturePages(): string[] {
  const out: string[] = [];
  for (const group of ["articles", "boilerplate"]) {
    for (const slug of readdirSync(join(FIXTURES, group)).sort()) {
      const dir = join(FIXTURES, group, slug);
      for (const f of readdirSync(dir)) if (f === "input.html") out.push(readFileSync(join(dir, f), "utf8"));
    }
  }
  return out;
}

/**
 * How many cases a property runs: its share of EXTRACT_FUZZ_RUNS when set (`npm run fuzz -- --runs
 * N`), else the short default that the test suite runs.
 */
export function runs(share: number, short: number): number {
  const total = Number(process.env["EXTRACT_FUZZ_RUNS"] ?? "");
  return Number.isFinite(total) && total > 0 ? Math.max(1, Math.round(total * share)) : short;
}

/** A fixed seed for the short run (the same cases every time), a random one for long runs. */
export function seed(): number | undefined {
  const s = process.env["EXTRACT_FUZZ_SEED"];
  if (s) return Number(s);
  return process.env["EXTRACT_FUZZ_RUNS"] ? undefined : 20261206;
}
