// Runs the pipeline on a short text up to the resolve stage, as the entity tests need it.
import { contextFrom } from "../../src/index.js";
import type { ArticleDoc } from "../../src/pipeline/doc.js";
import { newDoc } from "../../src/pipeline/doc.js";
import { STAGES } from "../../src/pipeline/index.js";

export function resolved(text: string): ArticleDoc {
  const ctx = contextFrom({ referenceDate: "2026-02-01", format: "text" });
  let doc = newDoc(new TextEncoder().encode(text), "test.txt", "0".repeat(64));
  for (const stage of STAGES) {
    doc = stage.run(doc, ctx);
    if (stage.name === "resolve") break;
  }
  return doc;
}

/** Names of the people, organizations and places found, in order of first mention. */
export function names(text: string): { people: string[]; organizations: string[]; places: string[] } {
  const doc = resolved(text);
  return {
    people: doc.people.map((p) => p.name),
    organizations: doc.organizations.map((o) => o.name),
    places: doc.places.map((p) => p.name),
  };
}

/** Every mention slices out the entity's name or one of its aliases (the output invariant). */
export function mentionsAreNamesOrAliases(doc: ArticleDoc): boolean {
  return [...doc.people, ...doc.organizations, ...doc.places].every((e) =>
    e.mentions.every((m) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === doc.text.slice(m.start, m.end).toLowerCase())));
}
