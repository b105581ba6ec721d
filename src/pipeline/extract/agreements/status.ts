// Is the commitment made, intended, expected or denied, and is it a commitment at all? Modality
// is the classic failure of event coders (an intent read as a deed, "must reach an agreement" read
// as an agreement), so every way out is named: questions, conditions, threats, obligations,
// hedges, and background (past perfect, side clauses, earlier years).
import type { AgreementStatus } from "../../../schema/article.js";
import { CONDITIONALS, MODALS, NEGATIONS, THREAT_CONDITION } from "./lexicon.js";
import type { SentenceView } from "./sentence.js";
import { isSpeechVerb, speechVerbBefore, verbGroup, verbGroupStart } from "./syntax.js";
import type { Candidate } from "./triggers.js";
import type { Subject } from "./syntax.js";
import { breakAfter } from "./words.js";

export type Verdict = { readonly status: AgreementStatus } | { readonly skip: string };

const NEGATIVE_DETERMINERS = new Set(["neither", "no", "none", "nobody", "nor"]);

/** Is the trigger inside an "if", "unless" or "whether" clause? */
function insideCondition(v: SentenceView, anchor: number): boolean {
  for (let k = verbGroupStart(v, anchor) - 1; k >= 0; k--) {
    const w = v.words[k]!;
    if (breakAfter(w)) return false;
    if (CONDITIONALS.has(w.lower)) return true;
  }
  return false;
}

/** The status of a candidate, or why it is not an agreement. */
export function verdictOf(v: SentenceView, c: Candidate, subject: Subject | null): Verdict {
  if (v.isQuestion) return { skip: "a question" };
  const group = verbGroup(v, c.anchor);
  let intent = false;
  for (const w of group) {
    const modal = MODALS.get(w);
    if (modal === "obligation") return { skip: `an obligation (${w})` };
    if (modal === "hedge") return { skip: `a possibility (${w})` };
    if (modal === "intent") intent = true;
  }
  if (insideCondition(v, c.anchor)) return { skip: "a condition (if, unless, whether)" };
  // "If they agree, the deal will be signed": the main clause of a condition is a hypothesis too
  if (CONDITIONALS.has(v.words[0]?.lower ?? "")) return { skip: "a condition's consequence" };
  if (v.words.slice(c.at + 1).some((w) => w.lower === THREAT_CONDITION)) return { skip: "a threat (... unless)" };
  if (subject?.relative) return { skip: "background: a side clause about someone" };
  const perfect = group.includes("had") && !group.includes("would");
  const reported = subject !== null && speechVerbBefore(v, subject.start) !== null;
  const saidBefore = v.words.slice(0, c.anchor).some(isSpeechVerb);
  if (perfect && !reported && !saidBefore) return { skip: "background: past perfect" };
  // "would" commits only in reported speech ("said it would free"); alone it is a hypothesis
  if (group.includes("would") && !reported && !saidBefore) return { skip: "a hypothesis (would)" };
  if (c.hint === "negated" || (!c.negationInside && group.some((w) => NEGATIONS.has(w)))) return { status: "negated" };
  // "Neither side has signed", "No agreement was reached", "reached no agreement"
  const opener = (k: number | undefined) => k !== undefined && NEGATIVE_DETERMINERS.has(v.words[k]?.lower ?? "");
  if (opener(subject?.start) || opener(c.actionStart) && !c.ruleId.includes("infinitive")) return { status: "negated" };
  if (c.hint === "expected") return { status: "expected" };
  if (intent || c.hint === "intent") return { status: "intent" };
  return { status: "concluded" };
}
