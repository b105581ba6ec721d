// Agreements and commitments: who committed to what with whom, when and where. A sentence yields
// one agreement per trigger (triggers.ts) that survives the status checks (status.ts), with its
// parties (parties.ts, coref.ts), its action (action.ts) and its date and place (setting.ts).
import type { AgreementFinding, ArticleDoc, Ctx } from "../../doc.js";
import type { Stage } from "../../stage.js";
import { actionRanges, actionText } from "./action.js";
import { Memory } from "./coref.js";
import type { Anaphor, EntityMentionRef, Party, PartyContext } from "./parties.js";
import { canCommit, entityMentions, isAnaphor, isPluralPhrase, partiesOfPhrase } from "./parties.js";
import type { SentenceView } from "./sentence.js";
import { bySentence, quotedSpans, viewOf } from "./sentence.js";
import { dateIn, dayValue, mainEvent, placeIn, WRITTEN_YEAR, yearsBefore } from "./setting.js";
import { verdictOf } from "./status.js";
import type { Subject } from "./syntax.js";
import { isFiniteVerb, isSpeechVerb, mainVerbBefore, nounPhraseEnd, nounPhraseStart, speechVerbBefore, subjectOf, verbGroup, verbGroupStart } from "./syntax.js";
import type { Candidate } from "./triggers.js";
import { findCandidates, isConcession } from "./triggers.js";
import { AGREEABLE_NOUNS, DOCUMENT_NOUNS } from "./lexicon.js";
import { breakAfter, commaAfter, inSet, strongBreakAfter } from "./words.js";


/** The subject of a candidate: of its anchor, or of the main verb for a participle ("..., pledging to"). */
function subjectOfCandidate(v: SentenceView, c: Candidate): Subject | null {
  const w = v.words[c.at]!;
  const prev = v.words[c.at - 1];
  if (c.anchor === c.at && /ing$/.test(w.lower) && prev && (commaAfter(prev) || inSet(DOCUMENT_NOUNS, prev.lower))) {
    const main = mainVerbBefore(v, c.at);
    return main === null ? null : subjectOf(v, main);
  }
  return subjectOf(v, c.anchor);
}

interface Resolver {
  readonly ctx: PartyContext;
  readonly memory: Memory;
  /** The entity mentions of each sentence, by sentence index. */
  readonly mentions: readonly (readonly EntityMentionRef[])[];
}

/** How many sentences back "the bank" looks for a bank named in any role ("Regulators fined Kestrel Bank."). */
const ORGANIZATION_LOOKBACK = 2;

const FINITE_MARKERS = new Set(["will", "would", "shall", "can", "could", "may", "might", "must", "should", "do", "does", "did", "to"]);
const PLURAL_PRONOUNS = new Set(["they", "we", "i", "you"]);

/** How many words of an object a headline's base form looks through for the agreement's noun. */
const HEADLINE_OBJECT_WORDS = 3;

/**
 * A headline that opens with its subject has no verb to govern a subjunctive, and names a club
 * or a firm with a plural verb: "Arsenal agree deal". With a bare object the verb must be
 * followed by an agreement's noun, as "Obama promise tracker" is a compound of nouns.
 */
function headlineVerb(v: SentenceView, c: Candidate, s: Subject): boolean {
  if (!v.headline || s.start !== 0) return false;
  if (!c.ruleId.endsWith(":object")) return true;
  return v.words.slice(c.actionStart, c.actionStart + HEADLINE_OBJECT_WORDS).some((w) => inSet(AGREEABLE_NOUNS, w.lower));
}

/** Why the subject cannot have made this commitment, or null when it can. */
function unfitSubject(v: SentenceView, c: Candidate, s: Subject): string | null {
  if (!canCommit(v, s.start, s.end)) return "the subject cannot commit";
  const plural = isPluralPhrase(v, s.start, s.end) || PLURAL_PRONOUNS.has(v.words[s.end]!.lower);
  // "His ex-wife agreed, but ...": a lone "agreed" is assent; "the two sides agreed." is an agreement
  if (c.ruleId.endsWith(":bare") && !plural) return "a lone assent";
  // "demanding Obama make a pledge": a base form after a singular subject is not a finite verb
  if (c.baseForm && !plural && !headlineVerb(v, c, s) && !verbGroup(v, c.anchor).some((w) => FINITE_MARKERS.has(w))) return "not a finite verb";
  return null;
}

/** Resolve the parties of a phrase; anaphors go to the speaker of the sentence, else to the memory. */
function resolvePhrase(v: SentenceView, r: Resolver, a: number, b: number, depth = 0): Party[] {
  const out: Party[] = [];
  const add = (p: Party) => { if (!out.some((x) => x.name === p.name)) out.push(p); };
  for (const x of partiesOfPhrase(v, r.ctx, a, b)) {
    if (!isAnaphor(x)) { add(x); continue; }
    const inSentence = depth < 2 && x.pronoun ? speakerFor(v, r, a, x, depth) : organizationBefore(v, a, x);
    const remembered = inSentence.length ? inSentence : r.memory.resolve(x, v.index, r.ctx);
    for (const p of remembered.length ? remembered : organizationBack(v, r, x)) add(p);
  }
  return out;
}

/** "the company", "the bank": a singular noun of a body, not a pronoun. */
const namesOrganization = (a: Anaphor): boolean => a.anaphor === "thing" && a.prefer === "organization" && !a.pronoun;

/**
 * "Pilots at Lufthansa called off the strike after the company agreed": "the company" (or "the
 * airline", "the bank") is the organization named last before it in its own sentence, which is
 * nearer than any earlier sentence's.
 */
function organizationBefore(v: SentenceView, start: number, a: Anaphor): Party[] {
  if (!namesOrganization(a)) return [];
  const before = v.words[start]!.start;
  const org = v.mentions.filter((m) => m.kind === "organization" && m.end <= before).at(-1);
  return org ? [{ name: org.name, kind: "organization" }] : [];
}

/** "Regulators fined Kestrel Bank. The bank agreed": past the subjects, the last organization named just before. */
function organizationBack(v: SentenceView, r: Resolver, a: Anaphor): Party[] {
  if (!namesOrganization(a)) return [];
  for (let i = v.index - 1; i >= 0 && i >= v.index - ORGANIZATION_LOOKBACK; i--) {
    const org = (r.mentions[i] ?? []).filter((m) => m.kind === "organization").at(-1);
    if (org) return [{ name: org.name, kind: "organization" }];
  }
  return [];
}

/** "Hungary has said it will support": "it" is the speaker when number and kind fit. */
function speakerFor(v: SentenceView, r: Resolver, start: number, a: Anaphor, depth: number): Party[] {
  const s = speechVerbBefore(v, start);
  if (s === null) return [];
  const speaker = subjectOf(v, s);
  if (!speaker) return [];
  const parties = resolvePhrase(v, r, speaker.start, speaker.end, depth + 1);
  if (parties.length === 0) return [];
  const plural = isPluralPhrase(v, speaker.start, speaker.end) || parties.length > 1;
  if (a.anaphor === "plural" && plural) return parties;
  if (a.anaphor === "person" && !plural && parties[0]!.kind !== "place" && parties[0]!.kind !== "organization") return parties;
  if (a.anaphor === "thing" && !plural && parties[0]!.kind !== "person") return parties;
  return [];
}

/** The speaker of a reported intent ("X said Vietnam is committed to ..."): X speaks for the subject. */
function reportingSpeaker(v: SentenceView, r: Resolver, subject: Subject): Party[] {
  const s = speechVerbBefore(v, subject.start);
  if (s === null) return [];
  const speaker = subjectOf(v, s);
  return speaker ? resolvePhrase(v, r, speaker.start, speaker.end).filter((p) => p.kind === "person" || p.kind === "other" && !p.generic) : [];
}

function partiesOf(v: SentenceView, r: Resolver, c: Candidate, subject: Subject | null, status: string): Party[] {
  const out: Party[] = [];
  const add = (ps: readonly Party[]) => { for (const p of ps) if (!out.some((x) => x.name === p.name)) out.push(p); };
  if (c.giver) add(resolvePhrase(v, r, c.giver.first, c.giver.last));
  if (c.passive || c.actor) {
    if (c.actor) add(resolvePhrase(v, r, c.actor.first, c.actor.last));
    for (const s of c.counterparts) add(resolvePhrase(v, r, s.first, s.last));
    return out;
  }
  if (subject) {
    const own = resolvePhrase(v, r, subject.start, subject.end);
    if ((status === "intent" || c.ruleId === "predicative") && own.every((p) => p.kind !== "person")) add(reportingSpeaker(v, r, subject));
    add(own);
  }
  for (const s of c.counterparts) add(resolvePhrase(v, r, s.first, s.last));
  return out;
}

/** Verbs of meeting: "X met Y" makes X and Y the pair that "the two leaders" refers to. */
const MEETING_VERBS = new Set(["met", "meet", "meets", "hosted", "hosts", "host", "received", "receives", "welcomed", "welcomes", "visited", "visits"]);
/** Verbs of meeting that need "with" ("held talks with Y", "spoke with Y"). */
const WITH_VERBS = new Set(["held", "hold", "holds", "talked", "talks", "spoke", "speaks", "conferred", "negotiated"]);

/** The other side of a meeting: the object of "met", or the phrase after "with". */
function meetingPartner(v: SentenceView, k: number): [number, number] | null {
  const verb = v.words[k]!.lower;
  if (!MEETING_VERBS.has(verb) && !WITH_VERBS.has(verb)) return null;
  for (let j = k + 1; j < v.words.length && j <= k + 4; j++) {
    const w = v.words[j]!;
    const start = w.lower === "with" ? j + 1 : MEETING_VERBS.has(verb) && j === k + 1 ? j : -1;
    if (start >= 0) {
      let end = nounPhraseEnd(v, start, { of: true });
      // "negotiators from Israel and Hamas": the phrase after the head names them
      if (end >= start && ["from", "of"].includes(v.words[end + 1]?.lower ?? "") && !breakAfter(v.words[end]!)) end = Math.max(end, nounPhraseEnd(v, end + 2));
      return end >= start ? [start, end] : null;
    }
    if (commaAfter(w)) break;
  }
  return null;
}

/** The main subject of a sentence, remembered for "they" and "the two sides" later on. */
function rememberSubject(v: SentenceView, r: Resolver): void {
  for (let k = 0; k < v.words.length; k++) {
    if (!isFiniteVerb(v, k) || v.isQuoted[k]) continue;
    const s = subjectOf(v, k);
    if (!s) continue;
    const own = { sentence: v.index, parties: resolvePhrase(v, r, s.start, s.end), plural: isPluralPhrase(v, s.start, s.end) };
    const partner = meetingPartner(v, k);
    const reported = partner ? null : reportedSubject(v, r, k);
    if (reported) {
      // "Nokia said that Vodafone had chosen it": "it" is still the speaker, "the firms" are both
      const all = { sentence: v.index, parties: [...own.parties, ...reported.parties.filter((p) => !own.parties.some((x) => x.name === p.name))], plural: true };
      for (const e of [reported, own, all]) r.memory.add(e);
      return;
    }
    if (!partner) { r.memory.add(own); return; }
    // the most recent entry is tried first: "he" is the host, "the two leaders" are host and guest;
    // but guests of several sides ("hosted negotiators from A and B") are the sides that agree next
    const guests = { sentence: v.index, parties: resolvePhrase(v, r, partner[0], partner[1]), plural: true };
    const all = { sentence: v.index, parties: [...own.parties, ...guests.parties.filter((p) => !own.parties.some((x) => x.name === p.name))], plural: true };
    for (const e of guests.parties.length > 1 ? [own, all, guests] : [guests, own, all]) r.memory.add(e);
    return;
  }
}

/** The subject of the clause a speech verb at k reports ("said [that] Vodafone had chosen it"), with its parties. */
function reportedSubject(v: SentenceView, r: Resolver, k: number): { sentence: number; parties: readonly Party[]; plural: boolean } | null {
  if (!isSpeechVerb(v.words[k]!)) return null;
  for (let j = k + 1; j < v.words.length; j++) {
    if (v.isQuoted[j] || strongBreakAfter(v.words[j - 1]!)) return null;
    if (!isFiniteVerb(v, j)) continue;
    const s = subjectOf(v, j);
    if (!s || s.start <= k) return null;
    const parties = resolvePhrase(v, r, s.start, s.end).filter((p) => p.kind !== "other");
    return parties.length ? { sentence: v.index, parties, plural: isPluralPhrase(v, s.start, s.end) } : null;
  }
  return null;
}

function anchorYear(doc: ArticleDoc, ctx: Ctx, mainDate: string | null): number | null {
  const iso = doc.meta.published ?? ctx.referenceDate ?? mainDate;
  return iso ? Number(iso.slice(0, 4)) : null;
}

export function findAgreements(doc: ArticleDoc, ctx: Ctx): AgreementFinding[] {
  const mentions = entityMentions(doc);
  const mentionsBySentence = bySentence(doc, mentions);
  const r: Resolver = { ctx: { doc }, memory: new Memory(), mentions: mentionsBySentence };
  const quoted = doc.paragraphs.map((p) => quotedSpans(doc.text, p.start, p.end));
  const datesBySentence = bySentence(doc, doc.dates);
  const views = doc.sentences.map((s, i) => viewOf(doc, i, quoted[s.paragraph] ?? [], mentionsBySentence[i], datesBySentence[i]));
  const candidates = views.map(findCandidates);
  const main = mainEvent(views, new Set(views.filter((v) => candidates[v.index]!.length > 0).map((v) => v.index)));
  const year = anchorYear(doc, ctx, main.date);
  const found: AgreementFinding[] = [];
  for (const v of views) {
    rememberSubject(v, r);
    const cands = candidates[v.index]!;
    cands.forEach((c, n) => {
      const verb = v.text.slice(v.words[c.verb.first]!.start, v.words[c.verb.last]!.end);
      const subject = c.passive ? null : subjectOfCandidate(v, c);
      // "tutorials, offers & news": an -s form without a subject is a plural noun
      const unfit = subject ? unfitSubject(v, c, subject) : c.sForm && c.anchor === c.at && !c.passive ? "a plural noun, not a verb" : null;
      if (unfit) { ctx.debug(() => `agreements: "${verb}" in sentence ${v.index} skipped: ${unfit} [${c.ruleId}]`); return; }
      const verdict = verdictOf(v, c, subject ?? (c.passive ? subjectOf(v, c.anchor) : null));
      if ("skip" in verdict) { ctx.debug(() => `agreements: "${verb}" in sentence ${v.index} skipped: ${verdict.skip} [${c.ruleId}]`); return; }
      // A reader of agreements[] asks what was agreed, and a refusal is not an agreement: negated
      // commitments ("failed to reach agreement", "refused to sign") are listed only on request.
      if (verdict.status === "negated" && !ctx.includeNegated) { ctx.debug(() => `agreements: "${verb}" in sentence ${v.index} is negated, not listed [${c.ruleId}]`); return; }
      const ownDate = dateIn(v, c.at, c.actionStart, verdict.status);
      const ownYear = ownDate && v.dates.some((d) => dayValue(d) === ownDate && WRITTEN_YEAR.test(d.text)) ? [Number(ownDate.slice(0, 4))] : [];
      const years = [...yearsBefore(v, c.at), ...yearsJustAfter(v, c.at), ...ownYear];
      const past = years.filter((y) => year !== null && y < year);
      if (past.length && verdict.status === "concluded") { ctx.debug(() => `agreements: "${verb}" in sentence ${v.index} skipped: background (${past[0]}) [${c.ruleId}]`); return; }
      const parties = partiesOf(v, r, c, subject, verdict.status);
      if (verdict.status === "concluded" && parties.length < 2 && isConcession(v, c.actionStart)) { ctx.debug(() => `agreements: "${verb}" in sentence ${v.index} skipped: a concession made alone, not an agreement [${c.ruleId}]`); return; }
      if (c.needsActor && parties.length === 0) { ctx.debug(() => `agreements: "${verb}" in sentence ${v.index} skipped: nobody named commits [${c.ruleId}]`); return; }
      const next = cands[n + 1];
      const limit = next ? verbGroupStart(v, next.verb.first) : v.words.length;
      const ranges: [number, number][] = c.passive && subject === null ? passiveTheme(v, c) : actionRanges(v, c.actionStart, limit, c.ruleId.endsWith(":infinitive") || c.ruleId.startsWith("cooperative") || c.ruleId === "predicative");
      const names = new Set(parties.map((p) => p.name));
      const own = {
        date: ownDate,
        // not from an aside between the subject and the trigger ("Lebed, whom Yeltsin sent to Chechnya, struck a deal")
        place: placeIn(v, names, c.actionStart, v.words.length, subject ? [subject.end, c.verb.first] : null),
      };
      const made = verdict.status === "concluded";
      // the segmenter may report a sentence end past the text when it dropped a leading character
      const sentenceEnd = Math.min(v.sentence.end, doc.text.length);
      const date = own.date ?? (made ? main.date : null);
      // a town that is a party may still be where it signed ("signed at the town hall in Kristiansand")
      const place = own.place ?? (made && main.place && (!names.has(main.place) || main.local) ? main.place : null);
      ctx.debug(() => `agreements: "${verb}" in sentence ${v.index}: ${verdict.status} [${c.ruleId}] ${c.reason}`);
      for (const [a, b] of ranges.length ? ranges : [[c.actionStart, c.actionStart - 1] as [number, number]]) {
        found.push({
          verb, status: verdict.status, parties: parties.map((p) => p.name),
          action: a <= b ? actionText(v, a, b) : "", date, place,
          sentence: doc.text.slice(v.sentence.start, sentenceEnd), start: v.sentence.start, end: sentenceEnd,
        });
      }
      r.memory.add({ sentence: v.index, parties, plural: parties.length > 1 });
    });
  }
  return found;
}

/** A bare year in the trigger's clause after it: "was signed by Iran in 2015". */
function yearsJustAfter(v: SentenceView, at: number): number[] {
  const out: number[] = [];
  for (let k = at + 1; k + 1 < v.words.length; k++) {
    const w = v.words[k]!, y = v.words[k + 1]!;
    if (["in", "since"].includes(w.lower) && /^(?:1\d|20)\d\d$/.test(y.text)) out.push(Number(y.text));
    if (breakAfter(w)) break;
  }
  return out;
}

/** The action of a passive is its subject: "a treaty of friendship was signed by ...". */
function passiveTheme(v: SentenceView, c: Candidate): [number, number][] {
  if (c.reduced) {
    const start = nounPhraseStart(v, c.at - 1);
    return start <= c.at - 1 ? [[start, c.at - 1]] : [];
  }
  const theme = subjectOf(v, c.anchor);
  return theme ? [[theme.start, theme.end]] : [];
}

export const agreements: Stage = {
  name: "agreements",
  essential: false,
  run(doc, ctx) {
    return { ...doc, agreements: findAgreements(doc, ctx) };
  },
};
