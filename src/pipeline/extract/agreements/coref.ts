// Who "they", "the two sides", "the ministers" or "both countries" are: the parties of an
// earlier sentence. Every sentence leaves what its main subject (and each agreement) named in a
// memory; an anaphor takes the most recent entry that fits its number and kind.
import type { ArticleDoc } from "../../doc.js";
import { countryNamed } from "./demonyms.js";
import type { Anaphor, Kind, Party, PartyContext } from "./parties.js";

export interface MemoryEntry {
  readonly sentence: number;
  readonly parties: readonly Party[];
  /** The phrase was plural even when it named one party ("the Fijian rebels"). */
  readonly plural: boolean;
}

/** How many sentences back an anaphor looks first; beyond, only groups of two or more count. */
const RECENT_SENTENCES = 4;

export class Memory {
  private readonly entries: MemoryEntry[] = [];

  add(entry: MemoryEntry): void {
    if (entry.parties.length > 0) this.entries.push(entry);
  }

  /** Resolve an anaphor in sentence `sentence` to the parties of an earlier entry. */
  resolve(a: Anaphor, sentence: number, ctx: PartyContext): Party[] {
    const earlier = this.entries.filter((e) => e.sentence < sentence).reverse();
    const recent = earlier.filter((e) => sentence - e.sentence <= RECENT_SENTENCES);
    const fits = (e: MemoryEntry, k: Kind | "any") => k === "any" || e.parties.every((p) => p.kind === k || (k === "person" && p.kind === "other"));
    if (a.anaphor === "plural") {
      // "the two sides" after "A and B hosted C and D": the group of the size it says, if there is one
      const counted = a.count ? recent.find((e) => e.parties.length === a.count && fits(e, a.prefer)) : undefined;
      if (counted) return [...counted.parties];
      const group = (list: MemoryEntry[], k: Kind | "any") => list.find((e) => e.parties.length >= 2 && fits(e, k));
      const found = group(recent, a.prefer) ?? group(earlier, a.prefer);
      if (found) return [...found.parties];
      if (a.prefer === "place") {
        const people = group(recent, "person") ?? group(earlier, "person");
        const countries = people ? countriesOf(people.parties, ctx) : [];
        if (countries.length >= 2) return countries;
      }
      const any = group(recent, "any") ?? recent.find((e) => e.plural) ?? group(earlier, "any");
      return any ? [...any.parties] : [];
    }
    const single = (k: Kind | "any") => recent.find((e) => e.parties.length === 1 && (k === "any" ? e.parties[0]!.kind !== "person" : e.parties[0]!.kind === k || (k === "person" && e.parties[0]!.kind === "other")));
    const found = a.anaphor === "person" ? single("person") : single(a.prefer === "any" ? "any" : a.prefer);
    return found ? [...found.parties] : [];
  }
}

/** The countries of people, for "both countries" after "Koizumi and Ahn". */
function countriesOf(parties: readonly Party[], ctx: PartyContext): Party[] {
  const out: Party[] = [];
  for (const p of parties) {
    const person = ctx.doc.people.find((x) => x.name === p.name);
    const code = person?.country;
    if (!code) continue;
    const place = countryByCode(ctx.doc, code);
    const party = place ? { name: place, kind: "place" as const } : null;
    if (party && !out.some((x) => x.name === party.name)) out.push(party);
  }
  return out;
}

function countryByCode(doc: ArticleDoc, code: string): string | null {
  const place = doc.places.find((p) => p.countryCode === code && p.type === "country");
  // the nationality table knows the country's name even when the article does not name it
  return place?.name ?? countryNamed(code);
}
