// Runs the real binary once over every sentence of a table (one file per sentence, NDJSON out)
// and checks each case against the records.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lines, runBin } from "../helpers/run-bin.js";
import type { PlaceCase } from "./places.cases.js";
import type { TypingCase } from "./typing.cases.js";

interface Named { readonly name: string; readonly aliases: readonly string[] }
interface Place extends Named { readonly countryCode: string | null }
interface Rec {
  readonly source: { readonly path: string };
  readonly people: readonly Named[];
  readonly organizations: readonly Named[];
  readonly places: readonly Place[];
}

/** One record per distinct text, keyed by the text. */
export async function extractAll(texts: readonly string[]): Promise<Map<string, Rec>> {
  const distinct = [...new Set(texts)];
  const dir = mkdtempSync(join(tmpdir(), "extract-table-"));
  try {
    const files = distinct.map((t, k) => {
      const file = join(dir, `${String(k).padStart(4, "0")}.txt`);
      writeFileSync(file, t + "\n");
      return file;
    });
    const run = await runBin(["--ndjson", ...files]);
    const byPath = new Map((lines(run.stdout) as Rec[]).map((r) => [r.source.path, r]));
    return new Map(distinct.map((t, k) => [t, byPath.get(files[k]!)!]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const key = (s: string) => s.normalize("NFC").toLowerCase();
const find = <T extends Named>(list: readonly T[], name: string): T | undefined =>
  list.find((e) => key(e.name) === key(name)) ?? list.find((e) => e.aliases.some((a) => key(a) === key(name)));

/** What the record gives for a place case, or null when it is right. */
export function checkPlace(rec: Rec, [, name, expected]: PlaceCase): string | null {
  const place = find(rec.places, name);
  if (expected === "team") {
    if (place) return `a place (${place.countryCode})`;
    return find(rec.organizations, name) ? null : "not an organization";
  }
  if (!place) return "no such place";
  const ok = Array.isArray(expected) ? expected.includes(place.countryCode) : place.countryCode === expected;
  return ok ? null : `coded ${place.countryCode}`;
}

/** What the record gives for a typing case, or null when it is right. */
export function checkTyping(rec: Rec, t: TypingCase): string | null {
  const person = find(rec.people, t.name), org = find(rec.organizations, t.name), place = find(rec.places, t.name);
  const kinds = [person && "person", org && "organization", place && "place"].filter(Boolean).join("+") || "nothing";
  switch (t.expect) {
    case "person": if (!person) return `a ${kinds}`; break;
    case "organization": if (!org) return `a ${kinds}`; break;
    case "place": if (!place) return `a ${kinds}`; break;
    case "no-person": if (person) return "a person"; break;
    case "no-place": if (place) return `a place (${place.countryCode})`; break;
    case "no-org": if (org) return "an organization"; break;
    case "none": if (person || org || place) return `a ${kinds}`; break;
  }
  if (person && t.alias && !person.aliases.includes(t.alias)) return `aliases ${JSON.stringify(person.aliases)}`;
  if (person && t.notAlias && person.aliases.includes(t.notAlias)) return `alias "${t.notAlias}"`;
  return null;
}
