// Durations: "three years", "the past three months", "nearly two weeks", "2 1/2 years", "a decade",
// "five-year", "recent years", "for months". TimeML values P3Y, P2W, PT4H, P2Y6M; an unspecified
// amount is X (PXY). The words that bound the amount ("nearly", "more than", "the past") are part of
// the expression, as in TimeBank; "about" is not.
import type { Unit } from "./calendar.js";
import { NUMBER, NUMBER_WORD, numberValue, unitOf } from "./lexicon.js";
import { B, E, group, re } from "./pattern.js";
import { fixed, storyDeictic } from "./resolve.js";
import type { PatternRule, Resolver } from "./types.js";

const MODIFIER = "(?:nearly|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|no\\s+less\\s+than|just\\s+over|just\\s+under|well\\s+over|roughly|approximately|another|an\\s+additional|a\\s+full|the\\s+better\\s+part\\s+of)";
const DETERMINER = "(?:the\\s+(?:past|last|next|first|final|coming|following|previous|preceding|latest|remaining|same|initial|ensuing|entire|whole|full|year-earlier|year-ago|prior|intervening|subsequent)|(?:past|last|next|coming|first|final|previous|prior)|the|these|those|its|their|his|her)";
const VAGUE = "(?:a\\s+few|a\\s+couple\\s+of|couple\\s+of|a\\s+couple|several|few|many|some|a\\s+number\\s+of|countless|numerous)";
const UNIT = "(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|yrs?|decades?|century|centuries)";
const FILLER = "(?:more|additional|full|straight|consecutive|long|trading|business|calendar|working|fiscal|solid|extra|whole)";

const CODES: Record<Unit, { code: string; time: boolean; scale: number }> = {
  minute: { code: "M", time: true, scale: 1 },
  hour: { code: "H", time: true, scale: 1 },
  day: { code: "D", time: false, scale: 1 },
  week: { code: "W", time: false, scale: 1 },
  month: { code: "M", time: false, scale: 1 },
  quarter: { code: "Q", time: false, scale: 1 },
  half: { code: "M", time: false, scale: 6 },
  year: { code: "Y", time: false, scale: 1 },
  decade: { code: "Y", time: false, scale: 10 },
  century: { code: "Y", time: false, scale: 100 },
};

/** Codes for an unspecified number of units: decades and centuries have their own letters in TimeML. */
const VAGUE_CODES: Record<Unit, string> = {
  minute: "PTXM", hour: "PTXH", day: "PXD", week: "PXW", month: "PXM", quarter: "PXQ", half: "PXM", year: "PXY", decade: "PXE", century: "PXC",
};

/** A whole or fractional amount of a unit as an ISO 8601 duration ("2.5 years" is P2Y6M). */
export function durationValue(n: number | null, unit: Unit): string {
  if (n === null) return VAGUE_CODES[unit];
  const { code, time, scale } = CODES[unit];
  const amount = n * scale;
  if (Number.isInteger(amount)) return `P${time ? "T" : ""}${amount}${code}`;
  const whole = Math.floor(amount);
  const rest = amount - whole;
  const lead = whole > 0 ? `${whole}${code}` : "";
  switch (unit) {
    case "year": case "decade": case "century": return `P${lead}${Math.round(rest * 12)}M`;
    case "month": case "half": return `P${lead}${Math.round(rest * 30)}D`;
    case "week": return `P${Math.round(amount * 7)}D`;
    case "day": return `P${lead}T${Math.round(rest * 24)}H`;
    case "hour": return `PT${lead}${Math.round(rest * 60)}M`;
    case "minute": return `PT${lead}${Math.round(rest * 60)}S`;
    case "quarter": return `P${Math.round(amount * 3)}M`;
  }
}

/** What makes "a week" a rate: a count or an amount before it ("four flights a week", "$2 million a year"). */
const RATE_BEFORE = /(?:\d|\b(?:times|twice|once|thrice|cents?|dollars?|percent|million|billion|thousand|hundred)|%|\b(?!(?:was|is|has|this|his|its|as|us|less|across|perhaps|always|does|yes|plus|whereas)\b)[a-z]+s)\s*$/i;

function amount(raw: string): number | null | "bad" {
  const r = raw.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^(?:a|an|one|the)$/.test(r)) return 1;
  if (/couple/.test(r)) return 2;
  if (new RegExp(`^${VAGUE}$`, "i").test(r)) return null;
  const v = numberValue(r);
  return v === null ? "bad" : v;
}

function durationOf(n: number | null, unit: Unit): Resolver {
  return () => fixed(durationValue(n, unit), unit, "duration");
}

export const DURATION_RULES: readonly PatternRule[] = [
  {
    id: "duration-amount",
    kind: "duration",
    match: re(`${B}(?:${MODIFIER}\\s+)?(?:${DETERMINER}\\s+)?(?<n>${NUMBER}|a|an|${VAGUE})(?:\\s*(?:to|or|-|–)\\s*(?<n2>${NUMBER}))?\\s+(?:${FILLER}\\s+)?(?<unit>${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?${E}`),
    reason: "an amount of a unit of time: \"three years\", \"the past 20 months\", \"a few days\"",
    build: (m, text) => {
      const unit = unitOf(group(m, "unit"));
      if (!unit) return null;
      let n = amount(group(m, "n"));
      if (n === "bad") return null;
      // "the 1988 quarter" is a year's quarter; "2,000 years" is read whole by the number pattern.
      if (n !== null && n >= 1000 && /^\d+$/.test(group(m, "n")) && !/s$/i.test(group(m, "unit"))) return null;
      if (/[\d,.]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) return null;
      // "the 1990 year", "the 10 days" are fine, but a bare "the" needs a number after it.
      if (/^(?:the|these|those|its|their|his|her)\s+(?:a|an)\s/i.test(m[0])) return null;
      // "$20 a year", "twice a month", "four flights a week" are rates, not durations.
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      if (/^(?:a|an)$/i.test(group(m, "n")) && RATE_BEFORE.test(before)) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // Ages ("37 years old") and fractions ("a quarter of the market") are not time.
      if (/^[\s-]+(?:old|of\s+age)\b/i.test(after) || (unitOf(group(m, "unit")) === "quarter" && /^(?:a|one|three)$/i.test(group(m, "n")) && /^\s+of\b/i.test(after))) return null;
      // "he will one day follow": "one day" as an adverb of some future time.
      if (/^one\s+day$/i.test(m[0]) && !/\b(?:for|in|within|after|than|of|only|just|by|over|least)\s+$/i.test(before)) return null;
      // "one day" as "one day he will" is vague; "the day" is not an amount.
      if (group(m, "unit").toLowerCase() === "night" && !/\d|nights/.test(m[0])) return null;
      if (n !== null && group(m, "half")) n += 0.5;
      const unitWord = group(m, "unit");
      const scale = /^fortnight/.test(unitWord) ? 2 : 1;
      return durationOf(n === null ? null : n * scale, unit);
    },
  },
  {
    id: "duration-past-decade",
    kind: "duration",
    match: re(`${B}(?:the\\s+)?(?:past|next|coming)\\s+(?<unit>decade|century)${E}`),
    reason: "\"over the past decade\", \"the next decade\" measure ten years from the article",
    priority: 3,
    build: (m) => {
      const unit = unitOf(group(m, "unit"));
      return unit ? durationOf(1, unit) : null;
    },
  },
  {
    id: "duration-half",
    kind: "duration",
    match: re(`${B}(?:${MODIFIER}\\s+)?(?:half\\s+(?:a|an)|a\\s+half)[- ](?<unit>hour|day|year|decade|century|minute|week|month)${E}`),
    reason: "\"half an hour\", \"a half century\"",
    priority: 1,
    build: (m) => {
      const unit = unitOf(group(m, "unit"));
      return unit ? durationOf(0.5, unit) : null;
    },
  },
  {
    id: "duration-quarters",
    kind: "duration",
    match: re(`${B}(?:${MODIFIER}\\s+)?(?<n>a|one|three)[- ]quarters?(?:\\s+of\\s+(?:a|an)\\s+|-)(?<unit>hour|day|year|decade|century|week|month)${E}`),
    reason: "\"a quarter of a century\" is 25 years, \"three quarters of an hour\" 45 minutes, not a century or an hour",
    priority: 1,
    build: (m) => {
      const unit = unitOf(group(m, "unit"));
      return unit ? durationOf(group(m, "n").toLowerCase() === "three" ? 0.75 : 0.25, unit) : null;
    },
  },
  {
    id: "duration-adjective",
    kind: "duration",
    match: re(`${B}(?<n>\\d+(?:\\.\\d+)?|${NUMBER_WORD}|several|multi)-(?<unit>minute|hour|day|night|week|month|quarter|year|decade|century)(?:-(?<tail>old|long))?${E}`),
    reason: "compound adjectives: \"a five-year plan\", \"a 10-year-old\", \"the two-week strike\"",
    build: (m) => {
      const unit = unitOf(group(m, "unit"));
      // Ages ("a 6-year-old boy") are not time expressions in TimeML.
      if (!unit || group(m, "tail") === "old") return null;
      const raw = group(m, "n");
      const n = raw === "several" || raw === "multi" ? null : numberValue(raw);
      if (n === null && raw !== "several" && raw !== "multi") return null;
      return durationOf(n, unit);
    },
  },
  {
    id: "duration-long",
    kind: "duration",
    match: re(`${B}(?<unit>day|week|month|year|decade|century|hour)s?-?long${E}|${B}(?<unit2>year|month|week|day)long${E}`),
    reason: "\"a day-long strike\", \"a yearlong inquiry\", \"decades-long\"",
    build: (m) => {
      const word = group(m, "unit") || group(m, "unit2");
      const unit = unitOf(word);
      if (!unit) return null;
      return durationOf(/s-?long$/i.test(m[0]) ? null : 1, unit);
    },
  },
  {
    id: "duration-plural",
    kind: "duration",
    match: re(`(?<=\\b(?:for|within|in|over|after|take|takes|took|taken|taking|last|lasted|lasting|lasts|spend|spent|spending|wait|waited)\\s+)(?<span>(?:the\\s+)?(?:(?:recent|coming|past|last|next|previous|ensuing|following|intervening)\\s+)?(?<unit>minutes|hours|days|weeks|months|years|decades|centuries))${E}(?!\\s+(?:of\\s+age|old|ago|earlier|later|before|after)\\b)`),
    reason: "an unspecified number of units after a preposition or verb of duration: \"for years\", \"within days\"",
    build: (m) => {
      const unit = unitOf(group(m, "unit"));
      return unit ? durationOf(null, unit) : null;
    },
  },
  {
    id: "duration-plural-relative",
    kind: "duration",
    match: re(`${B}(?<unit>minutes|hours|days|weeks|months|years|decades)(?=\\s+(?:after|before|later|earlier|afterwards?)\\b)`),
    reason: "\"hours after the attack\", \"days later\": an unspecified number of units",
    build: (m, text) => {
      // "in the days before the vote" is still unspecified; "the 1990s" or "his days" are not amounts.
      if (/\b(?:his|her|their|its|my|our|your|those|these)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const unit = unitOf(group(m, "unit"));
      return unit ? durationOf(null, unit) : null;
    },
  },
  {
    id: "duration-recent",
    kind: "duration",
    match: re(`${B}(?:the\\s+)?(?:recent|coming|upcoming|ensuing|intervening)\\s+(?:few\\s+|several\\s+)?(?<unit>minutes|hours|days|weeks|months|quarters|years|decades)${E}|${B}the\\s+(?<unit2>days|weeks|months|years)\\s+(?:ahead|to\\s+come)${E}`),
    reason: "\"recent years\", \"coming months\", \"the weeks ahead\": an unspecified stretch",
    priority: 1,
    build: (m) => {
      const unit = unitOf(group(m, "unit") || group(m, "unit2"));
      return unit ? durationOf(null, unit) : null;
    },
  },
  {
    id: "duration-year-ended",
    kind: "duration",
    match: re(`${B}(?<span>the\\s+(?:fiscal\\s+)?(?<unit>year|quarter|month|week))(?=\\s+(?:ended|ending|ends|that\\s+ended|which\\s+ended)\\b)`),
    reason: "\"the year ended Sept. 30\" measures a year of results",
    priority: 1,
    build: (m) => {
      const unit = unitOf(group(m, "unit"));
      return unit ? durationOf(1, unit) : null;
    },
  },
  {
    id: "the-year-deictic",
    kind: "date",
    match: re(`(?<=\\b(?:for|of|during|throughout|through|in)\\s+)(?<span>the\\s+(?:full\\s+|entire\\s+|whole\\s+)?(?<unit>year|week))${E}(?!\\s+(?:\\d|ago|earlier|before|after|later|end|ended|ending|in|of|two|to\\s+date)\\b|['’]s|-)`),
    reason: "\"for the year\", \"the week's most active session\": the article's year or week",
    build: (m) => {
      const unit = group(m, "unit") as Unit;
      return (rc) => storyDeictic(rc, unit, 0, unit === "week" ? "week" : "year");
    },
  },
];
