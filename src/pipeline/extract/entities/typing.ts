// Typing by evidence: each candidate becomes a person, an organization or a place, or stays
// unknown (an unknown word may still turn out to be a surname, see index.ts). The strongest
// evidence decides: a well-known organization or a country by name; an organization's ending
// word; a title before a name; a team's context in a sports report; a gazetteer; compromise's own
// word tags; and last, the shape of the name.
import { countryByName, countryOfDemonym } from "../../../data/places/countries.js";
import { CLOSING_LEGAL_FORMS, isBodyEnding, isOrgEnding, LEGAL_FORMS, isOrgHead, MINISTRY_FIELDS, SPORTS_CLUB_WORDS, WEAK_ORG_ENDINGS, wellKnownOrg } from "../../../data/organizations.js";
import { PLACE_HEADS } from "../../../data/places/features.js";
import { EVENT_ENDINGS, LOCATIVE_WORDS, MATCH_WORDS, TEAM_NOUNS } from "../../../data/sports.js";
import { isTitleHead, isTitleModifier, isHonorific } from "../../../data/titles.js";
import { isCommonEnglishWord } from "../../../data/english.js";
import { isGroupWord, isOtherName, isThingEnding } from "../../../data/groups.js";
import { lexiconTag } from "../../../nlp/compromise.js";
import type { Token } from "../../doc.js";
import { placeEnding, readings } from "../../resolve/gazetteer.js";
import type { Candidate } from "./candidates.js";
import { opensClause } from "./candidates.js";
import type { ArticleContext } from "./context.js";
import { lowerWord, previousWord } from "./context.js";
import { orgContext } from "./org-context.js";
import { countryBefore, demonymAt, peelPrefix, titleBefore, titleInApposition } from "./titles.js";
import { isAllCaps, isGivenName, NAME_ABBREVIATIONS, wordEnd, wordOf } from "./words.js";

export type Kind = "person" | "organization" | "place";

/** The reason of a name that no rule typed: other evidence (a list it stands in) may still type it. */
export const NO_EVIDENCE = "no evidence";

/** The reason of a name typed a person by its shape alone ("Quantix Orbital"): a list of organizations outweighs it. */
export const NAME_SHAPE = "shape of a personal name";

/** How sure the typing is: later mentions of the same name follow the surest one. */
export const Strength = { weak: 1, medium: 2, strong: 3 } as const;
/** The reason given to a name typed by the words around one mention (org-context.ts). */
export const CONTEXT_FRAME = "context: ";

export interface Typed {
  readonly kind: Kind | null;
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly text: string;
  readonly strength: number;
  readonly reason: string;
  readonly title: string | null;
  readonly country: string | null;
  readonly caps: boolean;
  /** A place already resolved where it was found (a country named in another language). */
  readonly place?: { readonly countryCode: string; readonly type: "country" | "region" | "city" | "other"; readonly lat: number | null; readonly lon: number | null };
}

/** Capitalised abbreviations that are not organizations: units, times, diseases, common nouns. */
export const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set(["GMT", "AM", "PM", "TV", "AIDS", "HIV", "GDP", "GNP", "CEO", "AI", "OK", "ID", "PC", "CD", "DVD", "MP", "VAT", "CPI", "PPI", "RBI", "ERA", "IPO", "EST", "EDT", "BST", "CET", "UTC", "NB", "PS", "DNA", "SARS", "TB", "BSE", "CJD", "LNG", "LPG", "GM", "VIP", "UFO", "POW", "MW", "KW", "BPD", "FOB", "CIF", "YTD", "MTD", "NET", "PCT", "USD", "EUR", "JPY", "GBP", "DM", "FFR", "SFR", "CAPS", "DIGEST", "NOTE", "UPDATE", "CORRECTED", "REPEAT", "RESULTS", "TABLE", "SCHEDULE"]);

/** Tags of ordinary words: a name's first word must have none of them. */
const COMMON_TAGS = ["Verb", "Adverb", "Plural", "Adjective", "Determiner", "Preposition", "Conjunction", "Pronoun", "Value", "Uncountable"];

/** Words that name one body when capitalised after "the" (the Senate, the Commission). */
const SINGLE_BODY_WORDS: ReadonlySet<string> = new Set(["senate", "house", "commission", "council", "parliament", "congress", "assembly", "cabinet", "government", "court", "navy", "army", "treasury", "bundesbank", "fed", "board", "coalition", "commonwealth", "journal", "union", "league", "party", "ministry"]);

/** Words that make any name a competition ("Cup Winners' Cup", "World Series"). */
const COMPETITION_WORDS: ReadonlySet<string> = new Set(["cup", "series", "olympics", "olympic", "championship", "championships", "open", "games", "trophy", "slam", "slams", "war"]);

const WELL_KNOWN_COMPANY = (w: string): boolean => wellKnownOrg(w) === "companies";

/** The abbreviations news uses for the states of the United States after a town ("Akron, Ohio"; "Newark, N.J."). */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(["Ala", "Ariz", "Ark", "Calif", "Colo", "Col", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "NH", "NJ", "NM", "NY", "NC", "ND", "Okla", "Ore", "Pa", "RI", "SC", "SD", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wisc", "WVa", "Wyo", "DC"]);

/** Overs, maidens, runs and wickets: only a bowler's name stands before them. */
const BOWLING_FIGURES = /^\d+(?:\.\d)?-\d+-\d+-\d+$/;

/** compromise lexicon tags of grammatical words: "As", "But", "When" are never names alone. */
const FUNCTION_LEXICON_TAGS: ReadonlySet<string> = new Set(["Preposition", "Conjunction", "Determiner", "Pronoun", "Adverb", "Modal", "Copula", "Auxiliary", "QuestionWord", "Negative"]);

/** Last words of names of market indices ("Dow Jones Industrial Average", "Nasdaq Composite"): neither people nor organizations. */
const MARKET_INDEX_ENDINGS: ReadonlySet<string> = new Set(["average", "averages", "composite", "index"]);

/** Words that open names of storms, not of people ("Hurricane Edouard"). */
const STORM_WORDS: ReadonlySet<string> = new Set(["hurricane", "typhoon", "cyclone", "storm", "tropical"]);

/** Words that open names of organizations: media and banks named in other languages, airlines. */
const ORG_OPENERS: ReadonlySet<string> = new Set(["radio", "gazeta", "gazette", "banco", "banca", "banque", "grupo", "gruppo", "groupe", "compagnie", "societe", "sociedad", "air", "club", "editions", "editorial"]);

/**
 * Nouns for kinds of companies and bodies that stand right before a name ("the operator Fjord
 * Line", "the broadcaster NRK", "the party Likud"): the name is an organization.
 */
const ORG_ROLE_NOUNS: ReadonlySet<string> = new Set(["operator", "carrier", "company", "firm", "group", "airline", "bank", "lender", "insurer", "broadcaster", "network", "newspaper", "daily", "weekly", "magazine", "agency", "club", "party", "union", "association", "charity", "organisation", "organization", "maker", "manufacturer", "carmaker", "automaker", "retailer", "supermarket", "chain", "brewer", "conglomerate", "giant", "subsidiary", "startup", "start-up", "developer", "producer", "supplier", "distributor", "shipper", "shipbuilder", "miner", "utility", "insurer", "watchdog", "regulator", "institute", "think-tank", "consultancy", "outlet", "publisher", "studio", "label", "brand", "fund", "exchange", "franchise", "side", "team", "campaign", "journal", "alliance", "platform"]);

/** The kind of a publication right after its name ("Kommersant newspaper", "Star magazine"). */
const PUBLICATION_AFTER = /^ (?:newspaper|daily|weekly|magazine|tabloid|news agency|news weekly|business daily)(?![\p{L}-])/u;

/** Articles of other languages that open newspaper titles ("Le Monde", "El Pais"). */
const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(["le", "la", "les", "el", "il", "die", "der", "das", "de", "het", "al"]);

/** compromise lexicon tags of personal names: its reading of the sentence may say otherwise. */
const PERSON_LEXICON_TAGS: ReadonlySet<string> = new Set(["Person", "LastName"]);

/** Verbs of saying after a single unknown word: "Lebed told reporters". */
const SPEECH_VERBS: ReadonlySet<string> = new Set(["said", "says", "told", "added", "stated", "declared", "announced", "insisted", "argued", "explained", "warned", "wrote", "asked", "replied", "noted", "admitted", "denied", "urged", "claimed", "confirmed", "acknowledged", "complained", "predicted", "suggested", "stressed", "recalled"]);

/** A word of a multi-word name must be a town at least this large to make the name a team. */
const TEAM_TOWN_POPULATION = 20_000;

/** Longest list of names looked through for a preposition before it. */
const MAX_LIST_WORDS = 12;

/** Cities this large are places even when compromise reads their name as a person's ("Sydney"). */
const METROPOLIS_POPULATION = 1_000_000;

/** Lower-case words after a town that make it the venue of an event ("the Brussels grand prix meeting"). */
const VENUE_NOUNS: ReadonlySet<string> = new Set(["meeting", "grand", "tournament", "race", "marathon", "open", "final", "finals", "games", "championship", "championships", "rally", "classic", "summit", "conference", "talks", "meet", "festival", "airport", "stock", "bourse", "market", "exchange", "police", "court", "prosecutors", "authorities", "officials", "residents", "newspaper", "daily", "office", "area", "region", "suburb", "streets"]);

/** Words before a name that say it is a place ("the Chechen capital Grozny", "the town of X"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(["capital", "city", "town", "village", "port", "province", "region", "suburb", "district", "island", "state", "county", "resort", "hometown", "enclave", "republic"]);

/** Cities this large are places even without a preposition before them. */
const BARE_CITY_POPULATION = 100_000;

const has = (t: Token, tag: string) => t.tags.has(tag);

function span(ctx: ArticleContext, first: number, last: number) {
  const start = ctx.tokens[first]!.start, end = wordEnd(ctx.text, ctx.tokens[last]!);
  return { first, last, start, end, text: ctx.text.slice(start, end) };
}

/**
 * A score after a team ("296", "2"). Bowling figures ("20-5-61-2": overs, maidens, runs,
 * wickets) follow a player, not a team.
 */
const isNumber = (t: Token | undefined): boolean => !!t && /^\d/.test(t.text) && !/^\d+(?:-\d+){2,}/.test(t.text) && (has(t, "Value") || has(t, "Cardinal") || /^\d+$/.test(t.text));

/**
 * Is the name at first..last written like a team in a results line or match report? A name of
 * several words needs a town or a club word in it ("Hansa Rostock", "Sheffield United"): players'
 * names stand beside figures too ("Waqar Younis 4-95").
 */
function teamContext(ctx: ArticleContext, first: number, last: number): boolean {
  if (!ctx.sports) return false;
  const after = ctx.tokens[last + 1];
  if (after && after.sentence === ctx.tokens[last]!.sentence && /^[ \t]+$/u.test(ctx.tokens[last]!.post) && VENUE_NOUNS.has(after.text)) return false;
  if (last > first) {
    const words = ctx.tokens.slice(first, last + 1).map((t) => wordOf(ctx.text, t));
    const teamWord = words.some((w) => isOrgEnding(w) || readings(w).some((r) => r.source !== "city" || r.population >= TEAM_TOWN_POPULATION)) || readings(words.join(" ")).length > 0;
    if (!teamWord) return false;
  }
  const prev = previousWord(ctx, first, false);
  // "lost 2-0 to Newcastle", "drew 1-1 with Everton": the side a result was against.
  let beforePrev = prev === null ? null : previousWord(ctx, prev, false);
  // compromise reads "2-0" as a range and adds empty words after it.
  while (beforePrev !== null && ctx.tokens[beforePrev]!.text === "") beforePrev = previousWord(ctx, beforePrev, false);
  if ((lowerWord(ctx, prev) === "to" || lowerWord(ctx, prev) === "with") && beforePrev !== null && (MATCH_WORDS.has(ctx.tokens[beforePrev]!.normal) || /^\d{1,3}-\d{1,3}$/.test(ctx.tokens[beforePrev]!.text))) return true;
  if (LOCATIVE_WORDS.has(lowerWord(ctx, prev))) return false;
  const next = ctx.tokens[last + 1];
  if (next && next.sentence === ctx.tokens[last]!.sentence && (isNumber(next) || MATCH_WORDS.has(next.normal))) return true;
  // "Vladimir Smicer (Lens)": a club in brackets after a player.
  if (ctx.tokens[first]!.pre.includes("(") && ctx.tokens[last]!.post.startsWith(")")) return true;
  return MATCH_WORDS.has(lowerWord(ctx, prev));
}

/**
 * A line of a results table: "Kilmarnock 1 Celtic 3" (two sides, each with its score) or a
 * standings row "Celtic 3 2 1 0 9 4 7" (a side and its played, won, drawn, lost...). The names
 * there are sides even when they are also ordinary words ("Nice"), peoples ("Celtic") or
 * abbreviated saints ("St Mirren").
 */
const RESULT_PAIR = /^[ \t]*(\p{Lu}[\p{L}.'’ -]*?)[ \t]+\d{1,3}[ \t]+(\p{Lu}[\p{L}.'’ -]*?)[ \t]+\d{1,3}(?:[ \t]*$|[ \t]+\(|[ \t]*[.,;])/du;
const STANDINGS_ROW = /^[ \t]*(\p{Lu}[\p{L}.'’ -]*?)(?:[ \t]+\d{1,3}){5,}[ \t]*$/du;

/** Is first..last, in a report on a team sport, one whole side of a results line or a standings row? */
function resultsTableSide(ctx: ArticleContext, first: number, last: number): boolean {
  if (!ctx.sports || ctx.individualSport) return false;
  const start = ctx.tokens[first]!.start, end = wordEnd(ctx.text, ctx.tokens[last]!);
  const lineStart = ctx.text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = ctx.text.indexOf("\n", end);
  const line = ctx.text.slice(lineStart, lineEnd < 0 ? ctx.text.length : lineEnd);
  const at = start - lineStart, len = end - start;
  const pair = RESULT_PAIR.exec(line) ?? STANDINGS_ROW.exec(line);
  if (!pair) return false;
  // A side's place in the line, from the match's own indices.
  return pair.indices!.slice(1).some((side) => side !== undefined && side[0] === at && side[1] - side[0] === len);
}

/** "64th", "90th": the minute of a goal, which follows the scorer's name in a match summary. */
const GOAL_MINUTE = /^\d{1,3}(?:st|nd|rd|th)(?!\p{L})/u;

/** Inside a bracket opened right after a side's score ("Hamburg 1 (", "Ajax 2 (Jeffrey 7, "). */
const AFTER_SCORE_BRACKET = /(?:^|[^\d.,])\d{1,2}[ \t]*\([^()\n]*$/u;

/**
 * "Hamburg 1 (Baeron 64th min)", "Fortuna Sittard 2 (Jeffrey 7, Roest 33)": the names in brackets
 * after a side's score are its scorers, each with a minute. A club in brackets stands alone there
 * ("Vladimir Smicer (Lens)"), not before a number.
 */
function scorerAt(ctx: ArticleContext, first: number, last: number): boolean {
  const next = ctx.tokens[last + 1];
  if (!next || next.sentence !== ctx.tokens[last]!.sentence || !/^[ \t]+$/u.test(ctx.tokens[last]!.post)) return false;
  if (!GOAL_MINUTE.test(next.text) && !/^\d{1,3}(?!\S)/u.test(ctx.text.slice(next.start, next.start + 4))) return false;
  const start = ctx.tokens[first]!.start;
  return AFTER_SCORE_BRACKET.test(ctx.text.slice(Math.max(0, start - SCORER_REACH), start));
}

/** How far back a scorer's bracket may open (a few scorers and minutes before the name). */
const SCORER_REACH = 80;

/** "MANCHESTER, England 1996-08-27": a name in capitals opening a line, before a comma or a date. */
function datelineAt(ctx: ArticleContext, first: number, last: number): boolean {
  const t = ctx.tokens[first]!;
  if (first > 0 && ctx.tokens[first - 1]!.sentence === t.sentence) return false;
  if (!ctx.tokens.slice(first, last + 1).every((x) => isAllCaps(wordOf(ctx.text, x)))) return false;
  const next = ctx.tokens[last + 1];
  if (ctx.tokens[last]!.post.trim().startsWith(",") || (!!next && /^\d{4}-\d{2}-\d{2}$/.test(next.text))) return true;
  // "AUSTIN (KXAN) —", "HOUSTON (AP) -", "DENVER —": a town, its agency in brackets, a dash.
  const end = wordEnd(ctx.text, ctx.tokens[last]!);
  return /^[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[-–—][ \t]/u.test(ctx.text.slice(end, end + 40));
}

/**
 * "3. Jacques Villeneuve (Canada) Williams 1:54.443", "5. Federico Colonna (Italy) Mapei": in a
 * results line of a race, the name after a competitor's country in brackets is the team.
 */
const RESULT_LINE_TEAM = /^[ \t]*(?:\d{1,3}[.)]?[ \t]+)?\p{Lu}[^()\n]{1,60}\(([^()\n]{2,30})\)[ \t]+$/u;

function teamAfterNationality(ctx: ArticleContext, first: number): boolean {
  if (!ctx.sports) return false;
  const start = ctx.tokens[first]!.start;
  const lineStart = ctx.text.lastIndexOf("\n", start - 1) + 1;
  const m = RESULT_LINE_TEAM.exec(ctx.text.slice(lineStart, start));
  return !!m && !!countryByName(m[1]!.trim());
}

/** "MaliVai Washington (U.S.)", "Jesper Parnevik (Sweden)": results tables give a player's country. */
function countryInBrackets(ctx: ArticleContext, last: number): boolean {
  const next = ctx.tokens[last + 1];
  return !!next && next.pre.includes("(") && next.sentence === ctx.tokens[last]!.sentence && !!countryByName(wordOf(ctx.text, next)) && ctx.text[wordEnd(ctx.text, next)] === ")";
}

const plainSpaceAfter = (ctx: ArticleContext, i: number): boolean => /^[ \t]+$/u.test(ctx.tokens[i]!.post);

/**
 * "in X", "at the X", "in Oslo, Zurich and X", or "Sandusky, Ohio": a name after a preposition,
 * in a list that follows one, or after a place and a comma.
 */
function locativeBefore(ctx: ArticleContext, first: number): boolean {
  if (LOCATIVE_WORDS.has(lowerWord(ctx, previousWord(ctx, first)))) return true;
  let k = first - 1;
  const sentence = ctx.tokens[first]!.sentence;
  let listed = false;
  while (k >= 0 && ctx.tokens[k]!.sentence === sentence && first - k <= MAX_LIST_WORDS) {
    const t = ctx.tokens[k]!;
    if (t.normal === "and" || t.normal === "or") { listed = true; k--; continue; }
    if (/^\p{Lu}/u.test(t.text) && (t.post.trim() === "," || /^[ \t]+$/u.test(t.post))) { listed ||= t.post.trim() === ","; k--; continue; }
    break;
  }
  if (listed && k >= 0 && LOCATIVE_WORDS.has(ctx.tokens[k]!.normal)) return true;
  const prev = ctx.tokens[first - 1];
  return !!prev && prev.sentence === ctx.tokens[first]!.sentence && prev.post.trim() === "," && /^\p{Lu}/u.test(prev.text) && readings(wordOf(ctx.text, prev)).length > 0;
}

const isCapsWord = (w: string) => isAllCaps(w) && w.replace(/[^\p{L}]/gu, "").length <= 6;

/** Type the name at first..last (titles already peeled). */
function typeName(ctx: ArticleContext, c: { first: number; last: number; caps: boolean }, hints: { person: boolean; title: string | null; country: string | null }): Typed {
  const s = span(ctx, c.first, c.last);
  const words = s.text.split(/\s+/);
  const lastWord = words[words.length - 1]!;
  const tokens = ctx.tokens.slice(c.first, c.last + 1);
  const base = { ...s, title: hints.title, country: hints.country, caps: c.caps };
  const as = (kind: Kind | null, strength: number, reason: string): Typed => ({ ...base, kind, strength, reason });

  if (isOtherName(s.text) || (words.length > 1 && (isOtherName(words.slice(-2).join(" ")) || isOtherName(lastWord)))) return as(null, 0, "an index, feast, book or prize");
  if (words.length > 1 && MARKET_INDEX_ENDINGS.has(lastWord.toLowerCase())) return as(null, 0, "a market index");
  if (words.length > 1 && isThingEnding(lastWord)) return as(null, 0, "an instrument, craft or award");
  if (peerage(ctx, c.first)) return as(null, 0, "a peer's territorial designation, part of the title");
  // "Salomon & Taylor", "Steptoe & Johnson": names joined by an ampersand are a firm.
  if (words.includes("&")) return as("organization", Strength.medium, "names joined by an ampersand");
  if (words.length === 1 && FUNCTION_LEXICON_TAGS.has(lexiconTag(s.text.toLowerCase()) ?? "") && !isAllCaps(s.text)) return as(null, 0, "a grammatical word with a capital");
  if (wellKnownOrg(s.text)) return as("organization", Strength.strong, "well-known organization");
  if (words.length > 1 && words.some((w) => COMPETITION_WORDS.has(w.toLowerCase().replace(/['’]$/u, "")))) return as(null, 0, "a competition");
  if (ctx.sports && words.length > 1 && lastWord.toLowerCase() === "league") return as(null, 0, "a sports league, a competition");
  if (words.length > 1 && STORM_WORDS.has(words[0]!.toLowerCase())) return as(null, 0, "a storm");
  // "Mitsubishi Lancer": a maker's name and a model is a product.
  if (words.length === 2 && WELL_KNOWN_COMPANY(words[0]!) && !isOrgEnding(lastWord) && readings(lastWord).length === 0) return as(null, 0, "a product of a well-known company");
  // "Al Pacino": an article of another language that compromise reads as part of a person's name is a given name.
  const givenName = words.length === 2 && tokens.every((t) => has(t, "Person"));
  if (words.length > 1 && !givenName && readings(s.text).length === 0 && (ORG_OPENERS.has(words[0]!.toLowerCase()) || FOREIGN_ARTICLES.has(words[0]!.toLowerCase()))) return as("organization", Strength.medium, "a word that opens organization names");
  // "UCU", "PAHO": an acronym in running text is a body's, not a town's, name; only countries
  // ("UK", "UAE") and named areas are read from letters in capitals.
  const acronym = words.length === 1 && /^\p{Lu}{2,6}$/u.test(s.text) && !c.caps && !datelineAt(ctx, c.first, c.last);
  const places = acronym ? readings(s.text).filter((r) => r.source !== "city" && r.source !== "region") : readings(s.text);
  const country = places.find((r) => r.source === "country" || r.source === "nation" || r.source === "area");
  if (country) return as("place", Strength.strong, "country or named area");
  if (!hints.person && resultsTableSide(ctx, c.first, c.last)) return as("organization", Strength.medium, "a side in a results table");
  // "the larger operator Fjord Line", "the bank Nordea": a noun for a kind of company or body names one.
  const roleNoun = lowerWord(ctx, previousWord(ctx, c.first, false));
  if (ORG_ROLE_NOUNS.has(roleNoun) && /^\p{Ll}/u.test(roleNoun) && plainSpaceAfter(ctx, c.first - 1) && !hints.person) return as("organization", Strength.medium, `after "${roleNoun}"`);
  if (ctx.sports && TEAM_NOUNS.has(roleNoun) && /^\p{Ll}/u.test(roleNoun) && plainSpaceAfter(ctx, c.first - 1) && !hints.person) return as("organization", Strength.medium, `a side after "${roleNoun}"`);
  if (!hints.person && teamAfterNationality(ctx, c.first)) return as("organization", Strength.medium, "a team after a competitor's country in a results line");
  if (words.length > 1 && isGroupWord(lastWord)) return as(null, 0, "a people or faith");
  // "Shares of PulsePath", "Orbitra's chief executive", "Gavi, the vaccine alliance": the frame
  // says it is a company or association, unless the name starts with a first name or an initial.
  const frame = hints.person ? null : orgContext(ctx.text, s.start, s.end);
  if (frame && !startsLikePerson(ctx, tokens[0]!, words.length)) return as("organization", Strength.strong, `${CONTEXT_FRAME}${frame.id}`);
  // "Yedioth Ahronoth newspaper reported", "told Star magazine": a publication named before its
  // kind. Not a town or a people ("a London daily", "Israeli newspapers"), which say where.
  if (!hints.person && PUBLICATION_AFTER.test(ctx.text.slice(s.end, s.end + 24)) && readings(s.text).length === 0 && !countryOfDemonym(s.text) && !isGroupWord(lastWord) && !startsLikePerson(ctx, tokens[0]!, words.length)) {
    return as("organization", Strength.medium, "a publication named before its kind");
  }
  if (words.length === 1 && US_STATE_ABBREVIATIONS.has(s.text.replace(/\./g, "")) && (ctx.text[s.end] === "." || s.text.endsWith(".")) && ctx.tokens[c.first - 1]?.post.trim() === ",") {
    return as("place", Strength.medium, "a state's abbreviation after a town");
  }
  if (words.length > 1 && isOrgEnding(lastWord) && !WEAK_ORG_ENDINGS.has(lastWord.toLowerCase())) return as("organization", Strength.strong, "organization ending");
  const ofHead = words.findIndex((w, k) => k > 0 && (w === "of" || w === "for"));
  if (ofHead > 0 && (isOrgEnding(words[ofHead - 1]!) || isOrgHead(words[ofHead - 1]!))) return as("organization", Strength.strong, "organization head before of");
  if (hints.person) return as("person", Strength.strong, "title before the name");
  if (words.length > 1 && EVENT_ENDINGS.has(lastWord.toLowerCase())) return as(null, 0, "an event, not an entity");
  if (words.length === 1 && (isGroupWord(s.text) || has(tokens[0]!, "Demonym") || has(tokens[0]!, "Adjective") && !has(tokens[0]!, "ProperNoun"))) return as(null, 0, "a people, faith or direction");
  if (words.length === 1 && ctx.sports && SPORTS_CLUB_WORDS.has(s.text.toLowerCase())) return as("organization", Strength.medium, "a club's name in a sports report");
  if (words.length === 1 && isOrgEnding(s.text) && !has(tokens[0]!, "Person")) {
    // "the Senate", "the Commission": a body's word capitalised inside a sentence names that body.
    const theBefore = c.first > 0 && ctx.tokens[c.first - 1]!.normal === "the" && !opensClause(ctx.tokens, c.first);
    return theBefore && !ctx.sports && SINGLE_BODY_WORDS.has(s.text.toLowerCase()) ? as("organization", Strength.weak, "a body named by its kind") : as(null, 0, "an organization word alone");
  }
  if (datelineAt(ctx, c.first, c.last)) return as("place", Strength.strong, "dateline");
  if (/\p{L}-(?:le|la|les|on|upon|sur|en|super|under|in|de|du|am|an|im|by)-\p{L}/u.test(s.text)) return as("place", Strength.medium, "a town's name with a linking word (Chester-le-Street)");
  const ending = placeEnding(s.text);
  const firstTok = tokens[0]!;
  const personTags = (tokens.some((t) => has(t, "Person")) && !tokens.every((t) => has(t, "Place")))
    || PERSON_LEXICON_TAGS.has(lexiconTag(wordOf(ctx.text, tokens[tokens.length - 1]!)) ?? "");
  const initial = /^\p{Lu}$/u.test(wordOf(ctx.text, firstTok)) && /^\.\s*$/u.test(firstTok.post);
  const firstName = has(firstTok, "FirstName") || isGivenName(wordOf(ctx.text, firstTok));
  if (ctx.sports && scorerAt(ctx, c.first, c.last)) return as("person", Strength.medium, "a goal's scorer");
  // "Gloria Bistrita 2": a club named after its town, beside a score, whatever its first word.
  if (words.length > 1 && !initial && teamContext(ctx, c.first, c.last) && readings(lastWord).some((r) => r.source === "city" && r.population >= TEAM_TOWN_POPULATION)) {
    return as("organization", Strength.medium, "club named after its town");
  }
  if (words.length > 1 && (firstName || initial) && !ending && !(places.length > 0 && !initial && !has(firstTok, "Person"))) return as("person", Strength.medium, "first name or initial");
  // "Major League Baseball": an organization's word inside the name.
  if (words.length > 2 && !firstName && !initial && words.slice(1, -1).some((w) => isOrgEnding(w) && !WEAK_ORG_ENDINGS.has(w.toLowerCase()))) return as("organization", Strength.medium, "an organization word inside the name");
  if (words.length > 1 && countryInBrackets(ctx, c.last)) {
    // "Slask Wroclaw (Poland)": a club named after its town; "Jan Kroslak (Slovakia)": a player.
    if (ctx.sports && !ctx.individualSport && !initial && !firstName && readings(lastWord).some((r) => r.source === "city" && r.population >= TEAM_TOWN_POPULATION)) return as("organization", Strength.medium, "club with its country");
    return as("person", Strength.medium, "a country in brackets after the name");
  }
  const following = ctx.tokens[c.last + 1];
  if (following && following.sentence === firstTok.sentence && BOWLING_FIGURES.test(following.text)) return as("person", Strength.medium, "a bowler's figures after the name");
  if (teamContext(ctx, c.first, c.last)) return as("organization", Strength.medium, "team in a results line");
  const region = places.find((r) => r.source === "region");
  const city = places.find((r) => r.source === "city");
  const locative = locativeBefore(ctx, c.first);
  const placeByGazetteer = !!region || (!!city && (city.population >= BARE_CITY_POPULATION || locative || tokens.every((t) => has(t, "Place"))));
  const bigPlace = !!region || (!!city && city.population >= BARE_CITY_POPULATION && tokens.some((t) => has(t, "Place"))) || (!!city && city.population >= METROPOLIS_POPULATION);
  if (placeByGazetteer && (!personTags || (bigPlace && !hints.person))) {
    // In a sports report a town or county without "in"/"at" before it is a side, not a place.
    if (ctx.sports && !locative) return as("organization", Strength.medium, "town name in a sports report");
    return as("place", Strength.medium, "gazetteer");
  }
  if (words.length > 1 && isOrgEnding(lastWord)) return as("organization", Strength.medium, "weak organization ending");
  if (ending) return as("place", Strength.medium, "place ending");
  const before = lowerWord(ctx, previousWord(ctx, c.first, false));
  if (PLACE_NOUNS.has(before) && !personTags) return as("place", Strength.medium, `after "${before}"`);
  if (personTags) return as("person", Strength.medium, "compromise person tags");
  if (words.length <= 3 && !firstName && !initial && !demonymAt(ctx, c.first, c.last) && titleHolderAfter(ctx, c.last)) return as("organization", Strength.medium, HOLDER_BODY);
  if (tokens.every((t) => has(t, "Organization"))) return as("organization", Strength.medium, "compromise organization tags");
  if (tokens.every((t) => has(t, "Place"))) return as(ctx.sports && !locative ? "organization" : "place", Strength.weak, "compromise place tags");
  if (placeByGazetteer) return as("place", Strength.weak, "gazetteer, against person tags");
  const after = ctx.tokens[c.last + 1];
  const prevWord = lowerWord(ctx, previousWord(ctx, c.first, false));
  if (words.length === 1 && !isCapsWord(s.text) && !isCommonEnglishWord(s.text) && ((after && after.sentence === ctx.tokens[c.last]!.sentence && plainSpaceAfter(ctx, c.last) && SPEECH_VERBS.has(after.normal)) || prevWord === "said" || prevWord === "says")) {
    return as("person", Strength.weak, "a speaker");
  }
  // An unknown word in capitals is an acronym, most often of a body; an English word written in
  // capitals ("ALERT", "STOCKS") is not.
  if (words.length === 1 && isCapsWord(s.text) && !ctx.sports && !NOT_ORG_ACRONYMS.has(s.text.replace(/\./g, "")) && lexiconTag(s.text.toLowerCase()) === null && !has(firstTok, "Plural") && !has(firstTok, "Verb")) return as("organization", Strength.weak, "acronym");
  const wordsOk = tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(wordOf(ctx.text, t)) || /^\p{Lu}\.?$/u.test(wordOf(ctx.text, t)) || /^\p{Ll}+$/u.test(wordOf(ctx.text, t)));
  // Mid-sentence, compromise marks unknown capitalised words as proper nouns; a sentence's first
  // word only has to be no ordinary verb, adjective or plural.
  const properNouns = tokens.every((t, k) => has(t, "ProperNoun") || has(t, "Person") || /^\p{Ll}+$/u.test(wordOf(ctx.text, t))
    || (k === 0 && opensClause(ctx.tokens, c.first) && !COMMON_TAGS.some((tag) => has(t, tag))));
  const placeWord = tokens.some((t) => readings(wordOf(ctx.text, t)).some((r) => r.source !== "city" || r.population >= BARE_CITY_POPULATION));
  // "Credit Rating", "Happy Birthday": ordinary words in capitals have the shape but are no name.
  // "Optimised Deprival Value": all words but one ordinary, and no first name, is a noun phrase.
  const ordinary = words.every((w) => isCommonEnglishWord(w)) || (!firstName && words.filter((w) => isCommonEnglishWord(w)).length >= words.length - 1 && words.length >= 3);
  if (words.length >= 2 && words.length <= 4 && wordsOk && properNouns && !placeWord && !ordinary) return as("person", Strength.weak, NAME_SHAPE);
  if (words.length >= 2 && placeWord && ctx.sports) return as("organization", Strength.weak, "a town in a club's name");
  if (words.length >= 2 && tokens.some((t) => has(t, "Organization") || isOrgEnding(wordOf(ctx.text, t)))) return as("organization", Strength.weak, "multi-word name with an organization word");
  // "Best", "Superior", "Continental": an ordinary word that is also a small town's name is not read as the town.
  if (city && !ctx.sports && !(ordinary && !locative)) return as("place", Strength.weak, "small town");
  return as(null, 0, NO_EVIDENCE);
}

/** A first name or an initial opens a name of several words ("Dana Whitcombe", "J. Smith"). */
/**
 * "Christian Ziege", "Christian Rudd": a faith's word that is also a first name, before one word
 * that is neither an ordinary word nor a people's ("Christian Democrats", "Christian Aid"), opens
 * a person's name.
 */
function givenNameBeforeSurname(ctx: ArticleContext, first: number, last: number): boolean {
  if (last !== first + 1 || !isGivenName(wordOf(ctx.text, ctx.tokens[first]!)) || !/^[ \t]+$/u.test(ctx.tokens[first]!.post)) return false;
  const surname = wordOf(ctx.text, ctx.tokens[last]!);
  return /^\p{Lu}\p{Ll}/u.test(surname) && !isCommonEnglishWord(surname.toLowerCase()) && !isGroupWord(surname) && !countryOfDemonym(surname) && readings(surname).length === 0;
}

/** Ranks of the peerage, written before the holder's name ("Baroness Smith of Basildon"). */
const PEER_RANKS: ReadonlySet<string> = new Set(["lord", "baron", "baroness", "viscount", "viscountess", "earl", "countess", "marquess", "marchioness", "duke", "duchess"]);

/**
 * "Lord Ashdown of Kew", "Baroness Smith of Basildon": the place after a peer's name and "of" is
 * part of the peerage's name, not a place the story is about.
 */
function peerage(ctx: ArticleContext, first: number): boolean {
  const of = ctx.tokens[first - 1], name = ctx.tokens[first - 2], rank = ctx.tokens[first - 3];
  if (!of || !name || !rank || of.normal !== "of" || rank.sentence !== of.sentence || ctx.tokens[first]!.sentence !== of.sentence) return false;
  if (!plainSpaceAfter(ctx, first - 3) || !plainSpaceAfter(ctx, first - 2) || !plainSpaceAfter(ctx, first - 1)) return false;
  // "Lord Mayor of London", "Lord Chancellor of ...": an office, whose place is a place.
  const surname = wordOf(ctx.text, name);
  return PEER_RANKS.has(rank.normal) && /^\p{Lu}/u.test(wordOf(ctx.text, rank)) && /^\p{Lu}\p{Ll}/u.test(surname) && !isTitleHead(surname) && !isTitleModifier(surname);
}

function startsLikePerson(ctx: ArticleContext, first: Token, words: number): boolean {
  if (words < 2) return false;
  const initial = /^\p{Lu}$/u.test(wordOf(ctx.text, first)) && /^\.\s*$/u.test(first.post);
  return initial || has(first, "FirstName") || isGivenName(wordOf(ctx.text, first));
}

/** Longest acronym read as a state's body after a nationality word ("Czech CNB"). */
const MAX_BODY_ACRONYM = 5;

/**
 * A body that every state has, or one known by its own name, after a nationality word: the name
 * is the body's alone ("Turkish Foreign Ministry" -> "Foreign Ministry", "Russian Duma" -> "Duma",
 * "Czech CNB" -> "CNB"), the nationality word is no part of it.
 */
function stateBody(words: readonly string[]): boolean {
  if (words.length === 2 && MINISTRY_FIELDS.has(words[0]!.toLowerCase()) && words[1]!.toLowerCase() === "ministry") return true;
  if (words.length !== 1) return false;
  const w = words[0]!;
  if (countryByName(w)) return false;
  return (wellKnownOrg(w) !== null && wellKnownOrg(w) !== "companies") || (/^\p{Lu}{2,}$/u.test(w) && w.length <= MAX_BODY_ACRONYM && !NOT_ORG_ACRONYMS.has(w));
}

/** Titles of nobility: the place after "Duke of" is a title's territory, not a place of the story. */
const NOBLE_TITLES: ReadonlySet<string> = new Set(["duke", "duchess", "earl", "countess", "marquess", "marquis", "marchioness", "viscount", "viscountess", "baron", "baroness", "prince", "princess", "archduke", "archduchess"]);

/** "the Duchess of Sussex", "the Prince of Wales": a name after a title of nobility and "of". */
function nobleTerritory(ctx: ArticleContext, first: number): boolean {
  const of = ctx.tokens[first - 1], title = ctx.tokens[first - 2];
  return !!of && !!title && of.normal === "of" && of.sentence === ctx.tokens[first]!.sentence && NOBLE_TITLES.has(title.normal) && /^\p{Lu}/u.test(title.text);
}

/**
 * Letters of another script inside a Latin word ("PАНО" with Cyrillic А, Н, О; "Веlize"): a
 * homoglyph, spoofed or mistyped text; no look-up may read it as the name it imitates.
 */
export const hasHomoglyphs = (text: string): boolean =>
  text.split(/[^\p{L}]+/u).some((w) => /\p{Script=Latin}/u.test(w) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(w));

/** The span [start, end) is all that stands between an opening and a closing quotation mark. */
const quotedAlone = (text: string, start: number, end: number): boolean =>
  /[“"‘]$/u.test(text.slice(Math.max(0, start - 1), start)) && /^[”"’]/u.test(text.slice(end, end + 1));

/**
 * "FBI Director Louis Freeh", "Microsoft Chairman Bill Gates": the name before a title inside a
 * run is the body the holder serves, when nothing else types it (a town, a party's adjective or
 * a person's name there is no body: "Moscow Mayor", "Republican Senator", "Clinton aide").
 */
function holderBody(ctx: ArticleContext, first: number, last: number, titleEnd: number, caps: boolean): Typed | null {
  const tokens = ctx.tokens.slice(first, last + 1);
  const words = tokens.map((t) => wordOf(ctx.text, t));
  if (words.some((w) => !/^\p{Lu}/u.test(w) || isTitleHead(w) || isTitleModifier(w) || isHonorific(w) || isGroupWord(w))) return null;
  if (words.every((w) => isCommonEnglishWord(w)) || demonymAt(ctx, first, last) || tokens.some((t) => has(t, "Demonym") || has(t, "Place")) || words.some(countryAdjective)) return null;
  if (tokens.some((t) => has(t, "Person") || has(t, "FirstName")) || isGivenName(words[0]!)) return null;
  // "French Open Champion Mary Pierce": a competition's title, not an office.
  for (let k = last + 1; k < titleEnd; k++) if (COMPETITION_TITLE.test(wordOf(ctx.text, ctx.tokens[k]!))) return null;
  const typed = typeName(ctx, { first, last, caps }, { person: false, title: null, country: null });
  if (typed.kind === "organization") return typed;
  if (typed.kind !== null ? typed.reason !== NAME_SHAPE : typed.reason !== NO_EVIDENCE) return null;
  if (readings(words.join(" ")).length > 0) return null;
  return { ...typed, kind: "organization", strength: Strength.medium, reason: "the body of a title's holder" };
}

/**
 * Titles won or held in a competition ("Wimbledon champion", "French Open runner-up", "top
 * seed"): what stands before them is an event, not a body the holder works for.
 */
const COMPETITION_TITLE = /^(?:champions?|runners?-up|seeds?|qualifiers?|winners?|finalists?|medallists?|medalists?|holders?|title-holders?|newcomers?|veterans?|internationals?|teammates?|team-mates?)$/iu;

/** "Zairean", "Sudanese": a country's name with an adjective's ending, known to no list of nationalities. */
const ADJECTIVE_ENDING = /(?:an|ese|ish|i)$/u;
const countryAdjective = (w: string): boolean => ADJECTIVE_ENDING.test(w) && !!countryByName(w.replace(ADJECTIVE_ENDING, ""));

/** The reason of a name typed by the title after it ("ING analyst Steven Vrolijk"). */
const HOLDER_BODY = "before the title of one who works for it";

/** Longest run of lower-case title words read after a name. */
const MAX_TITLE_WORDS = 4;

/**
 * "ING analyst Steven Vrolijk", "Gencor chief executive Brian Gilbertson": a name, then a title in
 * lower case and the name of its holder. The first name is what the holder works for.
 */
function titleHolderAfter(ctx: ArticleContext, last: number): boolean {
  const sentence = ctx.tokens[last]!.sentence;
  let k = last + 1, head = false;
  if (!plainSpaceAfter(ctx, last)) return false;
  for (; k < ctx.tokens.length && k <= last + MAX_TITLE_WORDS; k++) {
    const t = ctx.tokens[k]!;
    const w = wordOf(ctx.text, t);
    if (t.sentence !== sentence || !/^\p{Ll}/u.test(w)) break;
    if (!isTitleHead(w) && !isTitleModifier(w)) return false;
    head = isTitleHead(w) && !COMPETITION_TITLE.test(w);
    if (!plainSpaceAfter(ctx, k)) return false;
  }
  const next = ctx.tokens[k];
  return head && !!next && next.sentence === sentence && /^\p{Lu}\p{Ll}/u.test(wordOf(ctx.text, next));
}

/** Type one candidate; a run with a country word inside its title gives a place as well. */
export function typeCandidate(ctx: ArticleContext, c: Candidate): Typed[] {
  const text = c.text;
  if (hasHomoglyphs(text)) return [];
  // "The Marvelous Mrs Maisel": ordinary words before an honorific make a work's title, not a person.
  const shown = text.split(/\s+/);
  const honorific = shown.findIndex((w, k) => k > 0 && isHonorific(w));
  if (honorific > 0 && shown.slice(0, honorific).every((w) => isCommonEnglishWord(w) && !isTitleHead(w) && !isTitleModifier(w) && !isHonorific(w))) return [];
  // “Mrs Maisel” actress, “Mr Robot”: an honorific and a name that alone fill a pair of quotation
  // marks name a work (a series, a film, a play), not a person.
  const prevToken = ctx.tokens[c.first - 1];
  const honorificStart = shown.length > 1 && isHonorific(shown[0]!) ? c.start
    : prevToken && prevToken.sentence === ctx.tokens[c.first]!.sentence && isHonorific(wordOf(ctx.text, prevToken)) ? prevToken.start : -1;
  if (honorificStart >= 0 && quotedAlone(ctx.text, honorificStart, c.end)) return [];
  if (nobleTerritory(ctx, c.first) && !countryByName(text)) return [];
  const whole = span(ctx, c.first, c.last);
  const words = text.split(/\s+/);
  const lastWord = words[words.length - 1]!;
  // "Massachusetts Gov. William Weld" cut after "Gov.": a title closing the run belongs to the
  // name that follows; what stands before it is read alone.
  if (c.last > c.first && (isTitleHead(lastWord) || isHonorific(lastWord)) && NAME_ABBREVIATIONS.has(lastWord.toLowerCase()) && ctx.text[c.end] === ".") {
    return typeCandidate(ctx, { ...c, ...span(ctx, c.first, c.last - 1) });
  }
  // "Best Products Co Chairman and Chief Executive Daniel Levy": a title after a legal form
  // closes the run but is no part of the company's name.
  if (c.last > c.first + 1 && isTitleHead(lastWord) && LEGAL_FORMS.has(words[words.length - 2]!.toLowerCase().replace(/\.$/, ""))) {
    return typeCandidate(ctx, { ...c, ...span(ctx, c.first, c.last - 1) });
  }
  // Names that are an organization or a country as a whole are not split for titles; a
  // nationality word stays part of an organization's name ("Indonesian Democratic Party").
  // "U.S. Senate": a country and the one body word after it are a place and an organization.
  if (words.length === 2 && SINGLE_BODY_WORDS.has(lastWord.toLowerCase()) && countryByName(words[0]!) && c.last === c.first + 1) {
    return [
      { ...span(ctx, c.first, c.first), kind: "place", strength: Strength.strong, reason: "country before a body", title: null, country: null, caps: c.caps },
      { ...span(ctx, c.last, c.last), kind: "organization", strength: Strength.medium, reason: "a body after its country", title: null, country: null, caps: c.caps },
    ];
  }
  const nationality = c.last > c.first && !wellKnownOrg(text) ? demonymAt(ctx, c.first, c.last - 1) : null;
  if (nationality && stateBody(words.slice(nationality.length))) {
    const body = { ...span(ctx, c.first + nationality.length, c.last), caps: c.caps };
    return [{ ...typeName(ctx, body, { person: false, title: null, country: null }), kind: "organization", strength: Strength.strong, reason: "a state's body after a nationality word" }];
  }
  if (wellKnownOrg(text) || countryByName(text) || (words.length > 1 && isOrgEnding(lastWord) && !WEAK_ORG_ENDINGS.has(lastWord.toLowerCase()))) {
    return [typeName(ctx, c, { person: false, title: null, country: null })];
  }
  const prefix = peelPrefix(ctx, c.first, c.last);
  const out: Typed[] = [];
  for (const p of prefix.places) out.push({ ...span(ctx, p.first, p.last), kind: "place", strength: Strength.strong, reason: "country in a title", title: null, country: null, caps: c.caps });
  const body = prefix.body ? holderBody(ctx, prefix.body.first, prefix.body.last, prefix.nameFirst, c.caps) : null;
  if (body) out.push(body);
  let first = prefix.nameFirst;
  let country = prefix.country;
  // "Korean Peninsula", "Persian Gulf", "Russian Army": a nationality word with one feature or
  // body word after it is one name.
  const tail = wordOf(ctx.text, ctx.tokens[c.last]!);
  if (first === c.first && c.last > c.first && (placeEnding(text) || isOrgEnding(tail) || readings(text).length > 0)) {
    return [typeName(ctx, c, { person: false, title: null, country: null })];
  }
  // Nationality words alone before a name ("Australian Tom Moody") are the person's country;
  // words for peoples and faiths ("Islamic Taleban") go too.
  for (;;) {
    const dem = demonymAt(ctx, first, c.last - 1);
    if (dem && first + dem.length <= c.last) { country = dem.code; first += dem.length; continue; }
    if (first < c.last && isGroupWord(wordOf(ctx.text, ctx.tokens[first]!)) && !givenNameBeforeSurname(ctx, first, c.last)) { first++; continue; }
    break;
  }
  if (ctx.tokens.slice(first, c.last + 1).every((t, k) => isGroupWord(wordOf(ctx.text, t)) || demonymAt(ctx, first + k, c.last))) return out;
  if (first > c.last) return out;
  const only = ctx.tokens.slice(first, c.last + 1).map((t) => wordOf(ctx.text, t));
  // A run of titles or nationality words alone ("Defense Minister", "Japanese") names nobody.
  if (only.every((w) => isTitleHead(w) || isTitleModifier(w) || isHonorific(w))) return out;
  const dem = demonymAt(ctx, first, c.last);
  if (dem && first + dem.length - 1 === c.last) return out;
  // "Major League Baseball", "General Motors": a title word opening an organization's name.
  const rest = ctx.tokens.slice(first, c.last + 1).map((t) => wordOf(ctx.text, t));
  if (prefix.person && first > c.first && rest.some((w) => (isOrgEnding(w) && !WEAK_ORG_ENDINGS.has(w.toLowerCase())) || COMPETITION_WORDS.has(w.toLowerCase()))) {
    return [typeName(ctx, c, { person: false, title: null, country: null })];
  }
  let before = first === c.first ? titleBefore(ctx, first) : { title: null, country: null, person: false };
  if (!before.person && !prefix.person) before = titleInApposition(ctx, first, c.last);
  const hints = {
    person: prefix.person || before.person,
    title: prefix.title ?? before.title,
    country: country ?? before.country ?? countryBefore(ctx, c.first),
  };
  const typed = typeName(ctx, { first, last: c.last, caps: c.caps }, hints);
  // "Norwegian Air Shuttle": a nationality word before an organization's name is part of it.
  // Not before a title: "Australian Ducati rider Troy Corser" is the rider's country and his team.
  if (typed.kind === "organization" && typed.reason !== HOLDER_BODY && first > c.first && prefix.nameFirst === c.first && out.length === 0 && !stateBody(rest)) return [{ ...typeName(ctx, c, { person: false, title: null, country: null }), kind: "organization", strength: typed.strength, reason: `${typed.reason}, with its nationality word` }];
  out.push(typed);
  void whole;
  return out;
}

/**
 * "Ministry of Trade and Industry", "Department of Enterprise and Employment": after a body's
 * head and the field after its "of", a second field of ordinary words joined by "and" is part of
 * the name. A name of its own there ("Ministry of Finance and Bank Indonesia", "... and Germany",
 * "... and the Senate") has a place, an ending word or a word that is no English word.
 */
function secondField(before: string, field: string): boolean {
  const m = /^(?:.* )?(\S+) (?:of|for) (?:the )?\S+$/u.exec(before);
  // A small town's name that is an ordinary word ("Industry", California) is still the field.
  if (!m || !isOrgHead(m[1]!) || readings(field).some((r) => r.source !== "city" || r.population >= BARE_CITY_POPULATION) || wellKnownOrg(field)) return false;
  return field.split(/\s+/).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && isCommonEnglishWord(w) && !isOrgEnding(w) && !SINGLE_BODY_WORDS.has(w.toLowerCase()));
}

/**
 * "Kenya Marine and Fisheries Research Institute": a run of several words with no ending of its
 * own, before "and" and a run of several words under a body's ending, is the first half of that
 * body's name. A name of its own there ends in its own ending ("Deutsche Bank and ..."), is a
 * place or a known body ("South Africa and ..."), or is a person ("Mary Jones and ...").
 */
function firstPartOfBody(first: string, second: string): boolean {
  const words = first.split(/\s+/), rest = second.split(/\s+/), tail = rest[rest.length - 1]!;
  if (words.length < 2 || rest.length < 2 || !isBodyEnding(tail) || WEAK_ORG_ENDINGS.has(tail.toLowerCase())) return false;
  if (countryByName(first) || wellKnownOrg(first) || readings(first).length > 0 || isGivenName(words[0]!)) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isOrgEnding(w));
}

/**
 * "Bank of England", "Ministry of Defence", "Gulf of Mexico": an organization or place head
 * followed by "of"/"for" and another name is one name.
 */
export function joinOfPhrases(ctx: ArticleContext, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && !prev.caps && !c.caps && ctx.tokens[prev.last]!.sentence === ctx.tokens[c.first]!.sentence) {
      const between = ctx.tokens.slice(prev.last + 1, c.first).map((t) => t.normal);
      const headWord = wordOf(ctx.text, ctx.tokens[prev.last]!).toLowerCase();
      const joinable = (between.length === 1 && (between[0] === "of" || between[0] === "for")) || (between.length === 2 && (between[0] === "of" || between[0] === "for") && between[1] === "the");
      const plain = ctx.tokens.slice(prev.last, c.first).every((t) => /^[ \t]+$/u.test(t.post));
      // "Securities and Exchange Commission": two capitalised parts joined by "and" under one ending.
      const tail = c.text.split(/\s+/).pop()!;
      const andJoin = between.length === 1 && between[0] === "and" && plain && ((isBodyEnding(tail) && !WEAK_ORG_ENDINGS.has(tail.toLowerCase())
        && !countryByName(prev.text) && !wellKnownOrg(prev.text) && !prev.text.includes(" ") && readings(prev.text).length === 0) || secondField(prev.text, c.text)
        || (plain && between.length === 1 && between[0] === "and" && firstPartOfBody(prev.text, c.text)));
      const placeHead = PLACE_HEADS.has(headWord) && between[0] === "of" && !isTitleModifier(headWord);
      const head = headWord.replace(/\.$/, "");
      const closed = CLOSING_LEGAL_FORMS.has(head) || (LEGAL_FORMS.has(head) && between.length === 2);
      if (andJoin || (joinable && plain && !closed && (isOrgHead(headWord) || isOrgEnding(headWord) || placeHead))) {
        const start = prev.start, end = c.end;
        out[out.length - 1] = { ...prev, last: c.last, end, text: ctx.text.slice(start, end) };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
