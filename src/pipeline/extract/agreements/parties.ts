// From a noun phrase to the parties it names. A phrase is split into its conjuncts ("Koizumi and
// his South Korean counterpart Ahn"); each conjunct names one party: an entity found by the entity
// stage, else a country named by a nationality word ("Hungarian officials" -> Hungary), else the
// name written in it ("Tom King" from "British Defence Secretary Tom King"), else the phrase
// itself when its head is someone able to commit ("Fijian rebels"). Pronouns and "the two sides"
// are anaphors, resolved by coref.ts.
import type { ArticleDoc } from "../../doc.js";
import type { Nationality } from "./demonyms.js";
import { nationalityAt } from "./demonyms.js";
import { ACTOR_NOUNS, ANAPHORIC_HEADS, COMMENTATORS, PRONOUNS, STATE_ROLES, TITLE_WORDS } from "./lexicon.js";
import type { SentenceView } from "./sentence.js";
import { COORDINATORS, nameLike } from "./syntax.js";
import { commaAfter, inSet, isCapitalized, isNounish, isVerb, joinedToPrevious, strongBreakAfter } from "./words.js";

export type Kind = "person" | "organization" | "place" | "other";

export interface Party {
  readonly name: string;
  readonly kind: Kind;
  /** A common noun phrase naming no one in particular ("officials", "the rebels"). */
  readonly generic?: boolean;
}

export type Anaphor = {
  readonly anaphor: "plural" | "person" | "thing";
  readonly prefer: Kind | "any";
  /** "they", "it" (may be the speaker of the sentence), not "the two sides" (never the speaker). */
  readonly pronoun: boolean;
  /** How many the phrase says they are ("the two sides", "both", "the pair"); 0 when it does not. */
  readonly count: number;
};

export type Resolved = Party | Anaphor;

export const isAnaphor = (r: Resolved): r is Anaphor => "anaphor" in r;

export interface EntityMentionRef {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly kind: Exclude<Kind, "other">;
  readonly countryCode: string | null;
  readonly placeType: string | null;
  readonly titles: readonly string[];
}

/** Every entity mention of the document, in text order, with its entity's canonical name. */
export function entityMentions(doc: ArticleDoc): EntityMentionRef[] {
  const out: EntityMentionRef[] = [];
  for (const p of doc.people) for (const m of p.mentions) out.push({ start: m.start, end: m.end, name: p.name, kind: "person", countryCode: p.country, placeType: null, titles: p.titles });
  for (const o of doc.organizations) for (const m of o.mentions) out.push({ start: m.start, end: m.end, name: o.name, kind: "organization", countryCode: null, placeType: null, titles: [] });
  for (const p of doc.places) for (const m of p.mentions) out.push({ start: m.start, end: m.end, name: p.name, kind: "place", countryCode: p.countryCode, placeType: p.type, titles: [] });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export interface PartyContext {
  readonly doc: ArticleDoc;
}

const KIND_ORDER: Record<Exclude<Kind, "other">, number> = { person: 0, organization: 1, place: 2 };
const PP_WORDS = new Set(["of", "in", "from", "for", "at", "on"]);
const LEADING_NOISE = new Set(["the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "both", "all"]);

/** The country a nationality names, by the document's own place for it when there is one. */
export function countryParty(ctx: PartyContext, n: Nationality): Party {
  let cache = COUNTRY_CACHE.get(ctx.doc);
  if (!cache) COUNTRY_CACHE.set(ctx.doc, cache = new Map());
  let name = cache.get(n.code);
  if (name === undefined) {
    const place = ctx.doc.places.find((p) => p.countryCode === n.code && p.type === "country") ??
      ctx.doc.places.find((p) => p.name === n.country || p.aliases.includes(n.country));
    name = place?.name ?? n.country;
    cache.set(n.code, name);
  }
  return { name, kind: "place" };
}

/** The document's name for each nationality's country, looked up once per document. */
const COUNTRY_CACHE = new WeakMap<object, Map<string, string>>();

/** Split a phrase words[a..b] into conjuncts at top-level "and", "or" and list commas. */
export function conjuncts(v: SentenceView, a: number, b: number): [number, number][] {
  const ws = v.words;
  const out: [number, number][] = [];
  let from = a;
  let inBetween = false;
  for (let k = a; k <= b; k++) {
    const w = ws[k]!;
    if (w.lower === "between") inBetween = true;
    const coordination = COORDINATORS.has(w.lower) && w.lower !== "then" && k > from && k < b;
    const listComma = commaAfter(w) && k < b && k >= from;
    if (inBetween || !(coordination || listComma)) continue;
    const cut = coordination ? k : k + 1;
    if (coordination && !splittable(v, k)) continue;
    const left: [number, number] = [from, coordination ? k - 1 : k];
    if (left[0] <= left[1]) out.push(left);
    from = cut + (coordination ? 1 : 0);
    if (listComma && COORDINATORS.has(ws[from]?.lower ?? "")) from++;
  }
  if (from <= b) out.push([from, b]);
  return out;
}

/** May the phrase be split at the coordination at k? Not inside a name ("Bosnia and Herzegovina"
 * as one mention, "Planning and Investment Minister X"). */
function splittable(v: SentenceView, k: number): boolean {
  const ws = v.words;
  const left = ws[k - 1]!, right = ws[k + 1]!;
  if (v.mentions.some((m) => m.start <= left.start && m.end >= right.end)) return false;
  // "Planning and Investment Minister": a capitalised word, then a title word after the next one
  const afterRight = ws[k + 2];
  const leftIsBareWord = isCapitalized(left) && (k - 1 === 0 || !isCapitalized(ws[k - 2]!)) && !nationalityAt([left.lower], 0);
  if (leftIsBareWord && isCapitalized(right) && !nationalityAt(ws.slice(k + 1, k + 3).map((w) => w.lower), 0) && afterRight && TITLE_WORDS.has(afterRight.lower) && isCapitalized(afterRight)) return false;
  return true;
}

/** A capitalised word that may belong to a name (not a sentence-initial common word). */
function nameWord(v: SentenceView, k: number): boolean {
  const w = v.words[k]!;
  if (!isCapitalized(w) && !joinedToPrevious(v.words, k)) return false;
  if (v.inEntity[k]) return true;
  // "(Pacific Wire) - Fisheries ministers from ...": a capital that only opens a clause, before a common noun
  const next = v.words[k + 1];
  if ((k === 0 || strongBreakAfter(v.words[k - 1]!)) && next && !isCapitalized(next) && isNounish(next) && !isVerb(next) && !joinedToPrevious(v.words, k + 1)) return false;
  if (nameLike(v, k)) return true;
  if (k > 0 || w.tags.has("ProperNoun") || w.tags.has("Acronym")) return !w.tags.has("Pronoun") || w.tags.has("ProperNoun");
  return !["Plural", "Determiner", "Adjective", "Verb", "Adverb", "Pronoun", "Preposition", "Conjunction", "Expression", "Negative", "QuestionWord"].some((t) => w.tags.has(t));
}

/**
 * The last run of name words in words[a..b], with the titles, nationality words and possessive
 * modifiers at its front stripped ("Japan's Defense Minister Shinjiro Koizumi" -> "Shinjiro
 * Koizumi"). `bare` is the run itself when stripping leaves nothing ("Quatar's").
 */
function writtenName(v: SentenceView, a: number, b: number): { name: string | null; bare: string | null } {
  const ws = v.words;
  let best: [number, number] | null = null;
  let bare: [number, number] | null = null;
  let k = a;
  while (k <= b) {
    if (!nameWord(v, k)) { k++; continue; }
    let e = k;
    while (e + 1 <= b && !commaAfter(ws[e]!) && (nameWord(v, e + 1) || (NAME_JOINERS.has(ws[e + 1]!.lower) && e + 2 <= b && nameWord(v, e + 2)))) e++;
    let s = k;
    for (;;) {
      if (s > e) break;
      const n = nationalityAt(ws.slice(s, e + 1).map((w) => w.lower), 0);
      if (n) { s += n.words; continue; }
      if (TITLE_WORDS.has(ws[s]!.lower) || ws[s]!.tags.has("Possessive") && s < e) { s++; continue; }
      break;
    }
    // "U.S. Secretary of State Madeleine Albright": the name follows the run's last title word
    for (let t = e - 1; t >= s; t--) {
      if (TITLE_WORDS.has(ws[t]!.lower) && isCapitalized(ws[t]!) && !NAME_JOINERS.has(ws[t]!.lower)) { s = t + 1; break; }
    }
    if (s <= e) best = [s, e];
    else bare = [k, e];
    k = e + 1;
  }
  const slice = (r: [number, number] | null) => r ? v.text.slice(ws[r[0]]!.start, ws[r[1]]!.end).replace(/['’]s$/, "") || null : null;
  return { name: slice(best), bare: slice(bare) };
}

const NAME_JOINERS = new Set(["of", "and", "for", "the", "de", "al", "bin", "van", "von", "da", "del", "la"]);

/** Modifiers that make "Afghan rebel leaders" a group, not the Afghan state. */
const NON_STATE = new Set([
  "rebel", "rebels", "opposition", "militant", "militants", "separatist", "separatists", "insurgent",
  "insurgents", "guerrilla", "guerrillas", "activist", "activists", "student", "students", "business",
  "farmers", "farm", "labor", "labour", "union", "unions", "doctors", "protesters", "demonstrators",
  "tribal", "militia", "militias", "civilians", "refugees", "people", "workers", "fans", "hackers",
]);

/** The phrase itself, without a leading article: the last resort ("Fijian rebels"). */
function phraseText(v: SentenceView, a: number, b: number): string {
  let s = a;
  while (s < b && LEADING_NOISE.has(v.words[s]!.lower)) s++;
  return v.text.slice(v.words[s]!.start, v.words[b]!.end).replace(/['’]s$/, "");
}

const COUNTS = /^(?:two|three|four|five|both)$/;
const COUNT_WORDS = new Map([["two", 2], ["both", 2], ["pair", 2], ["duo", 2], ["three", 3], ["trio", 3], ["four", 4], ["five", 5]]);

/**
 * Last word of the phrase's head, before its first "of"/"in" phrase ("leaders | of Romania's
 * government"), but not inside a name ("Secretary of State Madeleine Albright").
 */
function headEnd(v: SentenceView, a: number, b: number): number {
  const ws = v.words;
  for (let k = a + 1; k <= b; k++) {
    if (!PP_WORDS.has(ws[k]!.lower)) continue;
    if (ws[k]!.lower === "of" && isCapitalized(ws[k - 1]!) && k + 1 <= b && isCapitalized(ws[k + 1]!)) continue;
    return k - 1;
  }
  return b;
}

/** The party named by one conjunct words[a..b]; `head` is the phrase's last noun, for "Senior Hungarian [officials]". */
export function partyOfConjunct(v: SentenceView, ctx: PartyContext, a: number, b: number, head: string): Resolved | null {
  const ws = v.words;
  if (a === b && PRONOUNS.has(ws[a]!.lower) && ws[a]!.tags.has("Pronoun")) {
    const kind = PRONOUNS.get(ws[a]!.lower)!;
    return { anaphor: kind, prefer: kind === "person" ? "person" : "any", pronoun: true, count: 0 };
  }
  // the head part: before the first "of"/"in" phrase ("leaders of Romania's new government")
  const h = headEnd(v, a, b);
  const within = (x: number, y: number) => v.mentions.filter((m) => m.start >= ws[x]!.start && m.end <= ws[y]!.end);
  // "Spain's Repsol": the mention may end before the "'s" of its token
  const possessive = (m: EntityMentionRef) => ws.some((w) => w.end === m.end && w.tags.has("Possessive")) || /['’]s$/.test(v.text.slice(m.start, m.end)) || /^['’]s\b/.test(v.text.slice(m.end, m.end + 3));
  const byRank = (ms: readonly EntityMentionRef[]) => [...ms].sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || y.start - x.start)[0] ?? null;
  // an entity that is only a title ("President") is a tagging slip, not a name
  const named = (m: EntityMentionRef) => !m.name.split(/\s+/).every((x) => TITLE_WORDS.has(x.toLowerCase()));
  // "Pacific nations", "Gulf states": a region before a plural noun names a group of its members, not itself
  const regionOfMembers = (m: EntityMentionRef) => m.kind === "place" && !["country", "city"].includes(m.placeType ?? "") &&
    m.end <= ws[h]!.start && ws[h]!.tags.has("Plural") && !v.inEntity[h];
  const inHead = within(a, h).filter((m) => named(m) && !regionOfMembers(m));
  const person = byRank(inHead.filter((m) => m.kind === "person"));
  if (person) return { name: person.name, kind: "person" };
  const plain = byRank(inHead.filter((m) => !possessive(m)));
  if (plain) return { name: plain.name, kind: plain.kind };
  // (a region left out above is not a written name either)
  const regionEnd = within(a, h).filter(regionOfMembers).reduce((e, m) => Math.max(e, ws.findIndex((w) => w.end >= m.end)), a - 1);
  const written = regionEnd + 1 <= h ? writtenName(v, regionEnd + 1, h) : { name: null, bare: null };
  if (written.name) return { name: written.name, kind: "other" };
  const headWord = ws[h]!.lower;
  const words = ws.slice(a, h + 1);
  const anaphorKind = ANAPHORIC_HEADS.get(headWord);
  // "the leaders of France": the phrase after the head names them; "the leaders" alone refers back
  // (a region heads the phrase after the head only when nothing follows it: not "ministers from
  // eight Pacific island nations"; a state or body may modify it: "ministers from the 27 EU member states")
  const headsItsPhrase = (m: EntityMentionRef) => {
    const e = ws.findIndex((w) => w.end >= m.end);
    const region = m.kind === "place" && !["country", "city"].includes(m.placeType ?? "");
    return !region || e >= b || possessive(m) || commaAfter(ws[e]!) || PP_WORDS.has(ws[e + 1]?.lower ?? "") || COORDINATORS.has(ws[e + 1]?.lower ?? "");
  };
  const tail = h < b ? within(h + 1, b).filter((m) => named(m) && headsItsPhrase(m))[0] ?? null : null;
  if (anaphorKind && !tail && words.slice(0, -1).every((w) => LEADING_NOISE.has(w.lower) || COUNTS.test(w.lower)) && (words.length > 1 || headWord === "both")) {
    const count = words.reduce((n, w) => n || (COUNT_WORDS.get(w.lower) ?? 0), 0);
    // ("the two men": a count or an irregular plural makes a group too)
    const plural = /s$/.test(headWord) || ws[h]!.tags.has("Plural") || count >= 2 || COUNTS.test(headWord) || headWord === "pair";
    return { anaphor: plural ? "plural" : anaphorKind === "person" ? "person" : "thing", prefer: anaphorKind, pronoun: false, count };
  }
  const lowers = ws.slice(0, h + 1).map((w) => w.lower);
  let nationality: Nationality | null = null;
  for (let k = a; k <= h && !nationality; k++) nationality = nationalityAt(lowers, k);
  if (nationality) {
    if (ws.slice(a, b + 1).some((w) => NON_STATE.has(w.lower))) return { name: phraseText(v, a, b), kind: "other" };
    const bareNationality = nationalityAt(lowers, h) !== null || nationalityAt(lowers, h - 1)?.words === 2;
    if (bareNationality || inSet(STATE_ROLES, headWord) || inSet(STATE_ROLES, head)) {
      const role = PERSON_ROLES.has(headWord) ? headWord : head;
      return personByRole(ctx, nationality, role) ?? countryParty(ctx, nationality);
    }
    return { name: phraseText(v, a, b), kind: "other" };
  }
  const owner = byRank(inHead);
  if (owner) return { name: owner.name, kind: owner.kind };
  // "the mayors of Kristiansand in Norway": the first name after the head, the object of its "of"
  if (tail) return { name: tail.name, kind: tail.kind };
  if (written.bare) return { name: written.bare, kind: "other" };
  if (inSet(ACTOR_NOUNS, headWord)) return { name: phraseText(v, a, b), kind: "other", generic: true };
  return null;
}

const PERSON_ROLES = new Set(["minister", "president", "premier", "leader", "chancellor", "king", "queen", "emir", "secretary", "ambassador", "envoy"]);

/** "the Japanese defense minister" -> the person of that country holding that title, if one is known. */
function personByRole(ctx: PartyContext, n: Nationality, role: string): Party | null {
  if (!PERSON_ROLES.has(role)) return null;
  const people = ctx.doc.people.filter((p) => p.country === n.code && p.titles.some((t) => t.toLowerCase().includes(role)));
  return people.length === 1 ? { name: people[0]!.name, kind: "person" } : null;
}

/** The parties named by the phrase words[a..b], in order, without repeats. */
export function partiesOfPhrase(v: SentenceView, ctx: PartyContext, a: number, b: number): Resolved[] {
  const parts = conjuncts(v, a, b);
  const last = parts.at(-1);
  const head = last ? lastNoun(v, last[0], last[1]) : "";
  const out: Resolved[] = [];
  for (const [s, e] of parts) {
    const r = partyOfConjunct(v, ctx, s, e, head);
    if (!r) continue;
    if (!isAnaphor(r) && out.some((x) => !isAnaphor(x) && x.name === r.name)) continue;
    out.push(r);
  }
  return out;
}

function lastNoun(v: SentenceView, a: number, b: number): string {
  return v.words[headEnd(v, a, b)]!.lower;
}

/** Can the phrase words[a..b] commit? A name, a pronoun, a nationality or a noun of people and
 * institutions can; "the proposals", "the system", "sixty-two percent" cannot. */
export function canCommit(v: SentenceView, a: number, b: number): boolean {
  const parts = conjuncts(v, a, b);
  const [s, e] = parts.at(-1) ?? [a, b];
  const h = headEnd(v, s, e);
  const w = v.words[h]!;
  if (PRONOUNS.has(w.lower) && w.tags.has("Pronoun")) return true;
  if (v.inEntity[h] || nameWord(v, h) || nationalityAt([w.lower], 0)) return true;
  // "Economists agreed that ...": people who comment give opinions, not commitments
  if (inSet(COMMENTATORS, w.lower)) return false;
  if (["Actor", "Person", "Organization", "Place", "Demonym", "Acronym"].some((t) => w.tags.has(t))) return true;
  if (inSet(ACTOR_NOUNS, w.lower) || inSet(STATE_ROLES, w.lower) || ANAPHORIC_HEADS.has(w.lower)) return true;
  // "Japan and South Korea defense chiefs": a named state or group modifies the head
  return v.words.slice(s, h + 1).some((x, n) => v.inEntity[s + n] && !x.tags.has("Possessive") || nationalityAt([x.lower], 0) !== null);
}

/** Is the phrase plural ("rebels", "A and B")? For "they" resolved inside the sentence. */
export function isPluralPhrase(v: SentenceView, a: number, b: number): boolean {
  if (conjuncts(v, a, b).length > 1) return true;
  const h = v.words[b]!;
  return h.tags.has("Plural") || (nationalityAt([h.lower], 0) !== null && /s$/.test(h.lower));
}
