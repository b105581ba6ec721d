// People, organizations and places. Candidates come from capitalisation and compromise's word
// tags (candidates.ts), are typed by evidence (typing.ts), then read as a whole article: a single
// word that is part of a person's full name is that person, and every mention of a name takes the
// type of its surest mention. Headlines in capitals are read last, against the names found.
import { isOrgEnding, nameKey, WEAK_ORG_ENDINGS } from "../../../data/organizations.js";
import type { OrganizationFinding, PersonFinding, PlaceFinding } from "../../doc.js";
import type { Stage } from "../../stage.js";
import { findCandidates } from "./candidates.js";
import { capsMentions, newspaperHeadings } from "./caps.js";
import { foreignEntities } from "./foreign.js";
import { listKinds } from "./lists.js";
import { articleContext, lowerWord, previousWord } from "./context.js";
import { lexiconTag } from "../../../nlp/compromise.js";
import { LOCATIVE_WORDS } from "../../../data/sports.js";
import { particleSurnames } from "../../../data/names.js";
import { isCommonEnglishWord } from "../../../data/english.js";
import { readings } from "../../resolve/gazetteer.js";
import { isGivenName, wordOf } from "./words.js";
import type { Kind, Typed } from "./typing.js";
import { CONTEXT_FRAME, joinOfPhrases, Strength, typeCandidate } from "./typing.js";

/** Words shorter than this are not taken for surnames ("Ma", "Li" are, but also "De", "Al"). */
const MIN_SURNAME_LENGTH = 2;

const KIND_ORDER: Record<Kind, number> = { person: 3, organization: 2, place: 1 };

/** Languages read with the English rules; a text in another known language is read by foreign.ts. */
const ENGLISH = "en";

export function findEntities(doc: Parameters<Stage["run"]>[0]): Typed[] {
  const ctx = articleContext(doc);
  // "de-DE" and "de" alike: the language, not the region.
  const lang = doc.meta.language?.toLowerCase().split(/[-_]/)[0] ?? null;
  if (lang && lang !== ENGLISH) return foreignEntities(ctx, doc.sentences, lang);
  const papers = newspaperHeadings(ctx);
  const credits = creditLines(doc.text);
  const outsidePapers = (t: { start: number; end: number }): boolean => !papers.some((p) => t.start < p.end && p.start < t.end)
    && !credits.some((c) => t.start < c.end && c.start < t.end);
  const typed = listKinds(ctx, joinOfPhrases(ctx, findCandidates(doc)).flatMap((c) => typeCandidate(ctx, c))).filter(outsidePapers);

  // "Jones Medical" after "Jones Medical Industries Inc": a company's name without its legal form
  // or kind of business is that company, not a person, and its words are no person's.
  const companyShortNames = new Set(typed.filter((t) => t.kind === "organization").flatMap((t) => shortNames(t.text)));
  // "Lamonts said" after "Lamonts Apparel Inc": a coined first word of a company's name, alone, is
  // the company. Not a place ("Toronto" of "Toronto Dominion Bank"), an English word ("Bank", "News")
  // or a given name, which stand alone for other things.
  for (const t of typed) {
    if (t.kind !== "organization" || t.strength < Strength.medium || t.last === t.first) continue;
    const head = wordOf(ctx.text, ctx.tokens[t.first]!);
    if (/^\p{Lu}\p{Ll}/u.test(head) && !isCommonEnglishWord(head) && !isGivenName(head) && readings(head).length === 0 && lexiconTag(head.toLowerCase()) === null) companyShortNames.add(nameKey(head));
  }
  const companyShortName = (t: Typed): boolean => t.strength < Strength.strong && !t.title && companyShortNames.has(nameKey(t.text))
    && (t.kind === "person" || t.kind === null);

  // Words of full personal names: a later "Koizumi" or "Ahn" is that person.
  const personWords = new Map<string, string>();
  for (const t of typed) {
    if (t.kind !== "person" || companyShortName(t)) continue;
    const parts = t.text.split(/\s+/);
    if (parts.length < 2) continue;
    for (const p of parts) if (p.length >= MIN_SURNAME_LENGTH && /^\p{Lu}/u.test(p)) if (!personWords.has(nameKey(p))) personWords.set(nameKey(p), t.text);
    // "De Niro" after "Robert De Niro": the surname with its particles is that person too.
    for (const tail of particleSurnames(parts).map(nameKey)) if (!personWords.has(tail)) personWords.set(tail, t.text);
  }
  const relinked = typed.map((t): Typed => {
    if (t.kind === "person" || !personWords.has(nameKey(t.text))) return t;
    // A frame around one mention ("Pryce said in a statement") types a name nobody in the
    // article bears; a word of a full personal name is that person ("Leonard Pryce").
    if (t.strength >= Strength.strong && t.kind !== null && !t.reason.startsWith(CONTEXT_FRAME)) return t;
    if (LOCATIVE_WORDS.has(lowerWord(ctx, previousWord(ctx, t.first)))) return t;
    return { ...t, kind: "person", strength: Strength.medium, reason: `part of the name ${personWords.get(nameKey(t.text))}` };
  });

  const withCompanies = relinked.map((t): Typed => {
    if (!companyShortName(t)) return t;
    return { ...t, kind: "organization", strength: Strength.medium, reason: "a company's name without its ending" };
  });

  // One type per name in an article: the surest mention decides.
  const best = new Map<string, { kind: Kind; strength: number }>();
  for (const t of withCompanies) {
    if (!t.kind) continue;
    const key = nameKey(t.text);
    const b = best.get(key);
    if (!b || t.strength > b.strength || (t.strength === b.strength && KIND_ORDER[t.kind] > KIND_ORDER[b.kind])) best.set(key, { kind: t.kind, strength: t.strength });
  }
  const body = withCompanies.flatMap((t): Typed[] => {
    const b = best.get(nameKey(t.text));
    return b ? [{ ...t, kind: b.kind }] : [];
  });
  const known = new Map(best);
  for (const [word, full] of personWords) if (!known.has(word) || known.get(word)!.strength < Strength.strong) known.set(word, { kind: "person", strength: best.get(nameKey(full))?.strength ?? Strength.medium });
  const caps = capsMentions(ctx, doc.sentences, known);
  return [...body, ...caps.filter(outsidePapers), ...papers].sort((a, b) => a.start - b.start);
}

/**
 * A wire credit ("Reporting by Jane Roe; Editing by John Doe", "(Additional reporting by ...)"):
 * the people who wrote the story, not people in it. The cleaner removes such lines; when one is
 * kept (--keep-boilerplate, or written inside a paragraph) its names are still no entities.
 */
const CREDIT_LINE = /^[ \t(\[]*(?:(?:additional |with )?reporting|writing|written|editing|edited|compiled|compilation|reported|translated|translation|production|produced|graphics?|photos?|fact[- ]checking|research)(?: and (?:editing|writing|reporting))? by\b[^\n]{0,300}$/gimu;

export function creditLines(text: string): { start: number; end: number }[] {
  return [...text.matchAll(CREDIT_LINE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}


/** "Jones Medical Industries Inc" -> "jones medical industries", "jones medical": the name shorn of its ending words, one by one. */
function shortNames(name: string): string[] {
  const words = name.split(/\s+/);
  const out: string[] = [];
  while (words.length > 1 && isOrgEnding(words[words.length - 1]!) && !WEAK_ORG_ENDINGS.has(words[words.length - 1]!.toLowerCase())) {
    words.pop();
    // "The News Corp" is not "The".
    if (words.length === 1 && lexiconTag(words[0]!.toLowerCase()) === "Determiner") break;
    out.push(nameKey(words.join(" ")));
  }
  return out;
}

export const entities: Stage = {
  name: "entities",
  essential: false,
  run(doc) {
    const found = findEntities(doc);
    const people: PersonFinding[] = [], organizations: OrganizationFinding[] = [], places: PlaceFinding[] = [];
    for (const t of found) {
      const mention = { start: t.start, end: t.end, text: t.text };
      if (t.kind === "person") people.push({ name: t.text, aliases: [], titles: t.title ? [t.title] : [], country: t.country, mentions: [mention] });
      else if (t.kind === "organization") organizations.push({ name: t.text, aliases: [], mentions: [mention] });
      else if (t.kind === "place") places.push({ name: t.text, aliases: [], type: t.place?.type ?? "other", countryCode: t.place?.countryCode ?? null, lat: t.place?.lat ?? null, lon: t.place?.lon ?? null, mentions: [mention] });
    }
    return { ...doc, people, organizations, places };
  },
};
