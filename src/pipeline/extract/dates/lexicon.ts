// Words of time: numbers written out, month and weekday names, units, seasons, ordinals. Each list
// is data shared by the rule modules, which build their regular expressions from it.
import type { Season, Unit } from "./calendar.js";

const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** A number written in words or digits ("twenty-four", "a hundred", "2 1/2", "1.5"). */
export const NUMBER_WORD = "(?:(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+\\d\\/\\d)?|(?:a|one|${NUMBER_WORD})\\s+(?:hundred|thousand)(?:\\s+(?:and\\s+)?${NUMBER_WORD})?|${NUMBER_WORD}(?:\\s+and\\s+a\\s+half)?)`;

/** The value of a number phrase matched by NUMBER; null when it is not one. */
export function numberValue(text: string): number | null {
  const t = text.toLowerCase().replace(/-/g, " ").replace(/\s+/g, " ").trim();
  const frac = /^(\d+)\s+(\d)\/(\d)$/.exec(t);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (/^\d{1,3}(?:,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  let total = 0, current = 0, seen = false;
  for (const w of t.split(" ")) {
    if (w === "and") continue;
    if (w === "a" || w === "an") { current = current || 1; seen = true; continue; }
    if (w === "half") { current += 0.5; seen = true; continue; }
    if (w in UNITS_WORDS) { current += UNITS_WORDS[w]!; seen = true; continue; }
    if (w in TENS_WORDS) { current += TENS_WORDS[w]!; seen = true; continue; }
    if (w === "hundred") { current = (current || 1) * 100; seen = true; continue; }
    if (w === "thousand") { total += (current || 1) * 1000; current = 0; seen = true; continue; }
    return null;
  }
  return seen ? total + current : null;
}

export const MONTHS: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

/** Month names and their abbreviations, longest first so that a regex prefers "September" to "Sept". */
export const MONTH_NAME = "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

export function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i === -1 ? null : i + 1;
}

export const WEEKDAYS: readonly string[] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const WEEKDAY_NAME = "(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)";

export function weekdayIndex(word: string): number | null {
  const i = WEEKDAYS.indexOf(word.toLowerCase().replace(/s$/, ""));
  return i === -1 ? null : i;
}

export const SEASONS: Record<string, Season> = {
  spring: "SP", summer: "SU", fall: "FA", autumn: "FA", winter: "WI",
};
export const SEASON_NAME = "(?:spring|summer|fall|autumn|winter)";

export const ORDINALS: Record<string, number> = {
  first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4,
  fifth: 5, "5th": 5, sixth: 6, "6th": 6, seventh: 7, "7th": 7, eighth: 8, "8th": 8, ninth: 9, "9th": 9,
  tenth: 10, "10th": 10, eleventh: 11, "11th": 11, twelfth: 12, "12th": 12, thirteenth: 13, fourteenth: 14,
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  "twenty-first": 21, "twenty first": 21,
};
export const ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first|\\d{1,2}(?:st|nd|rd|th))";

export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase().replace(/-/g, " ");
  if (w in ORDINALS) return ORDINALS[w]!;
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  return m ? Number(m[1]) : null;
}

/** Unit words (singular or plural) and what they measure. */
const UNIT_WORDS: ReadonlyArray<readonly [RegExp, Unit]> = [
  [/^min(?:ute)?s?$/, "minute"],
  [/^(?:hours?|hrs?)$/, "hour"],
  [/^(?:days?|nights?)$/, "day"],
  [/^(?:weeks?|fortnights?)$/, "week"],
  [/^months?$/, "month"],
  [/^quarters?$/, "quarter"],
  [/^(?:years?|yrs?)$/, "year"],
  [/^decades?$/, "decade"],
  [/^(?:century|centuries)$/, "century"],
];
export const UNIT_NAME = "(?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)";

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  for (const [re, unit] of UNIT_WORDS) if (re.test(w)) return unit;
  return null;
}

/** Spelled-out years as read aloud in broadcast transcripts: "nineteen ninety-six", "two thousand". */
export const SPOKEN_YEAR = `(?:(?:nineteen|eighteen|seventeen|sixteen)\\s+(?:hundred(?:\\s+and)?\\s+)?${NUMBER_WORD}|two\\s+thousand(?:\\s+(?:and\\s+)?${NUMBER_WORD})?)`;

export function spokenYearValue(text: string): number | null {
  const t = text.toLowerCase().replace(/-/g, " ").replace(/\s+/g, " ").trim();
  const m = /^(nineteen|eighteen|seventeen|sixteen) (?:hundred (?:and )?)?(.+)$/.exec(t);
  if (m) {
    const century = UNITS_WORDS[m[1]!]!;
    const rest = numberValue(m[2]!);
    return rest === null || rest >= 100 ? null : century * 100 + rest;
  }
  const v = numberValue(t);
  return v !== null && v >= 2000 && v < 2100 ? v : null;
}
