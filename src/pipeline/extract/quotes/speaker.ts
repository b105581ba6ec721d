// From the words in the speaker slot to a canonical name. A person or organisation mentioned there
// gives its canonical name; a pronoun goes to the nearest fitting person (or body, for "it" and
// "they"); "the minister" or "the ministry" goes to the nearest entity with that role or kind; a
// capitalised name the entity stage missed is kept as written; anything else is no one.
import type { ArticleDoc, EntityMention, Token } from "../../doc.js";
import type { Slot } from "./slot.js";
import { COMPANY_NOUNS, DESCRIPTOR_NOUNS, DOCUMENT_NOUNS, FEMALE_PRONOUNS, FIRST_PERSON, GROUP_PRONOUNS, ORG_NOUNS, PARENT_NOUNS, PERSON_PRONOUNS, PUBLIC_BODY_WORDS, ROLE_NOUNS, SPOKESPERSON_NOUNS } from "./lexicon.js";
import { countryOfDemonym } from "../../../data/places/countries.js";
import { personal, speaks } from "./nouns.js";
import type { Gender, MentionRef } from "./people.js";
import { genderOfWord, indexMentions, isCapitalised, learnPeople, wordsOf } from "./people.js";

/**
 * Part of a name: capitalised (but not merely as the first word of a sentence, "Officials said"),
 * or the lower-case half of a hyphenated name ("Ahn Gyu-back").
 */
function inName(tokens: readonly Token[], t: number, names: ReadonlySet<string>): boolean {
  const tok = tokens[t]!;
  if (t > 0 && tokens[t - 1]!.post === "-" && isCapitalised(tokens[t - 1]!)) return true;
  if (!isCapitalised(tok)) return false;
  // At the start of a sentence, a plural common noun is capitalised only by position ("Officials said").
  const sentenceStart = t === 0 || tokens[t - 1]!.sentence !== tok.sentence;
  if (!sentenceStart || names.has(tok.normal)) return true;
  return ["ProperNoun", "Person", "Organization", "Acronym", "Place"].some((tag) => tok.tags.has(tag)) || !tok.tags.has("Plural");
}

/** Words written capitalised somewhere other than at the start of a sentence: names, not just first words. */
function capitalisedWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((tok, t) => {
    if (t > 0 && tokens[t - 1]!.sentence === tok.sentence && isCapitalised(tok)) out.add(tok.normal);
  });
  return out;
}
/** "Mathias Bernander of Kristiansand": words that attach where a person comes from to the name. */
const ORIGIN = /^(?:of|from|at)$/;
const isPossessive = (text: string): boolean => /['’]s?$/.test(text);
const stripPossessive = (s: string): string => s.replace(/['’]s?$/, "");

/** How many sentences before a quote "the company" may look for the company it names. */
const PASSAGE_SENTENCES = 3;

/** How many sentences before "the spokesman" the phrase that introduced "a spokesman" may be. */
const INTRODUCED_SENTENCES = 3;
/** Words that may stand between "a" and the role it introduces ("a senior White House official"). */
const MAX_INTRODUCED_MODIFIERS = 4;

/** How many lower-case title words may stand between a name used as a modifier and the name it modifies. */
const MAX_MODIFIED_TITLE_WORDS = 3;

/** A slot longer than this is a clause the slot finder ran into, not a description of a speaker. */
const MAX_DESCRIPTION_WORDS = 8;

/**
 * Is a name (its words) of the kind `noun` names: it holds the noun, and no other kind of body
 * follows it ("Irish Airline Pilots' Association" is an association, not "the airline"; "Northgate
 * Bank" and "University of Bologna" are of their kind).
 */
function ofKind(words: readonly string[], noun: string): boolean {
  const at = words.lastIndexOf(noun);
  return at >= 0 && !words.slice(at + 1).some((w) => ORG_NOUNS.has(w) && w !== noun);
}

/** What resolving a slot may use besides its words. */
export interface SlotContext {
  /** The speaker of the quote just before, when it is near. */
  readonly previous: string | null;
  /** Offset of the first word of the frame sentence ("he" looks for a person after it first). */
  readonly sentenceStart?: number | undefined;
  /** The slot is the subject of a participle ("footage of Reyes saying"): its last word is the head, "of" or not. */
  readonly lastIsHead?: boolean;
  /**
   * When no entity fits, give the words of the slot as written ("a White House official"). Off
   * where only an entity will do (checking a pronoun's antecedent).
   */
  readonly describe?: boolean;
}

/** The speaker resolver of one document: indices over its tokens and entities, built once. */
export class Speakers {
  private readonly mentions: readonly MentionRef[];
  private readonly tokenEntity: ReadonlyMap<number, MentionRef>;
  private readonly genders: Gender[];
  private readonly roles: readonly Set<string>[];
  private readonly names: ReadonlySet<string>;
  /** Descriptions given as speakers. */
  private readonly descriptions = new Set<string>();
  /** Every entity with its names in lower case and their words, for lookups by name. */
  private readonly entities: { kind: MentionRef["kind"]; entity: number; name: string; names: Set<string>; words: string[][]; starts: number[] }[] = [];

  constructor(private readonly doc: ArticleDoc, private readonly quoted: (offset: number) => boolean) {
    ({ mentions: this.mentions, tokenEntity: this.tokenEntity } = indexMentions(doc));
    ({ roles: this.roles, genders: this.genders } = learnPeople(doc, this.tokenEntity));
    this.names = capitalisedWords(doc.tokens);
    const index = (kind: MentionRef["kind"], k: number, e: { name: string; aliases: readonly string[]; mentions: readonly EntityMention[] }) => {
      const all = [e.name, ...e.aliases];
      this.entities.push({ kind, entity: k, name: e.name, names: new Set(all.map((a) => a.toLowerCase())), words: all.map(wordsOf), starts: e.mentions.map((m) => m.start) });
    };
    doc.people.forEach((p, k) => index("person", k, p));
    doc.organizations.forEach((o, k) => index("organization", k, o));
  }

  /**
   * Can `name` be what the pronoun refers to: a person of fitting gender, or a name the entity
   * stage did not know (then nothing says otherwise)? Not an organisation.
   */
  isPerson(name: string, pronoun: string): boolean {
    if (this.doc.organizations.some((o) => o.name === name)) return false;
    // A description ("a doctor", "the Texas rancher") is no antecedent: the "he" that follows
    // is more often the person it describes, named nearby.
    if (this.descriptions.has(name)) return false;
    const k = this.doc.people.findIndex((p) => p.name === name);
    const want: Gender = FEMALE_PRONOUNS.has(pronoun) ? "female" : "male";
    return k < 0 || this.genders[k] === null || this.genders[k] === want;
  }

  /** Is `name` (as `resolve` gave it) a person the article names? */
  isPersonEntity(name: string): boolean {
    return this.doc.people.some((p) => p.name === name);
  }

  /** Is token t part of a mention of a person? */
  mentionsPersonAt(t: number): boolean {
    return this.tokenEntity.get(t)?.kind === "person";
  }

  /** Token index of the head of a slot ("spokeswoman" in "a spokeswoman for the fund"). */
  headOf(slot: Slot): number {
    return this.headEnd(slot, false) - 1;
  }

  /** Is `name` (as `resolve` gave it) someone named, not a description ("the company", "a spokesman")? */
  isEntity(name: string): boolean {
    return !this.descriptions.has(name);
  }

  /** Is `name` (as `resolve` gave it) an organisation, or a description ("the campaign", "Protesters")? */
  isGroup(name: string): boolean {
    return this.descriptions.has(name) || this.doc.organizations.some((o) => o.name === name);
  }

  /**
   * The canonical name for the words in a slot; when no entity fits, a description as written
   * ("the Texas rancher", "Students"): more use to a reader than no speaker at all.
   */
  resolve(slot: Slot, context: SlotContext): string | null {
    const named = this.entityOf(slot, context);
    if (named !== null || context.describe === false) return named;
    return this.description(slot);
  }

  /**
   * The slot's words when they describe someone who can speak: a person by role or kind ("the
   * announcer", "Protesters"), a body ("the agency") or a document ("the ruling"). Its head is the
   * noun before "of" ("52 percent of voters") or its last word ("a friend of the family").
   */
  private description(slot: Slot): string | null {
    const tokens = this.doc.tokens;
    if (slot.end - slot.first > MAX_DESCRIPTION_WORDS) return null;
    const last = tokens[slot.end - 1]!;
    const head = tokens[this.headEnd(slot, false) - 1]!;
    if (!speaks(head) && !speaks(last)) return null;
    const written = stripPossessive(this.doc.text.slice(tokens[slot.first]!.start, last.end)).trim();
    if (!written) return null;
    // "The driver" opening a sentence is "the driver" anywhere else: the article is capitalised
    // only by its position.
    const words = /^(?:the|a|an)$/.test(tokens[slot.first]!.normal) ? written[0]!.toLowerCase() + written.slice(1) : written;
    this.descriptions.add(words);
    return words;
  }

  /**
   * Token index after the head of a slot: before "of", "for" or "at" (or "de", "von", "di" in
   * other languages: "la ministre de la Santé") that follow a common word.
   */
  private headEnd(slot: Slot, lastIsHead: boolean): number {
    const tokens = this.doc.tokens;
    for (let t = slot.first + 1; t < slot.end && !lastIsHead; t++) {
      if (/^(?:of|for|at|de|des|du|von|vom|der|di|del|della|van)$/.test(tokens[t]!.normal) && !isCapitalised(tokens[t - 1]!)) return t;
    }
    return slot.end;
  }

  /** A person mention in the slot followed by "of", "from" or "at" (its origin), unless the name itself follows "of" or "for". */
  private personBeforeModifier(slot: Slot): string | null {
    const tokens = this.doc.tokens;
    for (let t = slot.first; t < slot.end; t++) {
      const m = this.tokenEntity.get(t);
      if (!m || m.kind !== "person") continue;
      let u = t;
      while (u + 1 < slot.end && this.tokenEntity.get(u + 1) === m) u++;
      const governed = t > slot.first && /^(?:of|for|to|by|with|and)$/.test(tokens[t - 1]!.normal);
      if (u + 1 < slot.end && ORIGIN.test(tokens[u + 1]!.normal) && !governed && !isPossessive(tokens[u]!.text)) return m.name;
      t = u;
    }
    return null;
  }

  private entityOf(slot: Slot, context: SlotContext): string | null {
    const { previous, sentenceStart, lastIsHead = false } = context;
    const tokens = this.doc.tokens;
    // The head of "director of the Harbor Pilots Association" is "director", not the last word.
    const headEnd = this.headEnd(slot, lastIsHead);
    const head = headEnd - 1;
    const headTok = tokens[head]!;
    const here = tokens[slot.first]!.start;
    // "Mayor Mathias Bernander of Kristiansand", "John Smith of Goldman Sachs": a person followed by
    // where they come from is the speaker, whatever the rest of the phrase.
    const located = this.personBeforeModifier(slot);
    if (located) return located;
    const named = this.tokenEntity.get(head);
    if (named && !isPossessive(headTok.text)) return named.name;
    // A person named before a comma-less role ("Reyes lawyer Kim Garner" is handled above; the
    // last name in the slot otherwise: "Secretary of State Mary K. Lund"), unless the name only
    // completes the role ("a friend of Marlowe").
    for (let t = slot.end - 1; t >= slot.first && headEnd === slot.end; t--) {
      const m = this.tokenEntity.get(t);
      if (m && m.kind === "person" && m.end >= tokens[slot.end - 1]!.end && !isPossessive(tokens[t]!.text)) return m.name;
    }
    // "he's", "they've": the pronoun without its contraction.
    const normal = headTok.normal.replace(/['’](?:s|ve|ll|d|re|m)$/, "");
    if (PERSON_PRONOUNS.has(normal)) return this.antecedent(here, normal, previous, sentenceStart);
    if (FIRST_PERSON.has(normal)) return null;
    if (GROUP_PRONOUNS.has(normal)) return this.nearestOrganization(here, null);
    const described = this.byNationalityOrAge(slot, here) ?? this.byDescriptor(slot, here, previous);
    if (described) return described;
    const nameless = ["Honorific", "Pronoun", "Determiner"].some((tag) => headTok.tags.has(tag));
    if (inName(tokens, head, this.names) && !ROLE_NOUNS.has(normal) && !nameless) {
      return this.byName(slot.first, head);
    }
    // "the IMF report stated", "Ana Morales's brief": a document speaks for whoever it belongs to.
    if (DOCUMENT_NOUNS.has(normal) && head > slot.first) {
      const author = this.entityOf({ first: slot.first, end: head }, context);
      if (author) return author;
    }
    if (ORG_NOUNS.has(normal)) return this.nearestOrganization(here, normal);
    // "their attorneys": a plural role is a group, not the one person who holds the role.
    if (SPOKESPERSON_NOUNS.has(normal) && /^an?$/.test(tokens[slot.first]!.normal) && headEnd < slot.end) {
      const body = this.bodyAfter(headEnd, slot.end);
      if (body) return body;
    }
    if ((ROLE_NOUNS.has(normal) || headTok.tags.has("Actor")) && !headTok.tags.has("Plural")) {
      const holder = this.byRole(normal, here, slot);
      if (holder || tokens[slot.first]!.normal !== "the" || head !== slot.end - 1) return holder;
      return this.introduced(normal, here, context.describe !== false);
    }
    return null;
  }

  /** The organisation named right after "for", "of" or "at" (and an article) at token t, before `end`. */
  private bodyAfter(t: number, end: number): string | null {
    const tokens = this.doc.tokens;
    if (!/^(?:for|of|at)$/.test(tokens[t]?.normal ?? "")) return null;
    const at = tokens[t + 1]?.tags.has("Determiner") ? t + 2 : t + 1;
    const m = at < end ? this.tokenEntity.get(at) : undefined;
    return m?.kind === "organization" ? m.name : null;
  }

  /**
   * "A spokesman for the FAA said … “…,” the spokesman said": a role that no person named in the
   * article holds is the one a sentence shortly before introduced with "a": the body it speaks for
   * ("for", "of" or "at" an organisation), else that description ("a White House spokesman").
   */
  private introduced(role: string, offset: number, describe: boolean): string | null {
    const tokens = this.doc.tokens;
    const breaks = (tok: Token) => /[,;:.!?()"“”]/.test(tok.post);
    const from = this.doc.sentences[Math.max(0, this.sentenceAt(offset) - INTRODUCED_SENTENCES)]!.start;
    for (let t = this.tokenAt(offset) - 1; t >= 0 && tokens[t]!.start >= from; t--) {
      const tok = tokens[t]!;
      if (tok.normal !== role || this.quoted(tok.start)) continue;
      let a = t - 1;
      while (a >= 0 && t - a <= MAX_INTRODUCED_MODIFIERS && !breaks(tokens[a]!) && !/^an?$/.test(tokens[a]!.normal)) a--;
      if (a < 0 || t - a > MAX_INTRODUCED_MODIFIERS + 1 || !/^an?$/.test(tokens[a]!.normal) || breaks(tokens[a]!)) continue;
      if (tokens[a]!.sentence !== tok.sentence) continue;
      if (!breaks(tok) && /^(?:for|of|at)$/.test(tokens[t + 1]?.normal ?? "")) {
        const body = tokens[t + 2]?.tags.has("Determiner") && !breaks(tokens[t + 2]!) ? t + 3 : t + 2;
        const m = this.tokenEntity.get(body);
        if (m?.kind === "organization") return m.name;
      }
      // "an aide" tells no more than "the aide" does.
      if (a === t - 1 || !describe) return null;
      const words = this.description({ first: a, end: t + 1 });
      if (!words) return null;
      // Lower case for the article that is capitalised only as the first word of its sentence.
      const described = words[0]!.toLowerCase() + words.slice(1);
      this.descriptions.add(described);
      return described;
    }
    return null;
  }

  /**
   * "the Kazakh said", "the 23-year-old said", "the 31-year-old Finn said": sports and wire copy name a person just mentioned by
   * nationality or age. The person of that nationality among the last sentences' people, else the
   * subject of the nearest sentence before that names someone.
   */
  private byNationalityOrAge(slot: Slot, offset: number): string | null {
    const tokens = this.doc.tokens;
    if (tokens[slot.first]!.normal !== "the" || slot.end - slot.first > 5) return null;
    const rest = this.doc.text.slice(tokens[slot.first + 1]?.start ?? offset, tokens[slot.end - 1]!.end);
    // "the 31-year-old Finn": an age may come before the nationality.
    const aged = /^(\d{1,3}-year-old)(?:\s+(\p{Lu}[\p{L}-]+))?$/u.exec(rest);
    const nationality = aged ? aged[2] ?? null : rest;
    const code = nationality !== null && /^\p{Lu}[\p{L}-]+$/u.test(nationality) ? countryOfDemonym(nationality) : null;
    if (!code && !(aged && nationality === null)) return null;
    if (code) {
      const from = this.doc.sentences[Math.max(0, this.sentenceAt(offset) - 3)]!.start;
      const same = this.mentions.filter((m) => m.kind === "person" && m.start >= from && m.end <= offset && this.doc.people[m.entity]!.country === code);
      if (same.length) return same.at(-1)!.name;
    }
    return this.recentSubject(offset, null);
  }

  /**
   * "the teenager said", "the 21-year-old striker said", "the mother of three said": a descriptor
   * that no named person holds as a role is the person the passage is about: the subject of the
   * nearest sentence that names someone, else the speaker of the quote before.
   */
  private byDescriptor(slot: Slot, offset: number, previous: string | null): string | null {
    const tokens = this.doc.tokens;
    if (tokens[slot.first]!.normal !== "the") return null;
    const words = tokens.slice(slot.first + 1, slot.end).map((t) => t.normal);
    if (/^\d{1,3}-year-old$/.test(words[0] ?? "")) words.shift();
    const noun = words[0] ?? "";
    const fits = (words.length === 1 && DESCRIPTOR_NOUNS.has(noun)) ||
      (words.length === 3 && PARENT_NOUNS.has(noun) && words[1] === "of" && /^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/.test(words[2]!));
    if (!fits || this.roles.some((r) => r.has(noun))) return null;
    const gender = genderOfWord(noun);
    const person = (name: string | null): name is string => {
      const k = name === null ? -1 : this.doc.people.findIndex((p) => p.name === name);
      return k >= 0 && (gender === null || this.genders[k] === null || this.genders[k] === gender);
    };
    const subject = this.recentSubject(offset, gender);
    return person(subject) ? subject : person(previous) ? previous : null;
  }

  /** A capitalised name the entity stage may have missed: an entity when one bears it, else the name as written. */
  private byName(first: number, head: number): string | null {
    const tokens = this.doc.tokens;
    let from = head;
    while (from - 1 >= first) {
      const tok = tokens[from - 1]!;
      // "Association of Harbor Pilots", "Bank of America": a small word between capitalised ones.
      const joiner = /^(?:of|for|and|&)$/.test(tok.normal) && from - 2 >= first && isCapitalised(tokens[from - 2]!) && !ROLE_NOUNS.has(tokens[from - 2]!.normal);
      if (!joiner && (!inName(tokens, from - 1, this.names) || tok.tags.has("Honorific") || ROLE_NOUNS.has(tok.normal) || tok.tags.has("Determiner"))) break;
      if (/[,;:)]/.test(tok.post)) break;
      from--;
    }
    while (from < head && (tokens[from]!.tags.has("Honorific") || ROLE_NOUNS.has(tokens[from]!.normal))) from++;
    const name = stripPossessive(this.doc.text.slice(tokens[from]!.start, tokens[head]!.end)).trim();
    if (!name) return null;
    const key = name.toLowerCase();
    const words = wordsOf(name);
    const last = words.at(-1) ?? "";
    const here = tokens[first]!.start;
    let best: { name: string; distance: number; exact: boolean } | null = null;
    for (const e of this.entities) {
      const exact = e.names.has(key);
      // A surname alone names a person ("Garner"); an organisation is named by some of its words ("the Post").
      const partial = !exact && e.words.some((w) => e.kind === "person" ? words.length === 1 && w.at(-1) === last : words.every((x) => w.includes(x)));
      if (!exact && !partial) continue;
      const distance = Math.min(...e.starts.map((s) => Math.abs(s - here)));
      if (!best || (exact && !best.exact) || (exact === best.exact && distance < best.distance)) best = { name: e.name, distance, exact };
    }
    return best?.name ?? name;
  }

  /**
   * "he"/"she": the nearest fitting person earlier in the same sentence ("Voss called Morales a
   * disgrace after she attacked …"), else the speaker of the quote before when it agrees, else the
   * subjects of the sentences before, else the nearest person before.
   */
  private antecedent(offset: number, pronoun: string, previous: string | null, sentenceStart: number | undefined): string | null {
    const want: Gender = FEMALE_PRONOUNS.has(pronoun) ? "female" : "male";
    const found = this.earlierInSentence(offset, want, sentenceStart) ??
      this.subjectJustBefore(offset, want) ??
      (previous && this.isPerson(previous, pronoun) ? previous : null) ??
      this.recentSubject(offset, want) ?? this.nearestPerson(offset, want);
    // What the text calls "she" is a woman for the pronouns that follow.
    const k = this.doc.people.findIndex((p) => p.name === found);
    if (k >= 0 && this.genders[k] === null) this.genders[k] = want;
    return found;
  }

  /** The nearest person fitting the pronoun mentioned (outside quotes) between the start of the sentence and `offset`. */
  personBefore(offset: number, pronoun: string, sentenceStart: number | undefined): string | null {
    return this.earlierInSentence(offset, FEMALE_PRONOUNS.has(pronoun) ? "female" : "male", sentenceStart);
  }

  private earlierInSentence(offset: number, want: Gender, sentenceStart: number | undefined): string | null {
    const sent = this.doc.sentences[this.sentenceAt(offset)];
    const from = sentenceStart ?? (sent && sent.start <= offset ? sent.start : offset);
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.start < from) break;
      if (m.kind !== "person" || m.end > offset || this.quoted(m.start)) continue;
      if (this.genders[m.entity] === null || this.genders[m.entity] === want) return m.name;
    }
    return null;
  }

  /** Index of the first sentence that ends after `offset` (the last one when none does). */
  private sentenceAt(offset: number): number {
    const sentences = this.doc.sentences;
    let lo = 0, hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private lastMentionBefore(k: number, offset: number): number | null {
    let best: number | null = null;
    for (const m of this.doc.people[k]!.mentions) if (m.end <= offset) best = m.start;
    return best;
  }

  /**
   * The subject of the sentence right before the one at `offset`, when it is a fitting person, in
   * the same paragraph and wholly outside quotation marks: "Pollard's lawyer, Asha Rahman, welcomed
   * the ruling. “…,” she said" is Rahman's, whoever spoke in the paragraph before. A name after a
   * preposition is no subject, and then nothing is found here; one in the possessive is passed over.
   */
  private subjectJustBefore(offset: number, want: Gender): string | null {
    const s = this.sentenceAt(offset);
    const here = this.doc.sentences[s];
    const sent = this.doc.sentences[s - 1];
    if (!here || !sent || sent.paragraph !== here.paragraph || here.start > offset) return null;
    if (this.quoted(sent.start) || this.quoted(Math.max(sent.start, sent.end - 1))) return null;
    const first = this.mentions.find((m) => m.kind === "person" && m.start >= sent.start && m.end <= sent.end && !this.quoted(m.start) && !this.isPossessiveMention(m) && !this.beforeNoun(m));
    if (!first || this.afterPreposition(first.start)) return null;
    const g = this.genders[first.entity];
    return g === null || g === want ? first.name : null;
  }

  /**
   * Is the mention followed, with no punctuation, by lower-case nouns and a name: a modifier of
   * that name ("Clinton communication director Jennifer Palmieri said"), not the subject.
   */
  private beforeNoun(m: MentionRef): boolean {
    const tokens = this.doc.tokens;
    const t = this.tokenAt(m.end);
    const last = tokens[t - 1];
    const next = tokens[t];
    if (!last || !next || /[^\s]/.test(last.post)) return false;
    if (!next.tags.has("Noun") || next.tags.has("Verb") || isCapitalised(next)) return false;
    // The name it modifies follows within a title's length ("communication director Jennifer").
    for (let u = t; u < Math.min(tokens.length, t + MAX_MODIFIED_TITLE_WORDS + 1); u++) {
      if (isCapitalised(tokens[u]!)) return true;
      if (/[^\s]/.test(tokens[u]!.post)) return false;
    }
    return false;
  }

  /** Index of the first token that starts at or after `offset`. */
  private tokenAt(offset: number): number {
    const tokens = this.doc.tokens;
    let lo = 0, hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Is the mention written in the possessive ("Mensah's teammate"): a modifier, not a subject. */
  private isPossessiveMention(m: MentionRef): boolean {
    return /^['’]s?(?!\p{L})/u.test(this.doc.text.slice(m.end, m.end + 3)) || isPossessive(this.doc.text.slice(m.start, m.end));
  }

  /**
   * The first fitting person mentioned (outside quotes) in the nearest sentence before `offset`
   * that has one, among the last three sentences of narration: a sentence wholly inside a
   * quotation is speech, and is not counted ("“…,” Sato said. “…” The match lasted … “…,” the
   * 22-year-old said").
   */
  private recentSubject(offset: number, want: Gender): string | null {
    const sentences = this.doc.sentences;
    const s = this.sentenceAt(offset);
    for (let k = s, n = 0; k >= 0 && n < 3; k--) {
      const sent = sentences[k]!;
      if (k < s && this.quoted(sent.start) && this.quoted(Math.max(sent.start, sent.end - 1))) continue;
      n++;
      const inside = this.mentions.filter((m) => m.kind === "person" && m.start >= sent.start && m.end <= Math.min(sent.end, offset) && !this.quoted(m.start));
      const fitting = inside.filter((m) => (want === null || this.genders[m.entity] === null || this.genders[m.entity] === want) && !this.isPossessiveMention(m));
      // "In an interview with Rusty Hale, Ham made it clear …": a name after a preposition is
      // seldom the subject; the first other one is.
      const fit = fitting.find((m) => !this.afterPreposition(m.start)) ?? fitting[0];
      if (fit) return fit.name;
    }
    return null;
  }

  /** Is the word before the mention starting at `start` (and its title) a preposition? */
  private afterPreposition(start: number): boolean {
    const tokens = this.doc.tokens;
    const lo = this.tokenAt(start);
    // Only within the mention's own sentence: "... on Centre Court. Kowalczyk, 21, saved ..." is no
    // name after "on".
    const sentence = lo < tokens.length ? tokens[lo]!.sentence : -1;
    let t = lo - 1;
    while (t >= 0 && tokens[t]!.sentence === sentence && (tokens[t]!.tags.has("Honorific") || ROLE_NOUNS.has(tokens[t]!.normal) || /^\p{Lu}/u.test(tokens[t]!.text)) && !/[,;:]/.test(tokens[t]!.post)) t--;
    return t >= 0 && tokens[t]!.sentence === sentence && tokens[t]!.tags.has("Preposition") && !/[,;:]/.test(tokens[t]!.post);
  }

  private nearestPerson(offset: number, want: Gender): string | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.kind !== "person" || m.end > offset || this.quoted(m.start)) continue;
      if (this.genders[m.entity] === null || this.genders[m.entity] === want) return m.name;
    }
    return null;
  }

  /** The nearest organisation before `offset` (whose name holds `noun`, when given). */
  private nearestOrganization(offset: number, noun: string | null): string | null {
    let best: { name: string; distance: number } | null = null;
    const fitting = new Set(this.entities.filter((e) => e.kind === "organization" && (!noun || e.words.some((w) => ofKind(w, noun)))).map((e) => e.entity));
    for (const m of this.mentions) {
      if (m.kind !== "organization" || !fitting.has(m.entity) || this.quoted(m.start)) continue;
      const o = this.doc.organizations[m.entity]!;
      const distance = m.end <= offset ? offset - m.end : (m.start - offset) * 4;
      if (!best || distance < best.distance) best = { name: o.name, distance };
    }
    if (best || !noun || !COMPANY_NOUNS.has(noun)) return best?.name ?? null;
    return this.companyOfPassage(offset, noun);
  }

  /**
   * The company or association the passage before `offset` is about: of the organisations named
   * (outside quotes) in the last sentences, not public bodies, the one the article names most often,
   * the nearest on a tie; when the passage names none, the same among all those named before.
   */
  private companyOfPassage(offset: number, noun: string): string | null {
    const s = this.sentenceAt(offset);
    // When the passage names none, the company the article is about, named before.
    return this.companyFrom(this.doc.sentences[Math.max(0, s - PASSAGE_SENTENCES)]!.start, offset, true, noun) ?? this.companyFrom(0, offset, false, noun);
  }

  /** On a tie, the nearest in a passage; in the whole article, the first named (the lead's company). */
  private companyFrom(from: number, offset: number, nearest: boolean, noun: string): string | null {
    let best: { name: string; count: number; end: number } | null = null;
    for (const m of this.mentions) {
      if (m.kind !== "organization" || m.start < from || m.end > offset || this.quoted(m.start)) continue;
      const o = this.doc.organizations[m.entity]!;
      const words = wordsOf(o.name);
      if (words.some((w) => PUBLIC_BODY_WORDS.has(w)) || this.isAffiliation(m) || (words.includes(noun) && !ofKind(words, noun))) continue;
      const count = o.mentions.length;
      if (!best || count > best.count || (count === best.count && nearest && m.end > best.end)) best = { name: o.name, count, end: m.end };
    }
    return best?.name ?? null;
  }

  /**
   * Does the mention only say where someone works ("an analyst at Commerzbank", "a professor of
   * law at Yale")? Such a body is not the one a passage is about.
   */
  private isAffiliation(m: MentionRef): boolean {
    const tokens = this.doc.tokens;
    const t = this.tokenAt(m.start);
    const prep = tokens[t - 1], noun = tokens[t - 2];
    if (!prep || prep.sentence !== tokens[t]!.sentence) return false;
    // "told Reuters", "LAGOS (Reuters)": the agency that carries the story, not its subject.
    if (prep.normal === "told" || /\(\s*$/.test(this.doc.text.slice(Math.max(0, m.start - 2), m.start))) return true;
    return !!noun && /^(?:at|of|from|with)$/.test(prep.normal) && !/[,;:]/.test(noun.post) && personal(noun);
  }

  /**
   * "the mayor": the person whose titles or surrounding words hold that role, nearest before
   * first; not one of the other gender when the description tells it ("the former first lady and
   * senator" is no man who is a senator).
   */
  private byRole(role: string, offset: number, slot: Slot): string | null {
    const modifiers = new Set<string>();
    let gender: Gender = null;
    for (let t = slot.first; t < slot.end; t++) {
      const tok = this.doc.tokens[t]!;
      if (!tok.tags.has("Determiner")) modifiers.add(tok.normal);
      gender ??= genderOfWord(tok.normal);
    }
    let best: { name: string; score: number } | null = null;
    this.doc.people.forEach((p, k) => {
      if (!this.roles[k]!.has(role)) return;
      if (gender && this.genders[k] && this.genders[k] !== gender) return;
      const before = this.lastMentionBefore(k, offset);
      const distance = before !== null ? offset - before : (p.mentions[0]!.start - offset) * 4;
      const shared = [...modifiers].filter((w) => this.roles[k]!.has(w)).length;
      const score = shared * 1000 - distance / 100;
      if (!best || score > best.score) best = { name: p.name, score };
    });
    return (best as { name: string } | null)?.name ?? null;
  }
}
