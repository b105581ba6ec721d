// What the text says about each person around its mentions: the roles it gives them ("Mayor Bill
// de Blasio", "Lind, executive director of …", "President Maria Costa") and their gender ("Mrs.",
// a female first name, "the spokeswoman"). Speakers are found by role ("the mayor said") and
// pronouns agree in gender with their antecedent.
import type { ArticleDoc, EntityMention, Token } from "../../doc.js";
import { ROLE_NOUNS, TITLE_ABBREVIATIONS, TITLE_MODIFIERS } from "./lexicon.js";

export type Gender = "male" | "female" | null;

/** One mention of a person or an organisation, with its entity (an index into doc.people or doc.organizations). */
export interface MentionRef {
  readonly start: number;
  readonly end: number;
  readonly kind: "person" | "organization";
  readonly entity: number;
  readonly name: string;
}

/** How far before a mention a title may start ("Republican vice-presidential nominee Gov. Mike Pence"). */
const MAX_TITLE_WORDS = 6;
/** How far an apposition after a mention may run (", executive director of the Harbor Pilots Association"). */
const MAX_APPOSITION_WORDS = 10;

// Words of a title or an apposition that tell a person's gender ("Mrs.", "the spokeswoman").
// Pronouns are left out: in "Reyes, her opponent," the "her" is someone else.
const FEMALE_WORDS = /^(?:mrs|ms|miss|madam|lady|spokeswoman|congresswoman|businesswoman|chairwoman|councilwoman|assemblywoman|actress|queen|princess|wife|mother|daughter|sister|widow|grandmother)$/;
const MALE_WORDS = /^(?:mr|sir|spokesman|congressman|businessman|chairman|councilman|assemblyman|actor|king|prince|husband|father|son|brother|widower|grandfather)$/;

/** The gender a word of a title or description tells ("the former first lady", "the spokesman"), if any. */
export function genderOfWord(word: string): Gender {
  return FEMALE_WORDS.test(word) ? "female" : MALE_WORDS.test(word) ? "male" : null;
}

export const isCapitalised = (tok: Token): boolean => /^\p{Lu}/u.test(tok.text);
/** The words of a name in lower case ("Ahn Gyu-back" → ahn, gyu-back). */
export const wordsOf = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/** Every mention, sorted, and the mention each token belongs to (people win over organisations). */
export function indexMentions(doc: ArticleDoc): { mentions: MentionRef[]; tokenEntity: Map<number, MentionRef> } {
  const mentions: MentionRef[] = [];
  const add = (kind: MentionRef["kind"], entity: number, name: string, m: EntityMention) => mentions.push({ start: m.start, end: m.end, kind, entity, name });
  doc.people.forEach((p, k) => p.mentions.forEach((m) => add("person", k, p.name, m)));
  doc.organizations.forEach((o, k) => o.mentions.forEach((m) => add("organization", k, o.name, m)));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const tokenEntity = new Map<number, MentionRef>();
  const tokens = doc.tokens;
  let t = 0;
  for (const m of mentions) {
    while (t > 0 && tokens[t - 1]!.end > m.start) t--;
    while (t < tokens.length && tokens[t]!.end <= m.start) t++;
    for (let u = t; u < tokens.length && tokens[u]!.start < m.end; u++) {
      const had = tokenEntity.get(u);
      if (!had || (had.kind === "organization" && m.kind === "person")) tokenEntity.set(u, m);
    }
  }
  return { mentions, tokenEntity };
}

/**
 * The words of a role phrase that ends, with a comma, right before the name starting at token t,
 * when it holds a role noun and opens its clause with a determiner or a possessive; else none.
 */
function appositionBefore(tokens: readonly Token[], t: number, end = t): string[] {
  const sentence = tokens[t]!.sentence;
  const opens = (tok: Token) => tok.tags.has("Determiner") || tok.tags.has("Possessive") || /['’]s?$/.test(tok.text);
  // The nearest opener before the comma, within the phrase's words.
  let u = t - 1;
  while (u >= 0 && end - u <= MAX_APPOSITION_WORDS && tokens[u]!.sentence === sentence && !opens(tokens[u]!)) {
    if (u > 0 && /[,;:.!?()"“”]/.test(tokens[u - 1]!.post)) return [];
    u--;
  }
  if (u < 0 || end - u > MAX_APPOSITION_WORDS || tokens[u]!.sentence !== sentence || !opens(tokens[u]!)) return [];
  const before = u > 0 && tokens[u - 1]!.sentence === sentence ? tokens[u - 1]! : null;
  // "A spokesman for the mayor, Greg Tanaka": the phrase after the preposition says whose role
  // it is; the role is the phrase before it, when that opens the apposition.
  if (before?.tags.has("Preposition") && /^\s*$/.test(before.post) && u - 1 > 0) return appositionBefore(tokens, u - 1, end);
  if (before && (before.tags.has("Preposition") || !/^\s*$/.test(before.post) && !/^,\s*$/.test(before.post))) return [];
  const words = joinHyphens(tokens.slice(u, t));
  return words.some((w) => ROLE_NOUNS.has(w)) || tokens.slice(u, t).some((tok) => tok.tags.has("Actor") && !/-$/.test(tok.post)) ? words : [];
}

/**
 * The words of a phrase in lower case, with the parts of a hyphenated word joined again ("sous" |
 * "chef" is "sous-chef"): a sous-chef is not "the chef", nor a vice-president "the president".
 */
function joinHyphens(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  let glued = false;
  for (const tok of tokens) {
    const w = tok.normal.replace(/\.$/, "");
    if (glued && out.length) out[out.length - 1] += `-${w}`;
    else out.push(w);
    glued = tok.post === "-";
  }
  return out;
}

/** Roles and gender of every person (indexed as doc.people). */
export function learnPeople(doc: ArticleDoc, tokenEntity: ReadonlyMap<number, MentionRef>): { roles: Set<string>[]; genders: Gender[] } {
  const tokens = doc.tokens;
  const roles = doc.people.map((p) => new Set(p.titles.flatMap(wordsOf).flatMap((w) => [w, ...(TITLE_ABBREVIATIONS[w] ?? [])])));
  const votes = doc.people.map(() => ({ male: 0, female: 0 }));
  const vote = (k: number, w: string) => {
    const g = genderOfWord(w);
    if (g) votes[k]![g]++;
  };
  const addRole = (k: number, w: string) => {
    roles[k]!.add(w);
    for (const full of TITLE_ABBREVIATIONS[w] ?? []) roles[k]!.add(full);
  };
  const seen = new Set<MentionRef>();
  for (const [t, m] of [...tokenEntity.entries()].sort((a, b) => a[0] - b[0])) {
    if (m.kind !== "person" || seen.has(m)) continue;
    seen.add(m);
    const k = m.entity;

    // Title words right before the name.
    let titled = t;
    for (let u = t - 1, n = 0; u >= 0 && n < MAX_TITLE_WORDS; u--, n++) {
      const tok = tokens[u]!;
      const post = tok.tags.has("Abbreviation") ? tok.post.replace(/^\./, "") : tok.post;
      // "a friend of Marlowe": a name after "of" completes someone else's role.
      if (/[,;:.!?]/.test(post) || tokenEntity.has(u) || (u === t - 1 && tok.normal === "of")) break;
      if (!(isCapitalised(tok) || ROLE_NOUNS.has(tok.normal) || TITLE_MODIFIERS.has(tok.normal) || tok.tags.has("Actor") || tok.tags.has("Adjective") || tok.normal === "of")) break;
      const w = tok.normal.replace(/\.$/, "");
      addRole(k, w);
      vote(k, w);
      titled = u;
    }
    let last = t;
    while (last + 1 < tokens.length && tokenEntity.get(last + 1) === m) last++;
    // A first name or a title inside the mention itself ("Chairwoman Ana Morales", "President Maria Costa").
    for (let u = t; u <= last; u++) {
      const w = tokens[u]!.normal.replace(/\.$/, "");
      if (tokens[u]!.tags.has("FemaleName")) votes[k]!.female++;
      if (tokens[u]!.tags.has("MaleName")) votes[k]!.male++;
      vote(k, w);
      if (ROLE_NOUNS.has(w) || tokens[u]!.tags.has("Honorific")) addRole(k, w);
    }
    // An apposition before the name, closed by a comma ("the premier of Ontario, Sandra Kim,";
    // "Its spokesman, Joost Bakker"), opened by a determiner or a possessive at the start of the
    // sentence or after a verb: not the object of a preposition ("after the meeting with the
    // premier, Kim said"), whose role is someone else's.
    // The apposition may end before the name's own title ("The bill's author, state Senator Raymond Okafor,").
    if (titled > 0 && /^,\s*$/.test(tokens[titled - 1]!.post)) {
      const roleWords = appositionBefore(tokens, titled);
      for (const w of roleWords) { addRole(k, w); vote(k, w); }
    }
    // A closed apposition after the name ("X, the mayor, said"; "X, director of Y."), not a clause
    // that goes on to its verb ("in Dayton, the mayor also said").
    if (/^,\s*$/.test(tokens[last]!.post)) {
      const phrase: Token[] = [];
      let closed = false;
      for (let u = last + 1; u < tokens.length && phrase.length < MAX_APPOSITION_WORDS; u++) {
        const tok = tokens[u]!;
        if (tok.tags.has("Verb") && !tok.tags.has("Noun")) break;
        phrase.push(tok);
        if (/[,;:.!?)]/.test(tok.post) || u + 1 === tokens.length || tokens[u + 1]!.sentence !== tok.sentence) { closed = true; break; }
      }
      if (closed) for (const w of joinHyphens(phrase)) { roles[k]!.add(w); vote(k, w); }
    }
  }
  const genders = votes.map((v): Gender => (v.female > v.male ? "female" : v.male > v.female ? "male" : null));
  return { roles, genders };
}
