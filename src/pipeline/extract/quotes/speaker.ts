// From the words in the speaker slot to a canonical name. A person or organisation mentioned there
// gives its canonical name; a pronoun goes to the nearest fitting person (or body, for "it" and
// "they"); "the minister" or "the ministry" goes to the nearest entity with that role or kind; a
// capitalised name the entity stage missed is kept as written; anything else is no one.
import type { ArticleDoc, EntityMention, Token } from "../../doc.js";
import type { Slot } from "./attribution.js";
import { DOCUMENT_NOUNS, FIRST_PERSON, GROUP_PRONOUNS, ORG_NOUNS, PERSON_PRONOUNS, ROLE_NOUNS } from "./lexicon.js";

type Gender = "male" | "female" | null;

interface MentionRef {
  readonly start: number;
  readonly end: number;
  readonly kind: "person" | "organization";
  readonly entity: number;
  readonly name: string;
}

/** How far before a mention a title may start ("Republican vice-presidential nominee Gov. Mike Pence"). */
const MAX_TITLE_WORDS = 6;
/** How far an apposition after a mention may run (", executive director of the Arms Control Association"). */
const MAX_APPOSITION_WORDS = 10;

// Words of a title or an apposition that tell a person's gender ("Mrs.", "the spokeswoman").
// Pronouns are left out: in "Trump, her opponent," the "her" is someone else.
const FEMALE_WORDS = /^(?:mrs|ms|miss|madam|spokeswoman|congresswoman|businesswoman|chairwoman|councilwoman|assemblywoman|actress|queen|princess|wife|mother|daughter|sister|widow|grandmother|first lady)$/;
const MALE_WORDS = /^(?:mr|sir|spokesman|congressman|businessman|chairman|councilman|assemblyman|actor|king|prince|husband|father|son|brother|widower|grandfather)$/;

const isCapitalised = (tok: Token): boolean => /^\p{Lu}/u.test(tok.text);
/**
 * Part of a name: capitalised (but not merely as the first word of a sentence, "Officials said"),
 * or the lower-case half of a hyphenated name ("Park Geun-hye").
 */
function inName(tokens: readonly Token[], t: number, names: ReadonlySet<string>): boolean {
  const tok = tokens[t]!;
  if (t > 0 && tokens[t - 1]!.post === "-" && isCapitalised(tokens[t - 1]!)) return true;
  if (!isCapitalised(tok)) return false;
  const sentenceStart = t === 0 || tokens[t - 1]!.sentence !== tok.sentence;
  return !sentenceStart || names.has(tok.normal) || ["ProperNoun", "Person", "Organization", "Acronym", "Place"].some((tag) => tok.tags.has(tag));
}

/** Words written capitalised somewhere other than at the start of a sentence: names, not just first words. */
function capitalisedWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((tok, t) => {
    if (t > 0 && tokens[t - 1]!.sentence === tok.sentence && isCapitalised(tok)) out.add(tok.normal);
  });
  return out;
}
const isPossessive = (text: string): boolean => /['’]s?$/.test(text);
const stripPossessive = (s: string): string => s.replace(/['’]s?$/, "");
const wordsOf = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);

/** The speaker resolver of one document: indices over its tokens and entities, built once. */
export class Speakers {
  private readonly mentions: MentionRef[] = [];
  private readonly tokenEntity = new Map<number, MentionRef>();
  private readonly genders: Gender[] = [];
  private readonly roles: Set<string>[] = [];
  private readonly names: ReadonlySet<string>;
  /** Every entity with its names in lower case and their words, for lookups by name. */
  private readonly entities: { kind: MentionRef["kind"]; entity: number; name: string; names: Set<string>; words: string[][]; starts: number[] }[] = [];

  constructor(private readonly doc: ArticleDoc, private readonly quoted: (offset: number) => boolean) {
    const add = (kind: MentionRef["kind"], entity: number, name: string, m: EntityMention) => {
      this.mentions.push({ start: m.start, end: m.end, kind, entity, name });
    };
    doc.people.forEach((p, k) => p.mentions.forEach((m) => add("person", k, p.name, m)));
    doc.organizations.forEach((o, k) => o.mentions.forEach((m) => add("organization", k, o.name, m)));
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    // Map every token inside a mention to it (people win over organisations on a tie).
    let t = 0;
    const tokens = doc.tokens;
    this.names = capitalisedWords(tokens);
    for (const m of [...this.mentions].sort((a, b) => a.start - b.start)) {
      while (t > 0 && tokens[t - 1]!.end > m.start) t--;
      while (t < tokens.length && tokens[t]!.end <= m.start) t++;
      for (let u = t; u < tokens.length && tokens[u]!.start < m.end; u++) {
        const had = this.tokenEntity.get(u);
        if (!had || (had.kind === "organization" && m.kind === "person")) this.tokenEntity.set(u, m);
      }
    }
    const index = (kind: MentionRef["kind"], k: number, e: { name: string; aliases: readonly string[]; mentions: readonly EntityMention[] }) => {
      const all = [e.name, ...e.aliases];
      this.entities.push({ kind, entity: k, name: e.name, names: new Set(all.map((a) => a.toLowerCase())), words: all.map(wordsOf), starts: e.mentions.map((m) => m.start) });
    };
    doc.people.forEach((p, k) => index("person", k, p));
    doc.organizations.forEach((o, k) => index("organization", k, o));
    doc.people.forEach((p, k) => {
      this.genders[k] = null;
      this.roles[k] = new Set(p.titles.flatMap(wordsOf));
    });
    this.learnFromContext();
  }

  /** Gender and roles from the words around each mention: "Mrs.", "FemaleName", "Mayor X", "X, the mayor". */
  private learnFromContext(): void {
    const tokens = this.doc.tokens;
    const votes = this.doc.people.map(() => ({ male: 0, female: 0 }));
    const byToken = [...this.tokenEntity.entries()].sort((a, b) => a[0] - b[0]);
    const seen = new Set<MentionRef>();
    for (const [t, m] of byToken) {
      if (m.kind !== "person" || seen.has(m)) continue;
      seen.add(m);
      const first = tokens[t]!;
      if (first.tags.has("FemaleName")) votes[m.entity]!.female++;
      if (first.tags.has("MaleName")) votes[m.entity]!.male++;
      const roles = this.roles[m.entity]!;
      // Title words right before the name.
      for (let u = t - 1, n = 0; u >= 0 && n < MAX_TITLE_WORDS; u--, n++) {
        const tok = tokens[u]!;
        const post = tok.tags.has("Abbreviation") ? tok.post.replace(/^\./, "") : tok.post;
        if (/[,;:.!?]/.test(post) || this.tokenEntity.has(u)) break;
        if (!(isCapitalised(tok) || ROLE_NOUNS.has(tok.normal) || tok.tags.has("Actor") || tok.tags.has("Adjective") || tok.normal === "of")) break;
        const w = tok.normal.replace(/\.$/, "");
        roles.add(w);
        if (FEMALE_WORDS.test(w)) votes[m.entity]!.female++;
        if (MALE_WORDS.test(w)) votes[m.entity]!.male++;
      }
      // Apposition after the name: "Kimball, executive director of …", "Ayrault, the foreign minister of France".
      let last = t;
      while (last + 1 < tokens.length && this.tokenEntity.get(last + 1) === m) last++;
      if (/^,\s*$/.test(tokens[last]!.post)) {
        // Only a closed apposition ("X, the mayor, said"; "X, director of Y."), not a clause that
        // goes on to its verb ("in Chelsea, the mayor also said").
        const words: string[] = [];
        let closed = false;
        for (let u = last + 1; u < tokens.length && words.length < MAX_APPOSITION_WORDS; u++) {
          const tok = tokens[u]!;
          if (tok.tags.has("Verb") && !tok.tags.has("Noun")) break;
          words.push(tok.normal);
          if (/[,;:.!?)]/.test(tok.post) || u + 1 === tokens.length || tokens[u + 1]!.sentence !== tok.sentence) { closed = true; break; }
        }
        if (closed) {
          for (const w of words) {
            roles.add(w);
            if (FEMALE_WORDS.test(w)) votes[m.entity]!.female++;
            if (MALE_WORDS.test(w)) votes[m.entity]!.male++;
          }
        }
      }
    }
    votes.forEach((v, k) => { this.genders[k] = v.female > v.male ? "female" : v.male > v.female ? "male" : null; });
  }

  /** Note that a person was referred to by a gendered pronoun (so later pronouns agree). */
  notePronoun(person: string, pronoun: string): void {
    const k = this.doc.people.findIndex((p) => p.name === person);
    if (k >= 0 && this.genders[k] === null) this.genders[k] = /^(?:she|her)$/.test(pronoun) ? "female" : "male";
  }

  /**
   * Can `name` be what the pronoun refers to: a person of fitting gender, or a name the entity
   * stage did not know (then nothing says otherwise)? Not an organisation.
   */
  isPerson(name: string, pronoun: string): boolean {
    if (this.doc.organizations.some((o) => o.name === name)) return false;
    const k = this.doc.people.findIndex((p) => p.name === name);
    const want: Gender = /^(?:she|her)$/.test(pronoun) ? "female" : "male";
    return k < 0 || this.genders[k] === null || this.genders[k] === want;
  }

  /**
   * The canonical name for the words in a slot; `previous` is the speaker of the quote before, if
   * near. `lastIsHead`: the slot is the subject of a participle ("footage of Trump saying"), so its
   * last word is the head even after "of".
   */
  resolve(slot: Slot, previous: string | null, lastIsHead = false): string | null {
    const tokens = this.doc.tokens;
    // The head of "director of the Arms Control Association" is "director", not the last word.
    let headEnd = slot.end;
    for (let t = slot.first + 1; t < slot.end && !lastIsHead; t++) {
      if (/^(?:of|for|at)$/.test(tokens[t]!.normal) && !isCapitalised(tokens[t - 1]!)) { headEnd = t; break; }
    }
    const head = headEnd - 1;
    const headTok = tokens[head]!;
    const here = tokens[slot.first]!.start;
    const named = this.tokenEntity.get(head);
    if (named && !isPossessive(headTok.text)) return named.name;
    // A person named before a comma-less role ("Trump lawyer Marc Kasowitz" is handled above; the
    // last name in the slot otherwise: "Secretary of State John F. Kerry").
    for (let t = slot.end - 1; t >= slot.first; t--) {
      const m = this.tokenEntity.get(t);
      if (m && m.kind === "person" && m.end >= tokens[slot.end - 1]!.end && !isPossessive(tokens[t]!.text)) return m.name;
    }
    // "he's", "they've": the pronoun without its contraction.
    const normal = headTok.normal.replace(/['’](?:s|ve|ll|d|re|m)$/, "");
    if (PERSON_PRONOUNS.has(normal)) return this.antecedent(here, normal, previous);
    if (FIRST_PERSON.has(normal)) return null;
    if (GROUP_PRONOUNS.has(normal)) return this.nearestOrganization(here, null);
    if (inName(tokens, head, this.names) && !ROLE_NOUNS.has(normal) && !headTok.tags.has("Honorific") && !headTok.tags.has("Pronoun")) {
      return this.byName(slot.first, head);
    }
    // "the IMF report stated", "Ivana Trump's brief": a document speaks for whoever it belongs to.
    if (DOCUMENT_NOUNS.has(normal) && head > slot.first) {
      const author = this.resolve({ first: slot.first, end: head }, previous);
      if (author) return author;
    }
    if (ORG_NOUNS.has(normal)) return this.nearestOrganization(here, normal);
    if (ROLE_NOUNS.has(normal) || headTok.tags.has("Actor")) return this.byRole(normal, here, slot);
    return null;
  }

  /** A capitalised name the entity stage may have missed: an entity when one bears it, else the name as written. */
  private byName(first: number, head: number): string | null {
    const tokens = this.doc.tokens;
    let from = head;
    while (from - 1 >= first) {
      const tok = tokens[from - 1]!;
      if (!inName(tokens, from - 1, this.names) || tok.tags.has("Honorific") || ROLE_NOUNS.has(tok.normal) || tok.tags.has("Determiner") || /[,;:)]/.test(tok.post)) break;
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
      // A surname alone names a person ("Kasowitz"); an organisation is named by some of its words ("the Post").
      const partial = !exact && e.words.some((w) => e.kind === "person" ? words.length === 1 && w.at(-1) === last : words.every((x) => w.includes(x)));
      if (!exact && !partial) continue;
      const distance = Math.min(...e.starts.map((s) => Math.abs(s - here)));
      if (!best || (exact && !best.exact) || (exact === best.exact && distance < best.distance)) best = { name: e.name, distance, exact };
    }
    return best?.name ?? name;
  }

  /** "he"/"she": the previous speaker when it agrees, else the nearest person before, subjects first. */
  private antecedent(offset: number, pronoun: string, previous: string | null): string | null {
    const want: Gender = /^(?:she|her)$/.test(pronoun) ? "female" : "male";
    const fits = (k: number) => this.genders[k] === null || this.genders[k] === want;
    // A fitting person earlier in the same sentence comes first ("Ban condemned what he called …").
    const own = this.sameSentenceSubject(offset, want);
    if (own) return own;
    if (previous) {
      const k = this.doc.people.findIndex((p) => p.name === previous);
      if (k >= 0 && fits(k)) return previous;
    }
    return this.recentSubject(offset, want) ?? this.nearestPerson(offset, want);
  }

  private sameSentenceSubject(offset: number, want: Gender): string | null {
    const sent = this.doc.sentences[this.sentenceAt(offset)];
    if (!sent || sent.start > offset) return null;
    const fit = this.mentions.find((m) => m.kind === "person" && m.start >= sent.start && m.end <= offset && !this.quoted(m.start) &&
      (this.genders[m.entity] === null || this.genders[m.entity] === want));
    return fit?.name ?? null;
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

  /** The first fitting person mentioned (outside quotes) in the nearest sentence before `offset` that has one. */
  private recentSubject(offset: number, want: Gender): string | null {
    const sentences = this.doc.sentences;
    const s = this.sentenceAt(offset);
    for (let k = s, n = 0; k >= 0 && n < 3; k--, n++) {
      const sent = sentences[k]!;
      const inside = this.mentions.filter((m) => m.kind === "person" && m.start >= sent.start && m.end <= Math.min(sent.end, offset) && !this.quoted(m.start));
      const fit = inside.find((m) => this.genders[m.entity] === null || this.genders[m.entity] === want);
      if (fit) return fit.name;
    }
    return null;
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
    const fitting = new Set(this.entities.filter((e) => e.kind === "organization" && (!noun || e.words.some((w) => w.includes(noun)))).map((e) => e.entity));
    for (const m of this.mentions) {
      if (m.kind !== "organization" || !fitting.has(m.entity) || this.quoted(m.start)) continue;
      const o = this.doc.organizations[m.entity]!;
      const distance = m.end <= offset ? offset - m.end : (m.start - offset) * 4;
      if (!best || distance < best.distance) best = { name: o.name, distance };
    }
    return best?.name ?? null;
  }

  /** "the mayor": the person whose titles or surrounding words hold that role, nearest before first. */
  private byRole(role: string, offset: number, slot: Slot): string | null {
    const modifiers = new Set<string>();
    for (let t = slot.first; t < slot.end; t++) if (!this.doc.tokens[t]!.tags.has("Determiner")) modifiers.add(this.doc.tokens[t]!.normal);
    let best: { name: string; score: number } | null = null;
    this.doc.people.forEach((p, k) => {
      if (!this.roles[k]!.has(role)) return;
      const before = this.lastMentionBefore(k, offset);
      const distance = before !== null ? offset - before : (p.mentions[0]!.start - offset) * 4;
      const shared = [...modifiers].filter((w) => this.roles[k]!.has(w)).length;
      const score = shared * 1000 - distance / 100;
      if (!best || score > best.score) best = { name: p.name, score };
    });
    return (best as { name: string } | null)?.name ?? null;
  }
}
