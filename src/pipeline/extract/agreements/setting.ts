// When and where an agreement was made: a date or a place of the sentence itself ("agreed on
// Wednesday", "during a meeting at Yokosuka"), else the article's main event (the talks the lead
// reports: "On January 31, 2026, ... held talks at ... Yokosuka base"), for agreements that were
// made, not merely intended. A date inside the action belongs to the action ("agreed to hold
// elections in March") unless the agreement is still to come ("will sign the accord on Friday").
import type { AgreementStatus } from "../../../schema/article.js";
import type { DateFinding } from "../../doc.js";
import { EVENT_WORDS, EXPECT_GOVERNORS, INTENT_GOVERNORS, LOCATIVE_PREPOSITIONS, MEETING_NOUNS } from "./lexicon.js";
import type { SentenceView } from "./sentence.js";
import { placeLocatedIn } from "./syntax.js";
import { isNounish, isVerb, strongBreakAfter } from "./words.js";

export interface Setting {
  readonly date: string | null;
  readonly place: string | null;
  /** The place is a city or a facility: where something happens, even when it is also a party. */
  readonly local?: boolean;
}

/** The main event is told in the article's first paragraphs (the headline counts as one). */
const MAIN_EVENT_PARAGRAPHS = 4;
/** How many words may stand between "in"/"at" and the place ("at the Maritime Self-Defense Force's Yokosuka base"). */
const MAX_LOCATIVE_GAP = 6;

/** Most specific first: a city names where the talks were better than its region or country. */
const PLACE_TYPE_RANK: Record<string, number> = { city: 0, facility: 1, other: 2, region: 3, country: 4 };

export const dayValue = (d: DateFinding): string | null => {
  if (d.type !== "date" || !d.value) return null;
  const m = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(d.value);
  return m ? m[0] : null;
};

const wordAt = (v: SentenceView, offset: number): number => v.words.findIndex((w) => w.end > offset);

/** Is the place mention at word p introduced by a locative preposition ("in", "at")? */
function locativePreposition(v: SentenceView, p: number): number | null {
  for (let k = p - 1; k >= 0 && p - k <= MAX_LOCATIVE_GAP; k--) {
    const w = v.words[k]!;
    if (LOCATIVE_PREPOSITIONS.has(w.lower)) return k;
    if (strongBreakAfter(w) || (isVerb(w) && !w.tags.has("Noun") && !w.tags.has("Adjective")) || !isNounish(w) && !w.tags.has("Possessive")) return null;
  }
  return null;
}

/** "during a meeting at X", "at talks in X": the place is where the agreement was made. */
function meetingSetting(v: SentenceView, prep: number): boolean {
  for (let k = prep - 1; k >= 0 && prep - k <= 4; k--) {
    if (!MEETING_NOUNS.has(v.words[k]!.lower)) continue;
    return v.words.slice(Math.max(0, k - 3), k).some((w) => SETTING_PREPOSITIONS.has(w.lower));
  }
  return false;
}
const SETTING_PREPOSITIONS = new Set(["during", "at", "after", "following", "on", "before", "on the sidelines of"]);

/** Is word p inside ", who/which ..." (a side remark, not the setting of the sentence)? */
function inRelativeAside(v: SentenceView, p: number): boolean {
  for (let k = p - 1; k >= 0; k--) {
    if (v.words[k]!.post.includes(",")) return ["who", "whom", "which", "whose", "where"].includes(v.words[k + 1]?.lower ?? "");
  }
  return false;
}

/** The place of a sentence: the most specific locative place, not a party. */
export function placeIn(v: SentenceView, exclude: ReadonlySet<string>, actionStart: number | null, before = v.words.length, aside: readonly [number, number] | null = null): string | null {
  const found: { name: string; rank: number; at: number }[] = [];
  for (const m of v.mentions) {
    if (m.kind !== "place" || m.end > v.sentence.end || exclude.has(m.name)) continue;
    const p = wordAt(v, m.start);
    if (p < 0 || p >= before || (aside && p > aside[0] && p < aside[1]) || inRelativeAside(v, p)) continue;
    const prep = locativePreposition(v, p);
    if (prep === null) continue;
    // "the mayors of Kristiansand in Norway": a place that locates another place is not where the event was
    if (prep === p - 1 && placeLocatedIn(v, prep)) continue;
    // inside the action, only the place of a meeting ("during a meeting at X") is the agreement's
    if (actionStart !== null && p >= actionStart && !meetingSetting(v, prep)) continue;
    found.push({ name: m.name, rank: PLACE_TYPE_RANK[m.placeType ?? "other"] ?? 2, at: m.start });
  }
  found.sort((a, b) => a.rank - b.rank || a.at - b.at);
  return found[0]?.name ?? null;
}

/** The date of a sentence for a trigger at word `at` whose action starts at `actionStart`. */
export function dateIn(v: SentenceView, at: number, actionStart: number, status: AgreementStatus): string | null {
  const inSentence = v.dates.filter((d) => d.end <= v.sentence.end && dayValue(d));
  const trigger = v.words[at]!.start;
  const actionOffset = v.words[actionStart]?.start ?? v.sentence.end;
  const before = inSentence.filter((d) => d.end <= trigger).at(-1);
  const between = inSentence.find((d) => d.start >= trigger && d.end <= actionOffset);
  const later = status === "intent" || status === "expected" ? inSentence.find((d) => d.start >= actionOffset) : undefined;
  const d = between ?? before ?? later;
  return d ? dayValue(d) : null;
}

/** Words after which a sentence tells what is planned or expected, not the event it reports. */
const FUTURE = new Set(["will", "would", "shall", ...EXPECT_GOVERNORS, ...INTENT_GOVERNORS]);

/** The article's main event: the first date and the first place of the lead's meeting or agreement sentences. */
export function mainEvent(views: readonly SentenceView[], agreeing: ReadonlySet<number>): Setting {
  let date: string | null = null;
  let place: string | null = null;
  for (const v of views) {
    if (v.sentence.paragraph >= MAIN_EVENT_PARAGRAPHS) break;
    const eventful = agreeing.has(v.index) || v.words.some((w) => EVENT_WORDS.has(w.lower));
    if (!eventful) continue;
    // what comes after "will" or "would" is planned, not the event the article reports
    const future = v.words.findIndex((w) => FUTURE.has(w.lower));
    const until = future < 0 ? v.sentence.end : v.words[future]!.start;
    if (!date) {
      const d = v.dates.find((x) => x.end <= until && x.grain === "day" && dayValue(x));
      if (d) date = dayValue(d);
    }
    place ??= placeIn(v, new Set(), null, future < 0 ? v.words.length : future);
    if (date && place) break;
  }
  const type = place === null ? null : views.flatMap((v) => v.mentions).find((m) => m.kind === "place" && m.name === place)?.placeType ?? null;
  return { date, place, local: type === "city" || type === "facility" };
}

/** Years named in the sentence before word `at` ("In 2018, ...", "the 2015 accord"). */
/** A year written out in a date's text ("January 30, 2019", "2018"). */
export const WRITTEN_YEAR = /(?<!\d)(?:1\d|20)\d\d(?!\d)/;

export function yearsBefore(v: SentenceView, at: number): number[] {
  const trigger = v.words[at]!.start;
  const out: number[] = [];
  // only years the text writes: "in March" resolved into last year is recent news, not background
  for (const d of v.dates) if (d.end <= trigger && d.value && /^\d{4}/.test(d.value) && WRITTEN_YEAR.test(d.text)) out.push(Number(d.value.slice(0, 4)));
  for (const w of v.words) if (w.end <= trigger && /^(?:1\d|20)\d\d$/.test(w.text) && w.tags.has("Value")) out.push(Number(w.text));
  return out;
}
