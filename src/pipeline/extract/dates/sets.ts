// Sets: what recurs. "daily", "every year", "each Thursday", "twice a month", "$5 a day", "on
// Mondays", "each July". TimeML gives a set the value of its period (P1D, P1Y) or of the calendar
// pattern it repeats (XXXX-WXX-4 for every Thursday, XXXX-07 for every July).
import type { Unit } from "./calendar.js";
import { durationValue } from "./durations.js";
import { MONTH_NAME, monthOf, NUMBER, numberValue, SEASON_NAME, SEASONS, unitOf, WEEKDAY_NAME, weekdayIndex } from "./lexicon.js";
import { B, E, group, re } from "./pattern.js";
import { fixed } from "./resolve.js";
import type { PatternRule } from "./types.js";

const ADVERBS: Record<string, readonly [string, "hour" | "day" | "week" | "month" | "year"]> = {
  daily: ["P1D", "day"], nightly: ["P1D", "day"], weekly: ["P1W", "week"], biweekly: ["P2W", "week"], fortnightly: ["P2W", "week"],
  monthly: ["P1M", "month"], bimonthly: ["P2M", "month"], quarterly: ["P3M", "month"], annually: ["P1Y", "year"],
  yearly: ["P1Y", "year"], hourly: ["PT1H", "hour"], semiannually: ["P6M", "month"], biannually: ["P6M", "month"],
};
const PART_CODES: Record<string, string> = { morning: "TMO", afternoon: "TAF", evening: "TEV", night: "TNI" };

const setOf = (value: string, grain: "day" | "week" | "month" | "season" | "year" | "hour" | "minute" | "quarter" | "half" | "decade" | "century" | "part-of-day" | "unspecified") =>
  () => fixed(value, grain, "set");

export const SET_RULES: readonly PatternRule[] = [
  {
    id: "set-adverb",
    kind: "set",
    match: re(`${B}(?<w>daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|annually|yearly|hourly|semi-?annually|biannually)${E}`),
    reason: "adverbs and adjectives of frequency: \"daily\" is P1D",
    build: (m, text) => {
      const w = group(m, "w").replace("-", "");
      // "Daily" in a title ("the Daily Telegraph", "China Daily") is a name.
      if (/^[A-Z]/.test(m[0]) && /^\s+[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      if (/\b(?:China|People's|Financial|Business)\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const entry = ADVERBS[w];
      return entry ? setOf(entry[0], entry[1]) : null;
    },
  },
  {
    id: "set-every-unit",
    kind: "set",
    match: re(`${B}(?:every|each|per)\\s+(?:(?<other>other|second)\\s+|(?<n>${NUMBER}|few|couple\\s+of)\\s+)?(?<unit>minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|century|centuries|morning|afternoon|evening|night)${E}`),
    reason: "\"every year\", \"each month\", \"every two weeks\", \"every other day\"",
    priority: 1,
    build: (m) => {
      const word = group(m, "unit");
      if (word in PART_CODES) return setOf(`XXXX-XX-XX${PART_CODES[word]}`, "part-of-day");
      if (/^weekends?$/.test(word)) return setOf("XXXX-WXX-WE", "week");
      const unit = unitOf(word);
      if (!unit) return null;
      const raw = group(m, "n");
      const n = group(m, "other") ? 2 : raw === "" ? 1 : /few|couple/.test(raw) ? (/couple/.test(raw) ? 2 : null) : numberValue(raw);
      return setOf(durationValue(n, unit), unit as Unit);
    },
  },
  {
    id: "set-every-weekday",
    kind: "set",
    match: re(`${B}(?:(?:every|each)\\s+(?<wd>${WEEKDAY_NAME})(?:\\s+(?<part>morning|afternoon|evening|night))?|(?<wd2>${WEEKDAY_NAME})(?:s(?:\\s+(?<part2>mornings|afternoons|evenings|nights))?|\\s+(?<part3>mornings|afternoons|evenings|nights)))${E}`),
    reason: "\"every Thursday\", \"on Mondays\", \"Tuesday nights\": a weekday that recurs",
    priority: 1,
    build: (m) => {
      const wd = weekdayIndex(group(m, "wd") || group(m, "wd2"));
      if (wd === null) return null;
      const part = (group(m, "part") || group(m, "part2") || group(m, "part3")).replace(/s$/, "");
      const iso = wd === 0 ? 7 : wd;
      return setOf(`XXXX-WXX-${iso}${part ? PART_CODES[part] ?? "" : ""}`, part ? "part-of-day" : "day");
    },
  },
  {
    id: "set-every-month",
    kind: "set",
    match: re(`${B}(?:every|each)\\s+(?<mo>${MONTH_NAME})${E}`),
    reason: "\"each July\" recurs every year in July: XXXX-07",
    priority: 1,
    build: (m) => {
      const mo = monthOf(group(m, "mo"));
      return mo ? setOf(`XXXX-${String(mo).padStart(2, "0")}`, "month") : null;
    },
  },
  {
    id: "set-every-season",
    kind: "set",
    match: re(`${B}(?:every|each)\\s+(?<s>${SEASON_NAME})${E}`),
    reason: "\"every summer\" recurs every year in summer: XXXX-SU",
    priority: 1,
    build: (m) => {
      const season = SEASONS[group(m, "s")];
      return season ? setOf(`XXXX-${season}`, "season") : null;
    },
  },
  {
    id: "set-rate",
    kind: "set",
    match: re(`(?<=(?:\\d|%|\\b(?:times|twice|once|thrice|cents?|dollars?|percent|million|billion|thousand|hundred)|\\b(?!(?:was|is|has|this|his|its|as|us|less|across|perhaps|always|does|yes|plus|whereas)\\b)[a-z]+s)\\s+)(?<span>(?:a|an|per)\\s+(?<unit>minute|hour|day|night|week|month|quarter|year|decade))${E}`),
    reason: "a rate or frequency: \"twice a year\", \"$5 a day\", \"four flights a week\"",
    priority: 2,
    build: (m) => {
      const unit = unitOf(group(m, "unit"));
      return unit ? setOf(durationValue(1, unit), unit) : null;
    },
  },
];
