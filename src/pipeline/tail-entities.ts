// People, organizations and places in the tail of a huge document, past doc.detailEnd (see
// tag-budget.ts). The entity rules read compromise's context tags and cost seconds per MB; here a
// plain scan does with what costs a hash lookup per word: runs of capitalised words from the plain
// tokenizer, typed by the names the rules already found in the tagged part of the document (and
// the surnames of its people), then by the name lists the project ships (countries, well-known
// organizations, organization endings, titles, first names, the gazetteer). A run that none of
// them types is left out: the scan misses more than the rules, but what it keeps is seldom wrong.
import { isOrgEnding, nameKey, WEAK_ORG_ENDINGS, wellKnownOrg } from "../data/organizations.js";
import { countryByName } from "../data/places/countries.js";
import { isHonorific, isTitleWord } from "../data/titles.js";
import { isCommonEnglishWord } from "../data/english.js";
import type { ArticleDoc, EntityMention, OrganizationFinding, PersonFinding, PlaceFinding } from "./doc.js";
import { lexiconTags } from "../nlp/compromise.js";
import { plainSentences, type PlainTerm } from "./plain-tokens.js";
import { readings } from "./resolve/gazetteer.js";
import { pieces, unwrap } from "./segment.js";

type Kind = "person" | "organization" | "place";

/** Lower-case words that may stand inside a name between capitalised words ("Bank of England"). */
const CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "&", "de", "du", "da", "van", "von", "der", "den", "la", "le", "al", "bin", "el"]);
/** Tags of capitalised words that are not names: months, week days, numbers. */
const NOT_NAME_TAGS = ["Date", "Month", "WeekDay", "Value", "Pronoun", "Determiner", "Preposition", "Conjunction"];
/** Lexicon tags of a first name: "John Smith" is a person though neither word was seen before. */
const FIRST_NAME_TAGS = ["FirstName", "MaleName", "FemaleName"];
/** A bare city name is read as a place when this many people live there (as typing.ts does). */
const BARE_CITY_POPULATION = 100_000;
/** Longest span of a line in capitals looked up as one name ("NEW YORK", "SOUTH KOREA"). */
const CAPS_SPAN = 3;
/** Longest run typed by a first name: longer runs of capitals are titles or headlines. */
const MAX_PERSON_WORDS = 3;
/** Longest run read as one name, as the entity rules read them: longer runs are headings or lists. */
const MAX_NAME_WORDS = 12;

/** A run of name words: each word with its offset in the piece. */
interface Run { words: string[]; starts: number[]; caps: boolean; titleBefore: boolean; demonyms: number }

const isNameWord = (t: PlainTerm): boolean => t.tags.includes("ProperNoun") && !NOT_NAME_TAGS.some((n) => t.tags.includes(n));
const isAllCaps = (w: string): boolean => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
/** A word's own text without a possessive ending: "Smith's" -> "Smith". */
const bare = (t: PlainTerm): string => t.tags.includes("Possessive") ? t.text.replace(/['’]s$/u, "") : t.text;
/** Only spaces after a word: punctuation ends a name. */
const spaceAfter = (t: PlainTerm): boolean => /^[ \t]*$/u.test(t.post);

/** Runs of capitalised words in one sentence (offsets into the piece). */
function runsOf(terms: readonly PlainTerm[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < terms.length;) {
    if (!isNameWord(terms[i]!)) { i++; continue; }
    const prev = terms[i - 1];
    const titleBefore = !!prev && spaceAfter(prev) && (isHonorific(prev.text) || isTitleWord(prev.text));
    let j = i;
    // Extend over name words and single connectors between two name words.
    while (j + 1 < terms.length && spaceAfter(terms[j]!) && !terms[j]!.tags.includes("Possessive")) {
      const next = terms[j + 1]!;
      if (next.pre) break; // "Frentzen (Germany)": an opening bracket or quote ends the name
      if (isNameWord(next)) { j++; continue; }
      const after = terms[j + 2];
      if (CONNECTORS.has(next.text) && spaceAfter(next) && after && !after.pre && isNameWord(after)) { j += 2; continue; }
      break;
    }
    const run = terms.slice(i, j + 1);
    const words = run.map(bare);
    let demonyms = 0;
    while (demonyms < run.length && run[demonyms]!.tags.includes("Demonym")) demonyms++;
    runs.push({ words, starts: run.map((t) => t.offset.start), caps: words.every(isAllCaps), titleBefore, demonyms });
    i = j + 1;
  }
  return runs;
}

const surnameWords = new Map<string, boolean>();
/** A word that can be a surname: a name in compromise's lexicon, or no ordinary English word ("Cup", "League"). */
const isSurnameWord = (w: string): boolean => {
  let yes = surnameWords.get(w);
  if (yes === undefined) {
    yes = lexiconTags(w.toLowerCase()).includes("Person") || !isCommonEnglishWord(w);
    // The answer depends on the word and the shipped lists only; bounded against a document of distinct words.
    if (surnameWords.size < 50_000) surnameWords.set(w, yes);
  }
  return yes;
};

/**
 * The last word of a name that opens with a first name: any word but a plural of an ordinary one
 * ("Christian Democrats"); English words are surnames too ("Gordon Brown", "Emmanuel Macron").
 */
const isLastNameAfterFirstName = (w: string): boolean => !(/s$/u.test(w) && isCommonEnglishWord(w) && isCommonEnglishWord(w.slice(0, -1)));

const isFirstName = (w: string): boolean => FIRST_NAME_TAGS.some((t) => lexiconTags(w.toLowerCase()).includes(t));

/** "President Bill Clinton": the title's words are not the name, and the name follows a title. */
function withoutTitle(run: Run): Run {
  let k = 0;
  while (k < run.words.length - 1 && (isHonorific(run.words[k]!) || isTitleWord(run.words[k]!))) k++;
  return k === 0 ? run : { ...run, words: run.words.slice(k), starts: run.starts.slice(k), titleBefore: true };
}

/**
 * "Mary Robinson of Acme Holdings Corp", "President Emmanuel Macron of France": a person's name
 * before a connector is that person and the rest another name; "Bank of England" stays whole.
 */
function atPersonOf(part: Run, isKnownPerson: (name: string) => boolean): Run[] {
  const k = part.words.findIndex((w, i) => i > 0 && CONNECTORS.has(w));
  if (k < 0) return [part];
  const left = part.words.slice(0, k);
  const last = left[left.length - 1]!;
  const person = isKnownPerson(left.join(" ")) || (left.length <= MAX_PERSON_WORDS
    && ((left.length >= 2 && isFirstName(left[0]!) && isLastNameAfterFirstName(last)) || (part.titleBefore && isSurnameWord(last))));
  if (!person) return [part];
  const rest = { ...part, words: part.words.slice(k + 1), starts: part.starts.slice(k + 1), titleBefore: false };
  return [{ ...part, words: left, starts: part.starts.slice(0, k) }, ...atPersonOf(rest, isKnownPerson)];
}

/** What the name lists say a run of words is, or null. */
function typeByData(words: readonly string[], titleBefore: boolean): Kind | null {
  const text = words.join(" ");
  const last = words[words.length - 1]!;
  if (countryByName(text)) return "place";
  if (wellKnownOrg(text)) return "organization";
  if (words.length > 1 && isOrgEnding(last) && !WEAK_ORG_ENDINGS.has(last.toLowerCase())) return "organization";
  // After a title or from a first name, a person when the last word can be a surname.
  const personLike = words.length <= MAX_PERSON_WORDS && !isAllCaps(text) && !words.some((w) => CONNECTORS.has(w));
  if (titleBefore && personLike && isSurnameWord(last)) return "person";
  if (words.length > 1 && personLike && isFirstName(words[0]!) && isLastNameAfterFirstName(last) && readings(text).length === 0) return "person";
  if (placeByData(text)) return "place";
  return null;
}

/** A name the gazetteer knows as an area, a region, a country or a city large enough to be meant bare. */
const placeByData = (text: string): boolean => readings(text).some((r) => r.source !== "city" || r.population >= BARE_CITY_POPULATION);

/** The scan over the tail: findings with their mentions, one finding per kind and name. */
export function tailEntities(doc: ArticleDoc): Pick<ArticleDoc, "people" | "organizations" | "places"> {
  // Names found by the rules in the tagged part, each with the kind most of its mentions got there.
  const votes = new Map<string, Record<Kind, number>>();
  const vote = (name: string, kind: Kind, n: number): void => {
    const key = nameKey(name);
    const v = votes.get(key) ?? { person: 0, organization: 0, place: 0 };
    v[kind] += n;
    votes.set(key, v);
  };
  for (const p of doc.people) vote(p.name, "person", p.mentions.length);
  for (const o of doc.organizations) vote(o.name, "organization", o.mentions.length);
  for (const p of doc.places) vote(p.name, "place", p.mentions.length);
  const known = new Map<string, Kind>();
  for (const [key, v] of votes) known.set(key, (Object.keys(v) as Kind[]).reduce((a, b) => (v[b] > v[a] ? b : a)));
  const learn = (name: string, kind: Kind): void => {
    const key = nameKey(name);
    if (!known.has(key)) known.set(key, kind);
  };
  // Each word of a person's full name: a later "Koizumi" alone is that person, unless the name
  // lists say otherwise. Initials and ordinary words ("Cup", "Open") are no surnames.
  const surnames = new Set<string>();
  // A name is learnt once: its later mentions would add the same surnames again.
  const learntPeople = new Set<string>();
  const learnPerson = (name: string): void => {
    if (learntPeople.has(name)) return;
    learntPeople.add(name);
    const parts = name.split(/\s+/);
    if (parts.length < 2) return;
    for (const w of parts) {
      if (w.replace(/[^\p{L}]/gu, "").length < 2 || !/^\p{Lu}/u.test(w) || isAllCaps(w)) continue;
      if (isSurnameWord(w)) surnames.add(nameKey(w));
    }
  };
  for (const p of doc.people) learnPerson(p.name);

  const typed = new Map<string, Kind | null>();
  const found = new Map<string, { kind: Kind; name: string; mentions: EntityMention[] }>();
  const add = (kind: Kind, name: string, start: number, end: number): void => {
    const key = `${kind}:${nameKey(name)}`;
    let f = found.get(key);
    if (!f) { f = { kind, name, mentions: [] }; found.set(key, f); }
    f.mentions.push({ start, end, text: doc.text.slice(start, end) });
  };

  // Words in capitals (a headline, a dateline, an acronym): the longest spans of up to CAPS_SPAN
  // words that name something already known, a country, a well-known organization or place;
  // nothing else is typed there, for a headline's words are no names.
  const capsLine = (run: Run, at: number): void => {
    for (let i = 0; i < run.words.length;) {
      let matched = 0;
      for (let n = Math.min(CAPS_SPAN, run.words.length - i); n > 0 && !matched; n--) {
        const words = run.words.slice(i, i + n);
        const text = words.join(" ");
        const start = at + run.starts[i]!;
        // A dateline ("NEW YORK 1996-08-22") opens its line with a place.
        const dateline = i === 0 && (start === 0 || doc.text[start - 1] === "\n") && placeByData(text);
        const kind = dateline ? "place" : known.get(nameKey(text)) ?? (countryByName(text) ? "place" : wellKnownOrg(text) ? "organization" : placeByData(text) ? "place" : null);
        if (!kind) continue;
        add(kind, text, start, at + run.starts[i + n - 1]! + words[n - 1]!.length);
        matched = n;
      }
      i += matched || 1;
    }
  };

  // "European Union" is a name; "German" alone is not, and "German Chancellor Helmut Kohl" names
  // a person after the demonym: a run that opens with demonyms is a name only when it is known or
  // the name lists type it whole, else it is read without them.
  const byDemonym = (run: Run, at: number): Run | null => {
    if (run.demonyms === 0) return run;
    if (run.demonyms < run.words.length) {
      const start = at + run.starts[0]!;
      const end = at + run.starts[run.starts.length - 1]! + run.words[run.words.length - 1]!.length;
      const text = doc.text.slice(start, end).replace(/\s+/gu, " ");
      const kind = known.get(nameKey(text)) ?? (wellKnownOrg(text) || isOrgEnding(run.words[run.words.length - 1]!) ? "organization" : null);
      if (kind) { add(kind, text, start, end); return null; }
    }
    const k = run.demonyms;
    return k < run.words.length ? { ...run, words: run.words.slice(k), starts: run.starts.slice(k), demonyms: 0 } : null;
  };

  const from = doc.detailEnd;
  for (const para of doc.paragraphs) {
    if (para.end <= from) continue;
    const offset = Math.max(para.start, from);
    const block = unwrap(doc.text.slice(offset, para.end));
    for (const [a, b] of pieces(block)) {
      for (const sentence of plainSentences(block.slice(a, b))) {
        for (const run of runsOf(sentence.terms)) {
          const at = offset + a;
          if (run.caps) { capsLine(run, at); continue; }
          if (run.words.length > MAX_NAME_WORDS) continue;
          const name = byDemonym(run, at);
          if (!name) continue;
          for (const part of atPersonOf(withoutTitle(name), (w) => known.get(nameKey(w)) === "person")) {
            const { words, starts, titleBefore: titled } = part;
            const start = at + starts[0]!;
            const end = at + starts[starts.length - 1]! + words[words.length - 1]!.length;
            const text = doc.text.slice(start, end).replace(/\s+/gu, " ");
            const key = nameKey(text);
            const memoKey = `${key}|${titled ? 1 : 0}`;
            let kind: Kind | null | undefined = known.get(key);
            if (!kind) {
              kind = typed.get(memoKey);
              if (kind === undefined) { kind = typeByData(words, titled); typed.set(memoKey, kind); }
              if (!kind && surnames.has(key)) kind = "person";
            }
            if (!kind) continue;
            add(kind, text, start, end);
            learn(text, kind);
            if (kind === "person") learnPerson(text);
          }
        }
      }
    }
  }

  const people: PersonFinding[] = [], organizations: OrganizationFinding[] = [], places: PlaceFinding[] = [];
  for (const f of found.values()) {
    if (f.kind === "person") people.push({ name: f.name, aliases: [], titles: [], country: null, mentions: f.mentions });
    else if (f.kind === "organization") organizations.push({ name: f.name, aliases: [], mentions: f.mentions });
    else places.push({ name: f.name, aliases: [], type: "other", countryCode: null, lat: null, lon: null, mentions: f.mentions });
  }
  return { people, organizations, places };
}
