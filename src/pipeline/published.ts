// Published: the article's own date when the page's metadata gave none (plain text has none). News
// writes it in a dateline ("LONDON 1996-08-30", "YOKOSUKA, Japan, Jan. 31 (Reuters) -") or on a
// line of its own near the top ("Jan 31, 2026", "Published: Saturday, January 31, 2026 10:00").
// Anything less certain leaves it null: a wrong date here would misplace every relative date.
import type { en } from "chrono-node";
import { chronoParser, isChronoLanguage, localeParser } from "../nlp/chrono.js";
import type { ArticleDoc, Ctx } from "./doc.js";
import type { Stage } from "./stage.js";

/** Only the top of the article holds its date; a date further down is about something else. */
const HEAD_PARAGRAPHS = 3;
const HEAD_CHARACTERS = 600;
/** A line that holds the date and little else: label words, a weekday, a time (no longer than DATELINE_REACH, whose reading it shares). */
const MAX_DATE_LINE = 80;

/**
 * What comes before the date in a dateline: a place in capitals (accented ones too, "SÃO PAULO";
 * two joined by a slash, "NEW YORK/LONDON"), then maybe a country or state.
 */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu}.'’\-/ ]{1,40}(?:,\s*\p{Lu}[\p{L}.'’\- ]{1,30}){0,2}[,\s]+$/u;
/** What follows it: maybe the agency, then a dash (or the end of the line). */
const DATELINE_END = /^\s*(?:\([^()]{1,30}\)\s*)?(?:[-–—_:]|$)/;
/**
 * Weaker forms need the agency in brackets after the date, then a dash: a dateline without a
 * place ("Jan 30 (Reuters) - "), and a place written in small letters ("Kyiv, Ukraine, Jan. 30
 * (AP) — "), which a sentence could also begin with ("On Thursday, Jan. 29 (local time) - ").
 */
const AGENCY_END = /^\s*\(\p{Lu}[\p{L}.&'’ -]{0,28}\)\s*[-–—_]/u;
/** A place in small letters: words with a capital, each a name, then a comma. */
const NAMED_PLACE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3}(?:,\s*\p{Lu}[\p{L}.'’\- ]{1,30}){0,2},\s+$/u;
/** Words that open a sentence, not a place: "On Thursday, Jan. 29 ...", "In Paris, Jan. 30 ...". */
const NOT_A_PLACE = /\b(?:on|in|at|by|since|until|from|for|and|the|[a-z]+day|today|yesterday)\b/i;
/** How far into its line a dateline's date may start. */
const DATELINE_REACH = 80;
/**
 * Words a date line may carry besides the date (matched after brackets and trailing marks are cut
 * off): labels and linking words in English and in the other languages the tool reads ("Stand:
 * 13.11.2023, 08:00 Uhr", "Publié le 4 mars 2024 à 10h15", "Actualizado el 4 de marzo").
 */
const DATE_LINE_WORDS = /^(?:published|posted|updated|modified|created|issued|last|first|date|dated|on|at|am|pm|a\.m|p\.m|uhr|hrs|stand|veröffentlicht|aktualisiert|um|publié|mis|à|jour|le|publicado|actualizado|atualizado|em|el|las|pubblicato|aggiornato|il|alle|gepubliceerd|bijgewerkt|op|om|publicerad|uppdaterad|kl|[a-z]{3,9}day|[|:,.\-–—/()•·]|\d{1,2}[:.]\d{2}(?::\d{2})?)$/i;
/** A time zone written after a time: "GMT", "EST", "ET", "HKT", "AEDT", "UTC+1". */
const TIME_ZONE = /^(?:[A-Z]{1,4}T|UTC|GMT|Z)(?:[+-]\d{1,2}(?::?\d{2})?)?$/;
/**
 * Where a byline or date line is cut into parts: "By Jane Roe | March 4, 2024", "10:15 AM EST ·
 * March 4, 2024", "Published March 4, 2024 | Updated March 5, 2024", "JANUARY 30, 2026 / 9:14 PM /
 * UPDATED 2 HOURS AGO". The first part that is a date line on its own gives the date (the first
 * one, when a line has both "published" and "updated").
 */
const LINE_PARTS = /\s+[|•·/]\s+/u;
/** Longest line that is cut into parts: a byline with a date, not a sentence. */
const MAX_PARTED_LINE = 160;

const pad = (n: number): string => String(n).padStart(2, "0");

const referenceYearOf = (ctx: Ctx): number | null => (ctx.referenceDate ? Number(ctx.referenceDate.slice(0, 4)) : null);

/** What chrono reads in a short piece of text, with a reference in the given year (or 2000). */
function readDates(text: string, referenceYear: number | null, parser: en.Chrono): en.ParsedResult[] {
  return parser.parse(text, { instant: new Date(Date.UTC(referenceYear ?? 2000, 6, 1, 12)), timezone: 0 });
}

/**
 * The first full date (with its year) among chrono's readings, as YYYY-MM-DD. Without a reference
 * year the year must be written; the reference only fills in years, so the same readings serve
 * both questions.
 */
function fullDate(readings: readonly en.ParsedResult[], referenceYear: number | null): { iso: string; start: number; end: number } | null {
  for (const r of readings) {
    const c = r.start;
    if (!c.isCertain("month") || !c.isCertain("day")) continue;
    if (!c.isCertain("year") && referenceYear === null) continue;
    const year = c.get("year") ?? referenceYear ?? 0;
    return { iso: `${String(year).padStart(4, "0")}-${pad(c.get("month") ?? 1)}-${pad(c.get("day") ?? 1)}`, start: r.index, end: r.index + r.text.length };
  }
  return null;
}

/** A date without its year in a dateline ("Jan. 31") belongs to the year of the reference date, or the one before if it would lie ahead. */
function placeInYear(iso: string, ctx: Ctx): string {
  if (!ctx.referenceDate || iso.slice(0, 4) !== ctx.referenceDate.slice(0, 4)) return iso;
  return iso > ctx.referenceDate.slice(0, 10) ? `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}` : iso;
}

function fromDateline(line: string, readings: readonly en.ParsedResult[], ctx: Ctx): string | null {
  const found = fullDate(readings, referenceYearOf(ctx));
  if (!found) return null;
  const place = line.slice(0, found.start), after = line.slice(found.end);
  const placed = DATELINE_PLACE.test(place) && DATELINE_END.test(after);
  const agency = AGENCY_END.test(after) && (place.trim() === "" || (NAMED_PLACE.test(place) && !NOT_A_PLACE.test(place)));
  if (!placed && !agency) return null;
  const yearWritten = /\b\d{4}\b/.test(line.slice(found.start, found.end));
  return yearWritten ? found.iso : placeInYear(found.iso, ctx);
}

const dateLineWord = (w: string): boolean => {
  const bare = w.replace(/^[(]+/u, "").replace(/[)|:,.]+$/u, "");
  return bare === "" || DATE_LINE_WORDS.test(w) || DATE_LINE_WORDS.test(bare) || TIME_ZONE.test(bare);
};

function fromDateLine(line: string, readings: readonly en.ParsedResult[]): string | null {
  if (line.length > MAX_DATE_LINE) return null;
  const found = fullDate(readings, null);
  if (!found) return null;
  const rest = (line.slice(0, found.start) + " " + line.slice(found.end)).split(/\s+/).filter((w) => w !== "");
  return rest.every(dateLineWord) ? found.iso : null;
}

/** A line of parts ("By Jane Roe | March 4, 2024"): the first part that is a date line. */
function fromLineParts(line: string, parser: en.Chrono): string | null {
  if (line.length > MAX_PARTED_LINE || !LINE_PARTS.test(line)) return null;
  for (const part of line.split(LINE_PARTS)) {
    const text = part.trim();
    const date = fromDateLine(text, text.length > MAX_DATE_LINE ? [] : readDates(text, null, parser));
    if (date) return date;
  }
  return null;
}

export function findPublished(doc: ArticleDoc, ctx: Ctx): string | null {
  // An article in another language writes its dateline in that language ("PARIS, 3 mars 2025 -").
  const language = doc.meta.language;
  const parsers = isChronoLanguage(language) ? [localeParser(language), chronoParser] : [chronoParser];
  for (const p of doc.paragraphs.slice(0, HEAD_PARAGRAPHS)) {
    if (p.start > HEAD_CHARACTERS) break;
    for (const line of doc.text.slice(p.start, p.end).split("\n").slice(0, 2)) {
      const text = line.trim();
      for (const parser of parsers) {
        // A dateline's date lies in its first DATELINE_REACH characters; a date line is shorter than
        // that, so one reading of that much of the line serves both.
        const readings = readDates(text.slice(0, DATELINE_REACH), referenceYearOf(ctx), parser);
        const date = fromDateLine(text, readings) ?? fromDateline(text, readings, ctx) ?? fromLineParts(text, parser);
        if (date) return date;
      }
    }
  }
  return null;
}

export const published: Stage = {
  name: "published",
  essential: false,
  run(doc, ctx) {
    if (doc.meta.published) return doc;
    const date = findPublished(doc, ctx);
    if (!date) return doc;
    ctx.debug(() => `published: ${date} from the dateline or first lines`);
    return { ...doc, meta: { ...doc.meta, published: date } };
  },
};
