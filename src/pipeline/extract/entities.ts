// People, organizations and places: runs of words that compromise tagged as Person, Organization
// or Place, cut at punctuation. Each run is one mention; resolve/ merges mentions into entities.
import type { EntityMention, Token } from "../doc.js";
import type { Stage } from "../stage.js";

type EntityKind = "person" | "organization" | "place";

const KIND_TAG: Record<EntityKind, string> = { person: "Person", organization: "Organization", place: "Place" };

function kindOf(t: Token): EntityKind | null {
  for (const [kind, tag] of Object.entries(KIND_TAG) as [EntityKind, string][]) if (t.tags.has(tag)) return kind;
  return null;
}

/** Punctuation between two words ends a name ("Essex, Derbyshire"); a hyphen or a space does not. */
const breaksName = (t: Token): boolean => /[^\s'’-]/u.test(t.post);

export function findMentions(text: string, tokens: readonly Token[]): { kind: EntityKind; mention: EntityMention }[] {
  const out: { kind: EntityKind; mention: EntityMention }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    const kind = kindOf(first);
    if (!kind) { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length && !breaksName(tokens[j]!) && tokens[j + 1]!.sentence === first.sentence && kindOf(tokens[j + 1]!) === kind) j++;
    const start = first.start, end = tokens[j]!.end;
    out.push({ kind, mention: { start, end, text: text.slice(start, end) } });
    i = j + 1;
  }
  return out;
}

export const entities: Stage = {
  name: "entities",
  essential: false,
  run(doc) {
    const found = findMentions(doc.text, doc.tokens);
    const one = (mention: EntityMention) => ({ name: mention.text, aliases: [], mentions: [mention] });
    return {
      ...doc,
      people: found.filter((f) => f.kind === "person").map((f) => ({ ...one(f.mention), titles: [], country: null })),
      organizations: found.filter((f) => f.kind === "organization").map((f) => one(f.mention)),
      places: found.filter((f) => f.kind === "place").map((f) => ({ ...one(f.mention), type: "other" as const, countryCode: null, lat: null, lon: null })),
    };
  },
};
