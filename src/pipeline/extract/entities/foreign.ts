// Names in text whose language is known and is not English. English capitalisation rules do not
// hold there (German capitalises every noun; French writes titles in lower case), so only sure
// evidence is read: a person after a title of that language ("Oberbürgermeister Martin Horn",
// "le président Emmanuel Macron"), the title kept apart from the name; places from the gazetteers
// and the country names of that language ("Deutschland"); well-known organizations, acronyms, and
// names closed by a legal form ("Siemens AG"). An article never opens a name.
import { STOPWORDS } from "../../../data/stopwords.js";
import { HOME_COUNTRIES, isForeignArticle, isLanguageWord } from "../../../data/languages.js";
import { countryByLocalName, countryByName } from "../../../data/places/countries.js";
import { lexiconTag } from "../../../nlp/compromise.js";
import { isOrgEnding, nameKey, wellKnownOrg } from "../../../data/organizations.js";
import type { Token } from "../../doc.js";
import { readings } from "../../resolve/gazetteer.js";
import { isCapsSentence } from "./candidates.js";
import type { ArticleContext } from "./context.js";
import type { Kind, Typed } from "./typing.js";
import { NOT_ORG_ACRONYMS, Strength } from "./typing.js";
import { isAllCaps, NAME_PARTICLES, plainSpace, wordEnd, wordOf } from "./words.js";

/** compromise's lexicon tags of given names. */
const FIRST_NAME_TAGS: ReadonlySet<string> = new Set(["FirstName", "MaleName", "FemaleName", "Person"]);

/** Longest run of words looked up as one name. */
const MAX_NAME_WORDS = 4;
/** A town of this size is a place after a preposition of place ("von Freiburg")... */
const TOWN_AFTER_PREPOSITION = 15_000;
/** ...and a city this large is one without it ("Berlin", "Lyon"). */
const CITY_ALONE = 200_000;
/** Acronyms longer than this are words in capitals, not names of bodies. */
const MAX_ACRONYM_LETTERS = 6;

interface Span { readonly first: number; readonly last: number }

export function foreignEntities(ctx: ArticleContext, sentences: ReadonlyArray<{ firstToken: number; endToken: number }>, lang: string): Typed[] {
  const { text, tokens } = ctx;
  const out: Typed[] = [];
  const word = (i: number) => wordOf(text, tokens[i]!);
  const make = (s: Span, kind: Kind, strength: number, reason: string, title: string | null = null): Typed => {
    const start = tokens[s.first]!.start, end = wordEnd(text, tokens[s.last]!);
    return { kind, start, end, first: s.first, last: s.last, text: text.slice(start, end), strength, reason, title, country: null, caps: false };
  };
  for (const s of sentences) {
    // A headline in capitals: its words are not acronyms.
    const caps = isCapsSentence(text, tokens, s.firstToken, s.endToken);
    let i = s.firstToken;
    while (i < s.endToken) {
      const titled = personAfterTitle(ctx, i, s.endToken, lang);
      if (titled) {
        out.push(make(titled.name, "person", Strength.strong, "a title of the article's language before the name", titled.title));
        i = titled.name.last + 1;
        continue;
      }
      const found = nameAt(ctx, i, s.firstToken, s.endToken, lang, caps);
      if (found) {
        out.push({ ...make(found.span, found.kind, found.strength, found.reason), ...(found.place ? { place: found.place } : {}) });
        i = found.span.last + 1;
        continue;
      }
      i++;
    }
  }
  return [...out, ...laterMentions(ctx, out, word)].sort((a, b) => a.start - b.start);
}

const joinedToNext = (t: Token): boolean => plainSpace(t.post) || t.post === "-";
const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** A title of the language (one word, or two: "premier ministre") at i, then the capitalised name after it. */
function personAfterTitle(ctx: ArticleContext, i: number, end: number, lang: string): { name: Span; title: string } | null {
  const { text, tokens } = ctx;
  const w = wordOf(text, tokens[i]!);
  let titleLast = -1;
  if (i + 1 < end && plainSpace(tokens[i]!.post) && isLanguageWord(lang, "title", `${w} ${wordOf(text, tokens[i + 1]!)}`)) titleLast = i + 1;
  else if (isLanguageWord(lang, "title", w)) titleLast = i;
  if (titleLast < 0 || !/^[ \t]+$|^\.[ \t]+$/u.test(tokens[titleLast]!.post)) return null;
  let last = -1;
  let k = titleLast + 1;
  let words = 0;
  while (k < end && words < MAX_NAME_WORDS) {
    const x = wordOf(text, tokens[k]!);
    // A bracket or quotation mark before a word ends the name ("Izkia Siches (Interior)").
    if (k > titleLast + 1 && tokens[k]!.pre.trim()) break;
    // "Bruno Le Maire", "Marine Le Pen": a capitalised article inside a name, before its last part.
    if (last >= 0 && capitalised(x) && isForeignArticle(x) && joinedToNext(tokens[k]!) && k + 1 < end && capitalised(wordOf(text, tokens[k + 1]!)) && !isForeignArticle(wordOf(text, tokens[k + 1]!))) { k++; continue; }
    // A title word opens no name; inside one, outside German, it is a surname ("Bruno Le Maire").
    const titleWord = isLanguageWord(lang, "title", x) && (last < 0 || lang === "de");
    if (capitalised(x) && !isForeignArticle(x) && !titleWord && !isAllCaps(x) && !isFunctionWord(x)) {
      last = k; words++;
      if (!joinedToNext(tokens[k]!)) break;
      k++;
      continue;
    }
    // "Ursula von der Leyen", "Ingmar de Vos": particles before the last part of a name; an
    // article is one only after another particle ("Meuthen den Wert" is a name and its object).
    const particles = particleRun(text, tokens, k, end);
    if (last >= 0 && particles > 0) {
      const after = k + particles;
      const closes = after < end && capitalised(wordOf(text, tokens[after]!)) && !tokens[after]!.pre.trim()
        && !(after + 1 < end && joinedToNext(tokens[after]!) && capitalised(wordOf(text, tokens[after + 1]!)));
      if (closes) { last = after; break; }
    }
    break;
  }
  if (last < 0) return null;
  // "Herr H.": an initial alone names nobody.
  if (last === titleLast + 1 && wordOf(text, tokens[last]!).replace(/[^\p{L}]/gu, "").length < 2) return null;
  const first = titleLast + 1;
  const surface = text.slice(tokens[first]!.start, wordEnd(text, tokens[last]!));
  // "Präsident Frankreichs", "ministre Bercy": a place or a body after the title is no person.
  const places = readings(surface);
  if (places.some((r) => r.source !== "city" || r.population >= CITY_ALONE) || countryByLocalName(surface, lang) || wellKnownOrg(surface)) return null;
  // "prezes Business Centre Club": a body's word inside the name makes it no person.
  if (surface.split(/\s+/).some((x) => isOrgEnding(x))) return null;
  const title = text.slice(tokens[i]!.start, wordEnd(text, tokens[titleLast]!));
  return { name: { first, last }, title };
}

/** Particles that stand inside names; articles among them only after another particle ("von der"). */
const PARTICLES: ReadonlySet<string> = new Set(["von", "van", "de", "di", "da", "del", "della", "dos", "du", "bin", "ibn", "al", "el", "ter", "ten", "af"]);

/** Number of particle words at k ("von der" is 2), each joined to the next by a space; 0 if none. */
function particleRun(text: string, tokens: readonly Token[], k: number, end: number): number {
  const first = wordOf(text, tokens[k]!);
  if (!PARTICLES.has(first) || !plainSpace(tokens[k]!.post)) return 0;
  const second = k + 1 < end ? wordOf(text, tokens[k + 1]!) : "";
  return NAME_PARTICLES.has(second) && /^\p{Ll}/u.test(second) && plainSpace(tokens[k + 1]!.post) ? 2 : 1;
}

/** Function words of the languages news arrives in, capitalised as polite pronouns in German ("Ihnen"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...Object.values(STOPWORDS).flat(), "ihnen", "ihre", "ihr", "ihrem", "ihren", "ihrer", "sie", "du", "dich", "dir", "euch", "uns", "mich", "mir", "man"]);
const isFunctionWord = (w: string): boolean => FUNCTION_WORDS.has(w.toLowerCase());

/** The longest known name starting at token i: a place, a well-known body or a company with its legal form. */
function nameAt(ctx: ArticleContext, i: number, sentenceFirst: number, end: number, lang: string, capsSentence: boolean): { span: Span; kind: Kind; strength: number; reason: string; place?: Typed["place"] } | null {
  const { text, tokens } = ctx;
  const w0 = wordOf(text, tokens[i]!);
  if (!capitalised(w0) || isForeignArticle(w0)) return null;
  const prev = i > sentenceFirst ? tokens[i - 1]! : null;
  const prevWord = prev ? wordOf(text, prev) : "";
  // "das Bild", "die Halle": a capitalised word after an article is a common noun there.
  const afterArticle = !!prev && plainSpace(prev.post) && /^\p{Ll}/u.test(prevWord) && isLanguageWord(lang, "article", prevWord) && !isLanguageWord(lang, "locative", prevWord);
  // "Verkehrsclub Deutschland", "Bank Austria": a place right after another capitalised word is part of a name.
  // "das Land Baden-Württemberg", "la ville de Lyon": a noun for a kind of place announces one.
  const placeNoun = !!prev && plainSpace(prev.post) && isLanguageWord(lang, "place-noun", prevWord);
  const afterName = !!prev && plainSpace(prev.post) && capitalised(prevWord) && !isForeignArticle(prevWord) && !isLanguageWord(lang, "locative", prevWord) && !placeNoun;
  const locative = !!prev && plainSpace(prev.post) && (isLanguageWord(lang, "locative", prevWord) || placeNoun);
  for (let n = Math.min(MAX_NAME_WORDS, end - i); n >= 1; n--) {
    const last = i + n - 1;
    let joined = true;
    for (let k = i; k < last && joined; k++) joined = joinedToNext(tokens[k]!) && !tokens[k + 1]!.pre.trim();
    if (!joined || !capitalised(wordOf(text, tokens[last]!))) continue;
    const surface = text.slice(tokens[i]!.start, wordEnd(text, tokens[last]!));
    const span = { first: i, last };
    if (wellKnownOrg(surface) && (n > 1 || isAllCaps(surface) || !afterArticle)) return { span, kind: "organization", strength: Strength.strong, reason: "well-known organization" };
    if (n > 1 && isLanguageWord(lang, "legal-form", wordOf(text, tokens[last]!))) return { span, kind: "organization", strength: Strength.strong, reason: "a legal form closes the name" };
    if (afterName) continue;
    // Countries take articles in many languages ("la France", "die Schweiz"); towns and regions do not.
    const country = countryByLocalName(surface, lang) ?? countryByName(surface);
    if (country) return { span, kind: "place", strength: Strength.strong, reason: "country", place: { countryCode: country.code, type: "country", lat: country.lat, lon: country.lon } };
    const r = readings(surface);
    if (afterArticle) continue;
    if (r.some((x) => x.source === "area" || x.source === "nation")) return { span, kind: "place", strength: Strength.strong, reason: "named area" };
    // Regions and towns of the countries that speak the article's language stand alone; others
    // need a preposition of place or a noun such as "Land" before them ("Ende" is a region of
    // Indonesia, "Essen" a meal).
    const local = (x: { countryCode: string | null }) => !!x.countryCode && (HOME_COUNTRIES[lang] ?? []).includes(x.countryCode);
    if (r.some((x) => x.source === "region" && (locative || local(x)))) return { span, kind: "place", strength: Strength.strong, reason: "region" };
    // A given name is no town ("Elizabeth", "Warren", "Mercedes").
    if (n === 1 && FIRST_NAME_TAGS.has(lexiconTag(surface.toLowerCase()) ?? "")) continue;
    const city = r.find((x) => x.source === "city" && (locative ? x.population >= TOWN_AFTER_PREPOSITION : x.population >= CITY_ALONE && local(x)));
    if (city) return { span, kind: "place", strength: Strength.medium, reason: "gazetteer city" };
  }
  if (!capsSentence && isAcronym(ctx, i)) return { span: { first: i, last: i }, kind: "organization", strength: Strength.weak, reason: "acronym used as a name" };
  return null;
}

/** Uses of an acronym that make it a name when it is not defined in brackets. */
const MIN_ACRONYM_USES = 2;

/**
 * "ORF", "PSL": letters in capitals that the article uses as a name: defined in brackets after
 * the name it stands for, or used more than once. Dotted abbreviations ("z.B."), codes with
 * digits, English words in capitals and units are not.
 */
function isAcronym(ctx: ArticleContext, i: number): boolean {
  const w = wordOf(ctx.text, ctx.tokens[i]!);
  if (!/^\p{Lu}{2,}$/u.test(w) || w.length > MAX_ACRONYM_LETTERS || NOT_ORG_ACRONYMS.has(w) || TECHNICAL_ACRONYMS.has(w)) return false;
  if (lexiconTag(w.toLowerCase()) !== null) return false;
  const t = ctx.tokens[i]!;
  if (t.pre.includes("(") && t.post.startsWith(")")) return true;
  let uses = 0;
  for (const m of ctx.text.matchAll(new RegExp(`(?<![\\p{L}\\d])${w}(?![\\p{L}\\d])`, "gu"))) if (m && ++uses >= MIN_ACRONYM_USES) return true;
  return false;
}

/** Acronyms of technology, law and money that name no body. */
const TECHNICAL_ACRONYMS: ReadonlySet<string> = new Set(["HTTP", "HTTPS", "URL", "DNS", "IP", "TLS", "SSL", "PDF", "USB", "WLAN", "LAN", "GPS", "SMS", "APP", "FAQ", "CSS", "HTML", "API", "SEO", "IT", "PR", "CO", "CHF", "EUR", "USD", "GBP", "PLN", "MWST", "USt", "KFZ", "PKW", "LKW", "WC", "ZB", "SUV", "LED", "LCD", "CPU", "RAM", "SSD", "VPN", "WWW", "QR", "NFT", "KI", "AI", "CEO", "CFO", "CTO"]);

/** "Horn sagte ...": a later capitalised word that is the family name of a person found by title. */
function laterMentions(ctx: ArticleContext, found: readonly Typed[], word: (i: number) => string): Typed[] {
  const people = new Map<string, Typed>();
  for (const p of found) {
    if (p.kind !== "person") continue;
    const parts = p.text.split(/\s+/);
    const family = parts[parts.length - 1]!;
    if (family.length > 2) people.set(nameKey(family), p);
  }
  if (people.size === 0) return [];
  const taken = new Set(found.flatMap((f) => Array.from({ length: f.last - f.first + 1 }, (_, k) => f.first + k)));
  const out: Typed[] = [];
  ctx.tokens.forEach((t, i) => {
    if (taken.has(i)) return;
    const w = word(i);
    const p = people.get(nameKey(w));
    if (!p || !capitalised(w)) return;
    out.push({ ...p, start: t.start, end: t.start + w.length, first: i, last: i, text: w, strength: Strength.medium, reason: `family name of ${p.text}`, title: null });
  });
  return out;
}
