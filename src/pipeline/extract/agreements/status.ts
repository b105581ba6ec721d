// Is the commitment made, intended, expected or denied, and is it a commitment at all? Modality
// is the classic failure of event coders (an intent read as a deed, "must reach an agreement" read
// as an agreement), so every way out is named: questions, conditions, threats, obligations,
// hedges, and background (past perfect, side clauses, earlier years).
import type { AgreementStatus } from "../../../schema/article.js";
import { CLAIM_FRAMES, CONDITIONALS, HEDGE_ADVERBS, HEDGE_GOVERNORS, LIKELY_ADVERBS, MODALS, NEGATIONS, THREAT_CONDITION } from "./lexicon.js";
import type { SentenceView } from "./sentence.js";
import { attributedAfter, frameBefore, isSpeechVerb, speechVerbBefore, verbGroup, verbGroupStart } from "./syntax.js";
import type { Candidate } from "./triggers.js";
import type { Subject } from "./syntax.js";
import { breakAfter, commaAfter } from "./words.js";

export type Verdict = { readonly status: AgreementStatus } | { readonly skip: string };

const WH = new Set(["how", "what", "whether", "why", "which"]);

/** Adverbs that put a commitment in the past of the story ("Blair once pledged"). */
const FORMERLY = new Set(["once", "formerly", "previously"]);

/** Conditionals that, opening a sentence, usually tell when ("When they met, ..."). */
const TEMPORAL = new Set(["when", "whenever"]);

/** Auxiliaries that, opening a sentence that is no question, make its first clause a condition
 * ("Should the talks succeed, both sides will sign", "Had they agreed, ..."). */
const INVERTED_CONDITIONS = new Set(["should", "were", "had"]);

/** Words after a future commitment that make it conditional. */
const AFTER_CONDITIONS = new Set(["if", "unless", "provided", "providing"]);

const NEGATIVE_DETERMINERS = new Set(["neither", "no", "none", "nobody", "nor"]);

/** First word of the clause that holds word i: after the last comma, semicolon or dash before it. */
function clauseStart(v: SentenceView, i: number): number {
  let k = i - 1;
  while (k >= 0 && !breakAfter(v.words[k]!)) k--;
  return k + 1;
}

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
  // "Perhaps the rivals will agree", "could possibly sign": from the clause's start to the trigger
  const lead = v.words.slice(clauseStart(v, c.anchor), c.at).map((w) => w.lower);
  if (lead.some((w) => HEDGE_ADVERBS.has(w))) return { skip: "a possibility (perhaps, maybe)" };
  // "If they agree, the deal will be signed": the main clause of a condition is a hypothesis too
  // ("When they met on Monday, the ministers agreed" is a time, not a condition)
  if (CONDITIONALS.has(v.words[0]?.lower ?? "") && !TEMPORAL.has(v.words[0]!.lower)) return { skip: "a condition's consequence" };
  if (INVERTED_CONDITIONS.has(v.words[0]?.lower ?? "") && v.words.slice(1, -1).some(commaAfter)) return { skip: "a condition or its consequence (should ..., had ...)" };
  if (v.words.slice(c.at + 1).some((w) => w.lower === THREAT_CONDITION)) return { skip: "a threat (... unless)" };
  if (subject?.relative) return { skip: "background: a side clause about someone" };
  // "Diplomats hope the two governments will sign", "falsely claimed that Kyiv agreed"
  const frame = subject ? frameBefore(v, subject.start) : null;
  if (frame !== null && HEDGE_GOVERNORS.has(v.words[frame]!.lower)) return { skip: "a hope, not a commitment" };
  if (frame !== null && CLAIM_FRAMES.has(v.words[frame]!.lower)) return { skip: "a claim or a denial the text does not vouch for" };
  // "just how far they are willing to go", "what the two sides agreed": a question, not a report
  if (subject && v.words.slice(Math.max(0, subject.start - 2), subject.start).some((w) => WH.has(w.lower))) return { skip: "an embedded question" };
  const perfect = group.includes("had") && !group.includes("would");
  const reported = subject !== null && speechVerbBefore(v, subject.start) !== null;
  const saidBefore = v.words.slice(0, c.anchor).some(isSpeechVerb);
  if (perfect && !reported && !saidBefore) return { skip: "background: past perfect" };
  if (group.some((w) => FORMERLY.has(w))) return { skip: "background: once, formerly" };
  // "would" commits only in reported speech ("said it would free"); alone it is a hypothesis
  // (an attribution after a comma reports it too: "Iran would free the sailors, officials said")
  const saidAfter = attributedAfter(v, c.at);
  if (group.includes("would") && !reported && !saidBefore && !saidAfter) return { skip: "a hypothesis (would)" };
  if (c.hint === "negated" || (!c.negationInside && group.some((w) => NEGATIONS.has(w)))) return { status: "negated" };
  // "Neither side has signed", "No agreement was reached", "reached no agreement"
  const opener = (k: number | undefined) => k !== undefined && NEGATIVE_DETERMINERS.has(v.words[k]?.lower ?? "");
  if (opener(subject?.start) || opener(c.actionStart) && !c.ruleId.includes("infinitive")) return { status: "negated" };
  const future = c.hint === "expected" || lead.some((w) => LIKELY_ADVERBS.has(w)) ? "expected" : intent || c.hint === "intent" ? "intent" : null;
  // "the deal will be signed only if parliament approves it": a plan on a condition is not yet a
  // commitment; said by its party ("said they would meet him if ...") it is a conditional offer
  const said = reported || saidBefore || saidAfter;
  if (future && !said && v.words.slice(c.at + 1).some((w) => AFTER_CONDITIONS.has(w.lower))) return { skip: "a plan on a condition (... if)" };
  return { status: future ?? "concluded" };
}
