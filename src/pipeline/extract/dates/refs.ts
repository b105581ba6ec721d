// References to the present, the past and the future without a date: "now", "currently",
// "current", "recently", "the past", "the future", "the near term". TimeML values PRESENT_REF,
// PAST_REF, FUTURE_REF. Words that are only sometimes temporal ("soon", "once", "then",
// "previously") are left out: in news they are marked less often than not.
import { B, E, re } from "./pattern.js";
import { fixed } from "./resolve.js";
import type { PatternRule } from "./types.js";

const present = () => () => fixed("PRESENT_REF", "unspecified");
const past = () => () => fixed("PAST_REF", "unspecified");
const future = () => () => fixed("FUTURE_REF", "unspecified");

export const REF_RULES: readonly PatternRule[] = [
  {
    id: "ref-now",
    kind: "date",
    match: re(`${B}now${E}(?!\\s*-)`),
    reason: "\"now\" is the time of writing",
    build: present,
  },
  {
    id: "ref-present",
    kind: "date",
    match: re(`${B}(?:currently|nowadays|these\\s+days|at\\s+present|the\\s+present\\s+(?:day|time))${E}`),
    reason: "\"currently\", \"these days\", \"at present\"",
    build: present,
  },
  {
    id: "ref-current",
    kind: "date",
    match: re(`${B}current${E}(?!\\s+(?:account|accounts|affairs|events|assets|liabilities|flows?|dollars|yield|coupon|market\\s+value|president|chairman|chief|members?|holders?|employees|shareholders|owners?|managers?)\\b|-)`),
    reason: "\"the current talks\": the adjective places its noun at the time of writing",
    build: (m, text) => {
      // "electric current", "the current" (of a river) are nouns.
      if (/^\s*(?:[.,;:)]|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
      return present();
    },
  },
  {
    id: "ref-recently",
    kind: "date",
    match: re(`${B}(?:(?:more|most|very|only|until)\\s+)?(?:recently|lately)${E}`),
    reason: "\"recently\" is some time before the article",
    build: past,
  },
  {
    id: "ref-recent",
    kind: "date",
    match: re(`${B}recent${E}(?!\\s+(?:years|months|weeks|days|decades|quarters|history|memory)\\b)`),
    reason: "\"a recent filing\": the adjective places its noun shortly before the article",
    build: past,
  },
  {
    id: "ref-the-past",
    kind: "date",
    match: re(`${B}the\\s+(?:recent\\s+|distant\\s+)?past${E}(?!\\s+(?:\\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|century|quarter|summer|winter|spring|fall)|\\s*-)`),
    reason: "\"in the past\"",
    build: past,
  },
  {
    id: "ref-future",
    kind: "date",
    match: re(`${B}(?:the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|the\\s+(?:near|short|long)\\s+term|a\\s+later\\s+date|the\\s+years\\s+to\\s+come)${E}`),
    reason: "\"in the future\", \"the near term\", \"at a later date\"",
    build: future,
  },
];
