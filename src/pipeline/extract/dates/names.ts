// Names that hold a time expression without being one: "the Thirty Years' War", "the Six-Day
// War", "the Five-Year Plan". TimeML marks no time there (the name is an event's), so whatever
// the rules found inside such a name is dropped.
import { allMatches } from "../../../util/regex.js";
import type { Candidate } from "./types.js";

interface NameRule {
  readonly id: string;
  /** Case-sensitive: the capitals are what tell a name from "thirty years of war". */
  readonly match: RegExp;
  readonly reason: string;
}

const CAPITAL_NUMBER = "(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fifteen|Twenty|Thirty|Forty|Fifty|Sixty|Eighty|Hundred|Thousand|\\d{1,4})";
const CAPITAL_UNIT = "(?:Minutes?|Hours?|Days?|Nights?|Weeks?|Months?|Years?|Decades?|Century|Centuries)";

export const NAME_RULES: readonly NameRule[] = [
  {
    id: "titled-period-name",
    match: new RegExp(`(?<![A-Za-z])${CAPITAL_NUMBER}[- ]${CAPITAL_UNIT}['’]?s?['’]?\\s+(?:[A-Z][a-z]+)`, "g"),
    reason: "\"the Thirty Years' War\", \"the Six-Day War\", \"the Hundred Days Offensive\": a capitalised amount of time followed by a capitalised word is a name",
  },
];

/** The candidates that do not lie inside a name (`text` is the paragraph at `offset`). */
export function outsideNames(candidates: readonly Candidate[], text: string, offset: number): Candidate[] {
  const names: Array<readonly [number, number]> = [];
  for (const rule of NAME_RULES) {
    for (const m of allMatches(rule.match, text)) names.push([offset + m.index, offset + m.index + m[0].length]);
  }
  if (names.length === 0) return [...candidates];
  return candidates.filter((c) => !names.some(([s, e]) => c.start < e && s < c.end));
}
