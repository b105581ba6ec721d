// Finds the words of a sentence that commit someone: a trigger verb with a complement that its
// rule accepts (lexicon.ts), a predicate ("is willing to"), or a cooperative act announced with
// will/would or wanted ("will provide aid", "wants to help"). Each candidate says where its
// action starts, which word's verb group decides its status, and where its counterparts are.
import type { ComplementKind, TriggerRule } from "./lexicon.js";
import {
  ASPECTUAL_VERBS, COERCIVE_MEASURES, COMBATING_VERBS, COOPERATION_NOUNS, COOPERATIVE_VERBS, DISARMING_VERBS, EXPECT_GOVERNORS, GUARDING_VERBS,
  HEDGE_GOVERNORS, HOSTILE_MODIFIERS, HOSTILE_NOUNS, HOSTILE_VERBS, INTENT_GOVERNORS, NEGATING_GOVERNORS, NOT_OFFERED,
  OBSTRUCTIVE_VERBS, PARTNERSHIP_VERBS, PREDICATIVE, RELIEVING_VERBS, SCOURGE_NOUNS, SOVEREIGNTY_NOUNS, TRIGGER_RULES,
  ARRANGEMENT_NOUNS, DECIDING_GOVERNORS, EXPECT_FRAMES, SUPPLYING_VERBS, DOCUMENT_NOUNS, HOSTILE_MANNER, NEGOTIATION_NOUNS, RECLAIMING_VERBS, SAID_ONLY,
  WEAPON_NOUNS, WISH_GOVERNORS, DEAL_NOUNS,
} from "./lexicon.js";
import type { VerbForm } from "./inflect.js";
import { formIndex } from "./inflect.js";
import type { SentenceView } from "./sentence.js";
import { attributedAfter, BE, isFiniteVerb, nounPhraseEnd, nounPhraseStart, speechVerbBefore, subjectOf } from "./syntax.js";
import { canCommit, isPluralPhrase } from "./parties.js";
import type { Word } from "./words.js";
import { breakAfter, commaAfter, inSet, isNounish, isVerb, strongBreakAfter } from "./words.js";

export type Hint = "concluded" | "intent" | "expected" | "negated";

export interface Span2 { readonly first: number; readonly last: number }

export interface Candidate {
  readonly ruleId: string;
  readonly reason: string;
  /** Index of the trigger word. */
  readonly at: number;
  /** The words written as the trigger ("agreed", "will provide", "willing"). */
  readonly verb: Span2;
  /** Whose verb group carries the modality and whose subject is the committer. */
  readonly anchor: number;
  /** First word of the action. */
  readonly actionStart: number;
  /** Last word of the object when the complement is a noun phrase (the action may go on). */
  readonly passive: boolean;
  /** What governors and predicates say of the status; the verb group may still negate it. */
  readonly hint: Hint;
  /** "with X", "between X and Y" after the trigger or its object. */
  readonly counterparts: readonly Span2[];
  /** "received assurances from X": X is the one who committed. */
  readonly giver: Span2 | null;
  /** Acts like "meet" count only when said; set when the candidate needs a party-bearing subject. */
  readonly needsActor: boolean;
  /** The negation belongs to the act, not to the commitment ("would not block"). */
  readonly negationInside?: boolean;
  /** The trigger is written in its base form ("agree"): finite only after a plural subject or an auxiliary. */
  readonly baseForm?: boolean;
  /** A passive participle after its noun: "the deal, signed by X". */
  readonly reduced?: boolean;
  /** The trigger is its -s form ("offers", "pledges"), which is also a plural noun. */
  readonly sForm?: boolean;
  /** "Officials expect the two countries to join": the committer is this phrase, not the subject. */
  readonly actor?: Span2;
}

const FORMS = formIndex(new Set(TRIGGER_RULES.flatMap((r) => r.lemmas)));
const RULES_BY_LEMMA = new Map<string, TriggerRule[]>();
for (const r of TRIGGER_RULES) for (const l of r.lemmas) RULES_BY_LEMMA.set(l, [...(RULES_BY_LEMMA.get(l) ?? []), r]);

const WH_WORDS = new Set(["who", "what", "whether", "how", "why", "which", "whom"]);
const REFLEXIVES = new Set(["themselves", "itself", "himself", "herself", "ourselves", "oneself", "yourselves"]);
const INTENT_MODALS = new Set(["will", "would", "shall"]);
/** Longest gap (words) between a trigger and its complement marker ("agreed late on Friday in Geneva to"). */
const MAX_COMPLEMENT_GAP = 10;
/** Longest noun phrase read as a trigger's object. */
const MAX_OBJECT_WORDS = 12;

const skippable = (v: SentenceView, k: number): boolean => {
  const w = v.words[k]!;
  return (w.tags.has("Adverb") && w.lower !== "not" && !w.tags.has("QuestionWord")) || REFLEXIVES.has(w.lower) || v.isDate[k] === true ||
    (["on", "late", "early", "last", "this", "next"].includes(w.lower) && v.isDate[k + 1] === true);
};

/** Index of the first word after `i` that is not an adverb, a reflexive or a date. */
function nextContent(v: SentenceView, i: number): number {
  let k = i + 1;
  while (k < v.words.length && skippable(v, k) && !breakAfter(v.words[k - 1]!)) k++;
  return k;
}

/** The previous word that is not an adverb; -1 when none. */
function previousContent(v: SentenceView, i: number): number {
  let k = i - 1;
  while (k >= 0 && v.words[k]!.tags.has("Adverb") && !["not", "never"].includes(v.words[k]!.lower)) k--;
  return k;
}

/** Nouns of the noun phrase at words[a..b], as written in lower case. */
const nounsOf = (v: SentenceView, a: number, b: number): string[] => v.words.slice(a, b + 1).map((w) => w.lower);

function isHostileAct(v: SentenceView, k: number): boolean {
  const w = v.words[k];
  if (!w) return false;
  const next = nextContent(v, k);
  const end = nounPhraseEnd(v, next);
  const object = end >= next ? nounsOf(v, next, Math.min(end, next + 4)) : [];
  const objectHas = (words: ReadonlySet<string>) => object.some((x) => inSet(words, x));
  // the head of the object, before an "of" phrase: "border patrols", "control of the region"
  const ofAt = object.indexOf("of");
  const head = (ofAt > 0 ? object[ofAt - 1] : object.at(-1)) ?? "";
  // undoing: "lift sanctions" is a concession, "suspend aid" is not
  if (RELIEVING_VERBS.has(w.lower)) return inSet(COOPERATION_NOUNS, head);
  // "destroy its chemical weapons", "fight illegal migration together"
  if (DISARMING_VERBS.has(w.lower) && objectHas(WEAPON_NOUNS)) return false;
  if (COMBATING_VERBS.has(w.lower) && objectHas(SCOURGE_NOUNS)) return false;
  // "restore its territorial integrity", "... by force": taking back by arms
  if (RECLAIMING_VERBS.has(w.lower) && inSet(SOVEREIGNTY_NOUNS, head)) return true;
  if (byForce(v, k)) return true;
  // "defend its territorial claims" is a threat, "defend Taiwan" a commitment to an ally
  if (GUARDING_VERBS.has(w.lower)) return ["its", "their", "our", "his", "her"].includes(v.words[next]?.lower ?? "") || inSet(SOVEREIGNTY_NOUNS, head);
  if (HOSTILE_VERBS.has(w.lower)) {
    // "strike a deal" is an agreement, "strike back" is not
    if (w.lower === "strike" && object.some((n) => ["deal", "agreement", "accord", "bargain", "compromise", "balance"].includes(n))) return false;
    return true;
  }
  if (ASPECTUAL_VERBS.has(w.lower) || w.lower === "continue") {
    const words = next < v.words.length ? [v.words[next]!.lower, ...object] : [];
    if (words.some((x) => inSet(HOSTILE_NOUNS, x) || HOSTILE_VERBS.has(x.replace(/ing$/, "")) || HOSTILE_VERBS.has(x.replace(/ing$/, "e")))) return true;
  }
  return object.slice(0, 4).some((n) => inSet(HOSTILE_NOUNS, n) || HOSTILE_MODIFIERS.has(n));
}

/**
 * "agreed to lift the sanctions on Iran": one side dropping a measure it imposed. Made, it is the
 * easing itself (event coders file it as yielding, not agreeing); offered ("ready to lift the
 * ban"), it is a commitment like any other.
 */
export function isConcession(v: SentenceView, k: number): boolean {
  const w = v.words[k];
  if (!w || !RELIEVING_VERBS.has(w.lower)) return false;
  const next = nextContent(v, k);
  const end = nounPhraseEnd(v, next);
  const object = end >= next ? nounsOf(v, next, Math.min(end, next + 4)) : [];
  const ofAt = object.indexOf("of");
  const head = (ofAt > 0 ? object[ofAt - 1] : object.at(-1)) ?? "";
  return inSet(COERCIVE_MEASURES, head);
}

/** "by force", "militarily": the manner of the act after word k, within its clause. */
function byForce(v: SentenceView, k: number): boolean {
  for (let j = k + 1; j < v.words.length; j++) {
    const w = v.words[j]!;
    if (HOSTILE_MANNER.has(w.lower) && (w.lower === "militarily" || ["by", "with", "of"].includes(v.words[j - 1]!.lower))) return true;
    if (strongBreakAfter(w) || commaAfter(w)) break;
  }
  return false;
}

/** Does the clause after a "that" hold a modal of intent before a non-hostile verb? */
function thatClauseCommits(v: SentenceView, k: number, needsModal: boolean): boolean {
  for (let j = k; j < v.words.length; j++) {
    const w = v.words[j]!;
    if (INTENT_MODALS.has(w.lower) || w.lower === "should") {
      let m = j + 1;
      while (m < v.words.length && (["not", "also", "be", "jointly", "soon", "now", "then"].includes(v.words[m]!.lower) || v.words[m]!.tags.has("Adverb"))) m++;
      // "agreed that growth would slow" is an opinion: the clause must be about someone's act or an arrangement
      const s = nounPhraseStart(v, j - 1);
      const head = v.words[j - 1];
      if (s <= j - 1 && head && !canCommit(v, s, j - 1) && !inSet(ARRANGEMENT_NOUNS, head.lower)) return false;
      return !isHostileAct(v, m);
    }
    if (strongBreakAfter(w)) break;
  }
  return !needsModal;
}

/** Noun phrase spans after a preposition ("with X", "between X and Y", "by X and Y"). */
function phraseAfter(v: SentenceView, k: number): Span2 | null {
  const end = nounPhraseEnd(v, k);
  return end >= k ? { first: k, last: end } : null;
}

interface Complement {
  readonly kind: ComplementKind;
  readonly actionStart: number;
  readonly counterparts: Span2[];
  readonly giver: Span2 | null;
}

/**
 * A rare verb that the tagger took for a noun ("pledged to refrain from"): a bare singular word
 * after "to", followed by a preposition, an article or a pronoun.
 */
function untaggedVerb(v: SentenceView, n: number): boolean {
  const w = v.words[n]!, next = v.words[n + 1];
  if (!next || breakAfter(w) || isVerb(w) || !w.tags.has("Noun") || w.tags.has("Plural") || w.tags.has("ProperNoun") || w.tags.has("Uncountable")) return false;
  if (["Determiner", "Possessive", "Adjective", "Value", "Pronoun"].some((t) => w.tags.has(t))) return false;
  return next.tags.has("Preposition") || next.tags.has("Determiner") || next.tags.has("Possessive");
}

/** The complement of a trigger verb at `i`, if its rule accepts it. */
function complementOf(v: SentenceView, i: number, rule: TriggerRule): Complement | null {
  const ws = v.words;
  const counterparts: Span2[] = [];
  let k = i + 1;
  if (rule.particle) {
    if (ws[k]?.lower !== rule.particle) return null;
    k++;
  }
  const accepts = (kind: ComplementKind) => rule.complements.includes(kind);
  // the object, right after the verb: "signed a treaty", "reaffirmed their dedication"
  const objStart = (() => { let m = k; while (m < ws.length && skippable(v, m) && !v.isDate[m]) m++; return m; })();
  if (accepts("object") && objStart < ws.length && !breakAfter(ws[objStart - 1]!) && isNounish(ws[objStart]!) && !["to", "on", "upon", "that", "with"].includes(ws[objStart]!.lower) && !v.isDate[objStart]) {
    const end = Math.min(nounPhraseEnd(v, objStart), objStart + MAX_OBJECT_WORDS);
    if (end >= objStart) {
      const nouns = nounsOf(v, objStart, end);
      const hostile = nouns.some((n) => inSet(HOSTILE_NOUNS, n) || HOSTILE_MODIFIERS.has(n));
      // "no details", "his condolences", "some pointed advice": any word before an "of" phrase decides
      const ofAt = nouns.indexOf("of");
      const head = ofAt > 0 ? nouns.slice(0, ofAt) : nouns;
      const rejected = rule.rejectObjects ? head.some((n) => inSet(rule.rejectObjects!, n)) : false;
      let fits = rule.objects ? nouns.some((n) => inSet(rule.objects!, n)) : true;
      // "agree the coalition's majority is fragile": a verb after the phrase makes it a clause's subject
      if (fits && rule.objectNotSubject && end + 1 < ws.length && !breakAfter(ws[end]!) && isFiniteVerb(v, end + 1)) fits = false;
      // "concluded negotiations on a free trade agreement"
      if (!fits && rule.throughTalks && inSet(NEGOTIATION_NOUNS, ws[end]!.lower) && ["on", "for", "over"].includes(ws[end + 1]?.lower ?? "")) {
        const after = nounPhraseEnd(v, end + 2);
        fits = after >= end + 2 && nounsOf(v, end + 2, after).some((n) => inSet(rule.objects!, n));
      }
      if (fits && !hostile && !rejected) {
        let giver: Span2 | null = null;
        let m = end + 1;
        // not "by": after an active verb's object it is a deadline or a means ("finalise the deal by June")
        while (m < ws.length && !breakAfter(ws[m - 1]!) && ["with", "between", "from"].includes(ws[m]!.lower)) {
          const span = phraseAfter(v, m + 1);
          if (!span) break;
          if (ws[m]!.lower === "from" && rule.giverAfterFrom) giver = span;
          else if (ws[m]!.lower !== "from") counterparts.push(span);
          m = span.last + 1;
        }
        if (rule.giverAfterFrom && !giver) return null;
        return { kind: "object", actionStart: objStart, counterparts, giver };
      }
      if (!accepts("to-noun") && !accepts("on-noun") && !accepts("infinitive") && !accepts("that-clause")) return null;
    }
  }
  // otherwise look for a complement marker, skipping adjuncts ("on Wednesday", "with his counterpart")
  let withSeen = false;
  for (let gap = 0; k < ws.length && gap <= MAX_COMPLEMENT_GAP; gap++) {
    const w = ws[k]!;
    if (skippable(v, k)) { k++; continue; }
    if (w.lower === "not" && ws[k + 1]?.lower === "to") { k++; continue; }
    if (w.lower === "to") {
      const n = nextContent(v, k);
      const next = ws[n];
      if (!next) return null;
      const verbLike = (isVerb(next) && (next.tags.has("Infinitive") || next.tags.has("PresentTense")) && !next.tags.has("Gerund") && !(next.tags.has("Noun") && !next.tags.has("Verb"))) || untaggedVerb(v, n);
      if (verbLike && accepts("infinitive")) return isHostileAct(v, n) ? null : { kind: "infinitive", actionStart: n, counterparts, giver: null };
      if (!verbLike && accepts("to-noun")) {
        const end = nounPhraseEnd(v, n);
        const hostileNoun = end >= n && nounsOf(v, n, Math.min(end, n + 5)).some((x) => inSet(HOSTILE_NOUNS, x));
        return hostileNoun || isHostileAct(v, n) ? null : { kind: "to-noun", actionStart: n, counterparts, giver: null };
      }
      return null;
    }
    if ((w.lower === "on" || w.lower === "upon" || w.lower === "over") && accepts("on-noun")) {
      const n = nextContent(v, k);
      if (WH_WORDS.has(ws[n]?.lower ?? "")) return null; // "agrees on who is a terrorist": an opinion
      return n < ws.length ? { kind: "on-noun", actionStart: n, counterparts, giver: null } : null;
    }
    if (w.lower === "that" && accepts("that-clause")) {
      return thatClauseCommits(v, k + 1, rule.thatNeedsModal ?? false) ? { kind: "that-clause", actionStart: k + 1, counterparts, giver: null } : null;
    }
    if (w.lower === "with" || w.lower === "between") {
      const span = phraseAfter(v, k + 1);
      if (!span) return null;
      counterparts.push(span);
      withSeen = true;
      k = span.last + 1;
      if (breakAfter(ws[span.last]!) && !(ws[k]?.lower === "to" || ws[k]?.lower === "on")) break;
      continue;
    }
    if (["in", "at", "during", "after", "following", "under", "within"].includes(w.lower)) {
      const span = phraseAfter(v, k + 1);
      if (!span) return null;
      k = span.last + 1;
      continue;
    }
    break;
  }
  // nothing follows the verb but the end of its clause: "the two sides agreed."
  const atEnd = k >= ws.length || breakAfter(ws[k - 1]!) || ["and", "but", "after", "following", "as", "when", "in", "at", "during"].includes(ws[k]?.lower ?? "");
  if (accepts("bare") && atEnd && !withSeen) return { kind: "bare", actionStart: k, counterparts, giver: null };
  return null;
}

/** How the trigger word is used: finite, infinitive under a governor, participle, passive. */
interface Use {
  /** A passive without its auxiliary: "the deal, signed by X". */
  readonly reduced?: boolean;
  readonly anchor: number;
  readonly hint: Hint;
  readonly passive: boolean;
  readonly verbFirst: number;
  readonly actor?: Span2;
}

/** "Officials expect [the two countries] to join": the phrase before "to" at `to`, after a verb of expecting. */
function expectedActor(v: SentenceView, to: number): { frame: number; actor: Span2 } | null {
  const g = previousContent(v, to);
  const gov = v.words[g];
  if (!gov || !isNounish(gov) || isVerb(gov) && !gov.tags.has("Noun")) return null;
  const start = nounPhraseStart(v, g);
  const frame = previousContent(v, start);
  if (start > g || frame < 0 || !EXPECT_FRAMES.has(v.words[frame]!.lower) || breakAfter(v.words[frame]!)) return null;
  return { frame, actor: { first: start, last: g } };
}

/** "Lebed's plans to restore peace", "the plan to sign": the governor is a noun, not a verb. */
function governedByNoun(v: SentenceView, g: number): boolean {
  const before = v.words[g - 1];
  return before !== undefined && !breakAfter(before) && (before.tags.has("Determiner") || before.tags.has("Possessive") && !before.tags.has("Pronoun") || ["his", "her", "its", "their", "our"].includes(before.lower));
}

/**
 * "rejected a US offer to host": a base form after a determiner and a singular word is a noun
 * (a finite base form needs a plural subject: "the two sides agree").
 */
function nounUse(v: SentenceView, p: number): boolean {
  const prev = v.words[p]!;
  if (prev.tags.has("Plural") || COORDINATED.has(prev.lower) || !isNounish(prev) || prev.tags.has("Pronoun")) return false;
  for (let k = p; k >= 0 && p - k < 4; k--) {
    const w = v.words[k]!;
    if (w.tags.has("Determiner") || ["a", "an", "the"].includes(w.lower)) return !v.words.slice(k, p + 1).some((x) => COORDINATED.has(x.lower));
    if (!isNounish(w) || breakAfter(w)) return false;
  }
  return false;
}
const COORDINATED = new Set(["and", "or", "&"]);

function useOf(v: SentenceView, i: number, form: VerbForm, rule: TriggerRule | null): Use | null {
  const ws = v.words;
  const p = previousContent(v, i);
  const prev = ws[p];
  if (prev?.lower === "to") {
    const g = previousContent(v, p);
    const gov = ws[g];
    const expected = expectedActor(v, p);
    if (expected) return { anchor: expected.frame, hint: "expected", passive: false, verbFirst: i, actor: expected.actor };
    if (!gov || governedByNoun(v, g) || HEDGE_GOVERNORS.has(gov.lower)) return null;
    if (NEGATING_GOVERNORS.has(gov.lower)) return { anchor: g, hint: "negated", passive: false, verbFirst: i };
    if (DECIDING_GOVERNORS.has(gov.lower)) return { anchor: g, hint: "concluded", passive: false, verbFirst: i };
    if (EXPECT_GOVERNORS.has(gov.lower)) return { anchor: g, hint: "expected", passive: false, verbFirst: i };
    if (INTENT_GOVERNORS.has(gov.lower)) {
      // "are seeking to", "plans to"; a participle after a comma ("..., seeking to") is a side remark
      if (gov.tags.has("Gerund") && !BE.has(ws[previousContent(v, g)]?.lower ?? "")) return null;
      return { anchor: g, hint: "intent", passive: false, verbFirst: i };
    }
    if (PREDICATIVE.has(gov.lower) && BE.has(ws[previousContent(v, g)]?.lower ?? "")) return null; // the predicate is the trigger
    // a headline announces with "to": "Kenya to sign defence pact with UK"
    if (v.headline && isNounish(gov) && !isVerb(gov)) return { anchor: p, hint: "intent", passive: false, verbFirst: p };
    return null;
  }
  if (form === "ing") {
    if (prev && BE.has(prev.lower)) return { anchor: i, hint: "concluded", passive: false, verbFirst: i };
    if (prev && commaAfter(prev) && rule?.strong) return { anchor: i, hint: "concluded", passive: false, verbFirst: i };
    // "issued a joint statement pledging to deepen cooperation": the statement commits its authors
    if (prev && inSet(DOCUMENT_NOUNS, prev.lower) && rule?.strong) return { anchor: i, hint: "concluded", passive: false, verbFirst: i };
    return null;
  }
  if (form === "past" && prev && (BE.has(prev.lower) || prev.lower === "get" || prev.lower === "got")) {
    if (!rule?.passive) return null;
    if (prev.lower === "be" && ws[previousContent(v, p)]?.lower === "to") {
      // "is expected to be signed": licensed like an infinitive; "a settlement to be reached" is not
      const g = previousContent(v, previousContent(v, p));
      const gov = ws[g];
      if (!gov) return null;
      const hint: Hint | null = NEGATING_GOVERNORS.has(gov.lower) ? "negated" : EXPECT_GOVERNORS.has(gov.lower) ? "expected" : INTENT_GOVERNORS.has(gov.lower) ? "intent" : null;
      return hint ? { anchor: g, hint, passive: true, verbFirst: i } : null;
    }
    return { anchor: i, hint: "concluded", passive: true, verbFirst: i };
  }
  if (prev && (prev.tags.has("Determiner") || prev.tags.has("Possessive") && !prev.tags.has("ProperNoun"))) return null; // "the agreed plan", "his promises"
  // "The deal, signed by the finance ministers, ...": a passive without its auxiliary
  if (form === "past" && ws[i + 1]?.lower === "by" && prev && isNounish(prev) && !prev.tags.has("Pronoun")) return rule?.passive ? { anchor: i, hint: "concluded", passive: true, verbFirst: i, reduced: true } : null;
  if (form === "base" && p < 0) return null; // an imperative
  if (form === "base" && prev && nounUse(v, p)) return null;
  if (prev && ["for", "of", "by", "without", "before", "after", "from", "about", "against", "in"].includes(prev.lower)) return null;
  return { anchor: i, hint: "concluded", passive: false, verbFirst: p >= 0 && INTENT_MODALS.has(prev!.lower) ? p : i };
}

/** Passive: "a treaty was signed by X and Y", "an agreement was reached between X and Y". */
function passiveComplement(v: SentenceView, i: number): Complement {
  const ws = v.words;
  const counterparts: Span2[] = [];
  let k = i + 1;
  while (k < ws.length && skippable(v, k)) k++;
  while (k < ws.length && ["by", "between", "with"].includes(ws[k]!.lower) && !breakAfter(ws[k - 1]!)) {
    const span = phraseAfter(v, k + 1);
    if (!span) break;
    counterparts.push(span);
    k = span.last + 1;
    while (k < ws.length && skippable(v, k) && !breakAfter(ws[k - 1]!)) k++;
  }
  return { kind: "object", actionStart: i + 1, counterparts, giver: null };
}

const ws = (v: SentenceView, k: number): string => v.words[k]?.lower ?? "";

/** Does the clause before word i name what its rule needs ("the treaty", "an agreement")? */
function dealBefore(v: SentenceView, i: number, objects: ReadonlySet<string>): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (strongBreakAfter(v.words[k]!)) break;
    if (inSet(objects, v.words[k]!.lower)) return true;
  }
  return false;
}

function candidateFromRule(v: SentenceView, i: number, rule: TriggerRule, form: VerbForm): Candidate | null {
  const use = useOf(v, i, form, rule);
  if (!use) return null;
  // "a wider than agreed presence", "later than promised": a comparison with what was agreed, not an agreement
  if (ws(v, i - 1) === "than") return null;
  // "a treaty was signed", "an agreement to bring peace is set to be initialed"; not "he was signed as a broadcaster"
  const passiveObjects = rule.passiveObjects ?? rule.objects;
  if (use.passive && passiveObjects && !dealBefore(v, i, passiveObjects) && !(rule.id === "agree" && ws(v, i + 1) === "that")) return null;
  const comp = use.passive ? passiveComplement(v, i) : complementOf(v, i, rule);
  if (!comp) return null;
  const particleEnd = rule.particle ? i + 1 : i;
  return {
    ruleId: use.passive ? `${rule.id}:passive` : `${rule.id}:${comp.kind}`, reason: rule.reason, at: i,
    verb: { first: use.verbFirst, last: particleEnd }, anchor: use.anchor, actionStart: comp.actionStart,
    passive: use.passive, hint: use.hint, counterparts: comp.counterparts, giver: comp.giver, needsActor: false,
    baseForm: form === "base" && use.anchor === i, reduced: use.reduced ?? false, sForm: form === "s",
    ...(use.actor ? { actor: use.actor } : {}),
  };
}

/** "is willing to withdraw", "is committed to opening up". */
function predicativeCandidate(v: SentenceView, i: number): Candidate | null {
  const ws = v.words;
  const hint = PREDICATIVE.get(ws[i]!.lower);
  if (!hint) return null;
  const p = previousContent(v, i);
  if (!BE.has(ws[p]?.lower ?? "") && ws[p]?.lower !== "not") return null;
  if (ws[i + 1]?.lower !== "to") return null;
  const n = nextContent(v, i + 1);
  if (n >= ws.length || ws[n]!.lower === "be" || isHostileAct(v, n)) return null;
  return {
    ruleId: "predicative", reason: "be willing/ready/prepared/committed to X states a commitment", at: i,
    verb: { first: i, last: i }, anchor: i, actionStart: n, passive: false, hint, counterparts: [], giver: null, needsActor: true,
  };
}

/** "Saudi Arabia and Iran plan to": a governor the tagger read as a noun is a verb after a plural subject. */
function governorAfterPlural(v: SentenceView, g: number): boolean {
  const s = subjectOf(v, g);
  return s !== null && s.end === g - 1 && isPluralPhrase(v, s.start, s.end);
}

/** The object of a cooperative verb fits its constraint ("release prisoners", "lift sanctions"). */
function cooperativeObjectFits(v: SentenceView, i: number, allowed: ReadonlySet<string>): boolean {
  const ws = v.words;
  let k = i + 1;
  if (ws[k]?.lower === "over" || ws[k]?.lower === "up") k++;
  const last = Math.min(ws.length - 1, k + 8);
  for (let j = k; j <= last; j++) {
    const w = ws[j]!;
    if (j > k && (strongBreakAfter(ws[j - 1]!) || isFiniteVerb(v, j))) break;
    if (inSet(allowed, w.lower)) return true;
    if (allowed.has("prisoners") && (w.tags.has("Person") || w.tags.has("Actor"))) return true;
  }
  return false;
}

/** How many words "Under the ..." may take before its comma ("Under the terms of the new agreement,"). */
const MAX_FRAME_WORDS = 8;

/**
 * "Under the deal, Uzbekistan will release more water": a clause opened by "under" and an
 * agreement's noun states what the agreement binds its parties to, so any act announced with
 * will/would there is a commitment, not only the acts that are cooperative by themselves.
 */
function underAgreement(v: SentenceView, i: number): boolean {
  const ws = v.words;
  if (ws[0]?.lower !== "under") return false;
  for (let k = 1; k < Math.min(i, MAX_FRAME_WORDS + 1); k++) {
    if (inSet(DEAL_NOUNS, ws[k]!.lower) || ws[k]!.lower === "terms") {
      let c = k;
      while (c < i && c <= MAX_FRAME_WORDS && !breakAfter(ws[c]!)) c++;
      return c < i && commaAfter(ws[c]!);
    }
    if (breakAfter(ws[k]!)) return false;
  }
  return false;
}

/** "Finland will give Tanzania a grant", "wants to help Israel", "said they would meet". */
function cooperativeCandidate(v: SentenceView, i: number): Candidate | null {
  const ws = v.words;
  const w = ws[i]!;
  const obstructive = OBSTRUCTIVE_VERBS.has(w.lower) && ["not", "never"].includes(ws[previousContent(v, i)]?.lower ?? "");
  const listed = obstructive ? null : COOPERATIVE_VERBS.get(w.lower);
  // (an act, not "will be" or "will have", which state what the deal says of the subject)
  const bound = listed === undefined && !BE.has(w.lower) && w.lower !== "have" && INTENT_MODALS.has(ws[previousContent(v, i)]?.lower ?? "") && underAgreement(v, i);
  const constraint = bound ? null : listed;
  if (constraint === undefined || !isVerb(w) || w.tags.has("PastTense") || w.tags.has("Gerund")) return null;
  const p = previousContent(v, i);
  let anchor = i;
  let verbFirst = i;
  let hint: Hint = "intent";
  let actor: Span2 | undefined;
  let k = p;
  while (k >= 0 && ["not", "never", "be", "able"].includes(ws[k]!.lower)) k--;
  const before = ws[k];
  if (!before) return null;
  if (INTENT_MODALS.has(before.lower)) {
    verbFirst = k;
  } else if (before.lower === "to" && expectedActor(v, k)) {
    const expected = expectedActor(v, k)!;
    anchor = expected.frame;
    verbFirst = i;
    hint = "expected";
    actor = expected.actor;
  } else if (before.lower === "to") {
    const g = previousContent(v, k);
    const gov = ws[g];
    if (!gov || governedByNoun(v, g)) return null;
    // a headline announces with "to": "UK to join Pacific trade pact"
    const headline = v.headline && isNounish(gov) && !isVerb(gov);
    if (EXPECT_GOVERNORS.has(gov.lower)) hint = "expected";
    else if (!INTENT_GOVERNORS.has(gov.lower) && !headline) return null;
    // a wish to give or protect is a policy; a wish to help or to deepen ties reaches out to a partner
    if (WISH_GOVERNORS.has(gov.lower) && !PARTNERSHIP_VERBS.has(w.lower)) return null;
    if (gov.tags.has("Gerund") && !BE.has(ws[previousContent(v, g)]?.lower ?? "")) return null;
    if (!isFiniteVerb(v, g) && !EXPECT_GOVERNORS.has(gov.lower) && !governorAfterPlural(v, g) && !headline) return null;
    anchor = headline ? k : g;
    verbFirst = headline ? k : g;
  } else {
    return null;
  }
  if (constraint === "reported" || SAID_ONLY.has(w.lower)) {
    const subject = subjectOf(v, anchor);
    const said = subject !== null && speechVerbBefore(v, subject.start) !== null || attributedAfter(v, i);
    let purpose = false;
    for (let j = i + 1; j < ws.length - 1 && !strongBreakAfter(ws[j - 1]!); j++) {
      const c = COOPERATIVE_VERBS.get(ws[j + 1]!.lower);
      if (ws[j]!.lower === "to" && c !== undefined && c !== "reported") { purpose = true; break; }
    }
    if (!said && !purpose) return null;
  }
  if (constraint !== null && constraint !== "reported" && !cooperativeObjectFits(v, i, constraint)) {
    return null;
  }
  const n = nextContent(v, i);
  const end = nounPhraseEnd(v, n);
  const object = end >= n ? nounsOf(v, n, Math.min(end, n + 4)) : [];
  if (object.some((x) => inSet(HOSTILE_NOUNS, x))) return null;
  if (object.slice(0, 2).some((x) => inSet(NOT_OFFERED, x))) return null;
  // "will supply arms to Israel" is military aid, an event of its own kind, not an agreement
  if (SUPPLYING_VERBS.has(w.lower) && object.some((x) => inSet(WEAPON_NOUNS, x) && x !== "reactor")) return null;
  return {
    ruleId: `cooperative:${w.lower}`, reason: "a cooperative act announced with will/would or wanted commits its subject", at: i,
    verb: { first: verbFirst, last: i }, anchor, actionStart: obstructive ? previousContent(v, i) : i, passive: false, hint, counterparts: [], giver: null, needsActor: true,
    negationInside: obstructive, ...(actor ? { actor } : {}),
  };
}

/**
 * A base form the tagger read as a noun that its place makes a verb: after "to" before a
 * determiner ("are due to sign the accord"), or right after a name that ends a subject ("EU,
 * Mercosur sign landmark pact"); whether that subject is plural is checked with the subject.
 */
function baseVerbByPlace(v: SentenceView, i: number): boolean {
  const p = previousContent(v, i);
  const prev = v.words[p], next = v.words[i + 1];
  if (!prev || !next || breakAfter(prev) || breakAfter(v.words[i]!)) return false;
  if (prev.lower === "to") return next.tags.has("Determiner") || next.tags.has("Possessive") || ["a", "an", "the"].includes(next.lower);
  // "Pacific nations pledge to cut": after a plural noun too, before "to" or an object
  const subjectEnd = prev.tags.has("ProperNoun") || v.inEntity[p] === true || prev.tags.has("Plural") && !prev.tags.has("Possessive") && !/['’]$/.test(prev.text);
  return subjectEnd && (next.lower === "to" || !isVerb(next) && isNounish(next));
}

/** Every candidate of a sentence, in order. Triggers inside quotations are left to the quotes. */
export function findCandidates(v: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const ws: readonly Word[] = v.words;
  for (let i = 0; i < ws.length; i++) {
    if (v.isQuoted[i]) continue;
    const w = ws[i]!;
    let found: Candidate | null = null;
    const form = FORMS.get(w.lower);
    if (form && (isVerb(w) || w.tags.has("Noun") && (form.form !== "base" || baseVerbByPlace(v, i)))) {
      for (const rule of RULES_BY_LEMMA.get(form.lemma) ?? []) {
        found = candidateFromRule(v, i, rule, form.form);
        if (found) break;
      }
    }
    found ??= predicativeCandidate(v, i) ?? cooperativeCandidate(v, i);
    if (!found) continue;
    // a trigger inside another's complement ("agreed to sign a treaty") is that one's action
    if (out.some((c) => c.actionStart <= i && c.at < i && !c.ruleId.endsWith(":bare") && !hasClauseBreak(v, c.actionStart, i))) continue;
    out.push(found);
  }
  return out;
}

const CLAUSE_LINKS = new Set(["while", "whereas", "but", "although", "though", "and", "or"]);

/** Is there a clause boundary or a coordination of a new verb between words a and b? */
function hasClauseBreak(v: SentenceView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = v.words[k]!;
    if (strongBreakAfter(w)) return true;
    // "..., while Kazakhstan will supply electricity": a new clause after a comma
    if (commaAfter(w) && CLAUSE_LINKS.has(v.words[k + 1]?.lower ?? "")) return true;
    if (["and", "but"].includes(w.lower) && k + 1 <= b) {
      // "agreed to X and pledged to Y": a second finite verb starts a new commitment
      let m = k + 1;
      while (m < b && (v.words[m]!.tags.has("Adverb") || ["also", "have", "has", "will"].includes(v.words[m]!.lower))) m++;
      if (m === b && !v.words[m - 1]?.lower.match(/^to$/)) return true;
    }
  }
  return false;
}
