// What was agreed: from the trigger's complement to the end of its clause. The clause ends at a
// semicolon or dash, at a side clause after a comma (", which ...", ", despite ..."), at an
// attribution tail (", the White House announced Tuesday"), or where a new verb is coordinated
// ("... but will not be rushed"). Coordinated infinitives ("to promote exchanges ... and to
// cooperate on ...") are separate commitments, so one trigger may yield several actions.
import { CLAUSE_OPENERS } from "./lexicon.js";
import { isSpeechVerb } from "./syntax.js";
import type { SentenceView } from "./sentence.js";
import { isNounish, isVerb } from "./words.js";

/** How far after a comma a speech verb makes the rest an attribution (", a UN official said"). */
const MAX_ATTRIBUTION_WORDS = 8;

/** Commas of an apposition inside an attribution (", its chief executive, Jane Roe, said"). */
const MAX_APPOSITION_COMMAS = 2;

const actionBreak = (post: string): boolean => /[;:—–]|\s-\s/.test(post);

function attributionAfter(v: SentenceView, k: number): boolean {
  const ws = v.words;
  let commas = 0;
  for (let j = k + 1; j < ws.length && j <= k + MAX_ATTRIBUTION_WORDS; j++) {
    if (isSpeechVerb(ws[j]!) || ws[j]!.lower === "according") {
      // ", officials said" ends the sentence; ", said that ..." goes on
      return !ws.slice(j + 1).some((w) => w.lower === "that");
    }
    // the speaker may stand in apposition (", its chief executive, Sania Nishtar, told reporters")
    if (ws[j]!.post.includes(",") && ++commas > MAX_APPOSITION_COMMAS) return false;
  }
  return false;
}

/** Is words[k] the start of a new verb after a coordination ("and will", "but said")? */
function newVerbAt(v: SentenceView, k: number): boolean {
  const w = v.words[k];
  if (!w) return false;
  return ["will", "would", "has", "have", "had", "is", "are", "was", "were", "did", "said", "says", "also"].includes(w.lower) || (isVerb(w) && w.tags.has("PastTense") && !w.tags.has("Adjective") && !w.tags.has("Noun"));
}

/** A base-form verb that continues a list of infinitives ("to conduct visits and expand ties"). */
const infinitiveAt = (v: SentenceView, k: number): boolean => {
  const w = v.words[k];
  return w !== undefined && isVerb(w) && w.tags.has("Infinitive") && !w.tags.has("Noun") && !w.tags.has("Plural");
};

/** Words that open an adverbial clause ("as he succeeded Milosevic"), even without a comma. */
const SUBORDINATORS = new Set(["as", "when", "while", "because", "after", "before", "since", "until", "although", "though", "whereas", "once", "if", "unless"]);
/** How close the verb of such a clause must follow ("as the new government took office"). */
const MAX_SUBORDINATE_SUBJECT = 5;

function finiteVerbSoon(v: SentenceView, k: number): boolean {
  for (let j = k + 1; j < v.words.length && j <= k + MAX_SUBORDINATE_SUBJECT; j++) {
    const w = v.words[j]!;
    if (isVerb(w) && !w.tags.has("Gerund") && (w.tags.has("PastTense") || w.tags.has("PresentTense") && !w.tags.has("Infinitive") || w.tags.has("Modal") || w.tags.has("Auxiliary")) && !w.tags.has("Noun") && !w.tags.has("Adjective")) return true;
    if (!isNounish(w) && !w.tags.has("Pronoun") && !w.tags.has("Preposition") && !v.isDate[j]) return false;
  }
  return false;
}

/** Word ranges [first, last] of the actions that start at `start`, stopping before `limit`. */
export function actionRanges(v: SentenceView, start: number, limit: number, verbal: boolean): [number, number][] {
  const ws = v.words;
  const out: [number, number][] = [];
  let from = start;
  let k = start;
  let end = Math.min(limit, ws.length) - 1;
  for (; k < Math.min(limit, ws.length); k++) {
    const w = ws[k]!;
    const next = ws[k + 1];
    if (k > from && ["and", "but"].includes(w.lower)) {
      if (newVerbAt(v, k + 1) || w.lower === "but" && finiteVerbSoon(v, k)) { end = k - 1; break; }
      if (verbal && (next?.lower === "to" && infinitiveAt(v, k + 2) || infinitiveAt(v, k + 1))) {
        out.push([from, k - 1]);
        from = next?.lower === "to" ? k + 2 : k + 1;
        k = from - 1;
        continue;
      }
    }
    const asWellAs = w.lower === "as" && ws[k + 1]?.lower === "well";
    if (k > from && SUBORDINATORS.has(w.lower) && !asWellAs && finiteVerbSoon(v, k)) { end = k - 1; break; }
    if (actionBreak(w.post)) { end = k; break; }
    if (w.post.includes(",") && next) {
      const opensClause = CLAUSE_OPENERS.has(next.lower) && !(next.lower === "as" && ws[k + 2]?.lower === "well");
      if (opensClause || attributionAfter(v, k)) { end = k; break; }
      if (["and", "but"].includes(next.lower) && newVerbAt(v, k + 2)) { end = k; break; }
    }
  }
  if (from <= end) out.push([from, end]);
  return out.filter(([a, b]) => a <= b);
}

/** The text of an action, without the punctuation that closes the sentence or an aside. */
export function actionText(v: SentenceView, first: number, last: number): string {
  const ws = v.words;
  // the last word's closing punctuation (a quotation mark, a bracket) up to the next space
  let s = v.text.slice(ws[first]!.start, ws[last]!.end + ws[last]!.post.replace(/\s.*$/s, "").length).trim();
  s = s.replace(/[\s,;:.!?}\]—–-]+$/u, "");
  const opened = (ch: string, close: string) => s.split(ch).length - s.split(close).length;
  if (s.endsWith(")") && opened("(", ")") < 0) s = s.slice(0, -1).trimEnd();
  for (const q of ["”", "''"]) if (s.endsWith(q) && !s.includes(q === "”" ? "“" : "``")) s = s.slice(0, -q.length).trimEnd();
  if (s.endsWith("\"") && (s.match(/"/g)?.length ?? 0) % 2 === 1) s = s.slice(0, -1).trimEnd();
  // a wrapped line or a doubled space inside the clause is layout, not part of what was agreed
  return s.replace(/[\s,;:.!?]+$/u, "").replace(/\s+/gu, " ");
}
