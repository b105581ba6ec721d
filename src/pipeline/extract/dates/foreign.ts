// Articles in a language chrono knows besides English (German, French, Spanish ...): chrono's parser
// for that language finds the dates, and the same value rules as for English place them. What we
// know of English (tense, "last Friday", our filters) does not carry over, so the reading is plain:
// written dates as written, weekdays the nearest one, relative dates ("gestern", "la semaine
// dernière") counted from the anchor.
import type { Grain } from "../../../schema/article.js";
import type { ChronoLanguage } from "../../../nlp/chrono.js";
import { localeParser } from "../../../nlp/chrono.js";
import type { ChronoReading } from "./chrono.js";
import type { ChronoFilter } from "./filters.js";

/** A clock time in the languages chrono reads: "14:30", "14.30 Uhr", "14 Uhr", "14h30", "à 9 h". */
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:uhr\b|h\b|h\d{2}\b)|\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.\s?m\.?|[ap]m\b)/i;

/** Words chrono keeps in front of a date that TimeML leaves outside ("am Dienstag" is "Dienstag"). */
const LEADING = /^(?:(?:am|an|im|in|um|bis|seit|vom|von|ab|zum|zur|le|la|les|l['’]|en|au|du|dès|depuis|jusqu['’]au|el|los|del|desde|hasta|il|lo|dal|dalla|nel|nella|entro|o|a|em|no|na|do|da|op|tot|sinds|på|den|från|till|sedan)\s+)+/i;

/** Units of a relative date that name more than a day: "letzte Woche" is a week, "l'an dernier" a year. */
const GRAIN_WORDS: ReadonlyArray<readonly [RegExp, Grain]> = [
  [/\b(?:woche|semaine|semana|settimana|week|vecka|veckan)\b/i, "week"],
  [/\b(?:monat|mois|mes|mese|mês|maand|månad|månaden)\b/i, "month"],
  [/\b(?:jahr|jahres|an|année|año|anno|ano|jaar|år|året)\b/i, "year"],
];

/** The shortest finding taken without a digit in it: two-letter weekdays ("Mo", "Di", "So") are words too. */
const MIN_WORD_FINDING = 4;

const FOREIGN_FILTERS: readonly ChronoFilter[] = [
  {
    id: "inside-a-word",
    reason: "a weekday abbreviation that is the start of a longer word (\"Fr\" of \"Frühjahr\")",
    rejects: (h) => /^\p{L}/u.test(h.text.slice(h.end, h.end + 1)) || /\p{L}$/u.test(h.text.slice(Math.max(0, h.start - 1), h.start)),
  },
  {
    id: "short-word",
    reason: "two- or three-letter findings without a digit are abbreviations that are also words (\"So\", \"Mi\", \"sa\")",
    rejects: (h) => !/\d/.test(h.text.slice(h.start, h.end)) && h.end - h.start < MIN_WORD_FINDING,
  },
  {
    id: "number-read-as-time",
    reason: "a bare number read as an hour (\"um 400 Parkplätze\", scores, amounts)",
    rejects: (h) => h.result.start.isCertain("hour") && !CLOCK.test(h.text.slice(h.start, h.end))
      && !["month", "day", "weekday"].some((k) => h.result.start.isCertain(k as "month")),
  },
];

/** Did the finding move with the reference? Then it was counted from it ("gestern", "vor zwei Tagen"). */
function movedWithReference(r: { start: { date(): Date } }, moved: { start: { date(): Date } } | undefined): boolean {
  return moved !== undefined && moved.start.date().getTime() !== r.start.date().getTime();
}

const readings = new Map<ChronoLanguage, ChronoReading>();

/** How chrono's findings in a language other than English are read (built on first use). */
export function foreignReading(language: ChronoLanguage): ChronoReading {
  let reading = readings.get(language);
  if (!reading) {
    reading = {
      parser: localeParser(language),
      clock: CLOCK,
      filters: FOREIGN_FILTERS,
      leading: LEADING,
      prefixOf: () => "",
      partOf: () => null,
      relative: (r, moved) => (r.start.isCertain("day") || r.start.isCertain("year")) && movedWithReference(r, moved),
      readTwice: true,
      grainOf: (surface) => GRAIN_WORDS.find(([re]) => re.test(surface))?.[1] ?? null,
      dropsSentenceDot: true,
    };
    readings.set(language, reading);
  }
  return reading;
}
