// Names in one list ("Lumen Orbital and Skyward Data", "the VVD, the Christian Democratic Appeal,
// the liberal D66 and BBB") are names of one kind: news lists parties with parties and firms with
// firms. A name of the list that no evidence typed is an organization when the typed names of its
// list all are.
import type { Token } from "../../doc.js";
import type { ArticleContext } from "./context.js";
import type { Kind, Typed } from "./typing.js";
import { NAME_SHAPE, NO_EVIDENCE, Strength } from "./typing.js";
import { isPossessive } from "./words.js";
import { isOrgEnding } from "../../../data/organizations.js";
import { isCommonEnglishWord } from "../../../data/english.js";

/** Lower-case words allowed between a list's separator and its next name ("the liberal", "the farmers' party"). */
const MAX_WORDS_BETWEEN = 2;
/** Tags of words that end a list: a verb, a preposition or a pronoun starts a clause of its own. */
const CLAUSE_TAGS = ["Verb", "Preposition", "Pronoun", "Value", "Date", "QuestionWord", "Adverb"];
const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "or"]);

/** How the words between two names join them: "," or a conjunction (with at most a few modifiers), or not at all. */
function link(ctx: ArticleContext, a: Typed, b: Typed): { comma: boolean; conjunction: boolean } | null {
  const { tokens } = ctx;
  if (tokens[a.last]!.sentence !== tokens[b.first]!.sentence || b.first <= a.last) return null;
  // "Devon White's RBI double": a possessive is no list item.
  if (isPossessive(ctx.text, tokens[a.last]!)) return null;
  let comma = false, conjunction = false, words = 0;
  for (let k = a.last; k < b.first; k++) {
    const t: Token = tokens[k]!;
    // "(VVD), the ...": a closing bracket before the comma; nothing else but spaces and commas.
    // "the farmers' party BBB": a plural's possessive mark before the space.
    if (!/^\)?,?[ \t]+$/u.test(t.post) && !/^['’]?[ \t]+$/u.test(t.post)) return null;
    if (t.post.includes(",")) comma = true;
    if (k === a.last) continue;
    if (t.pre.trim() !== "") return null;
    if (CONJUNCTIONS.has(t.normal)) { if (conjunction) return null; conjunction = true; continue; }
    if (t.normal === "the") continue;
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(ctx.text.slice(t.start, t.end)) || CLAUSE_TAGS.some((tag) => t.tags.has(tag)) || ++words > MAX_WORDS_BETWEEN) return null;
  }
  // "Party for Freedom and Democracy", "Credit Rating and Information Systems Ltd", "Hotel and
  // Casino": a bare "and" after a name with "of" or "for", or beside an organization's ending word,
  // goes on with one name.
  if (!comma && words === 0 && (/ (?:of|for) /u.test(a.text) || isOrgEnding(lastWord(a.text)) || isOrgEnding(lastWord(b.text)))) return null;
  return comma || conjunction ? { comma, conjunction } : null;
}

const lastWord = (name: string): string => name.slice(name.lastIndexOf(" ") + 1);

/**
 * A name without evidence that its list may type: not a single letter, and in a pair without a
 * comma ("Europe and the Middle"), not one ordinary word. A name typed a person by its shape alone
 * is retyped only in a list with commas ("Lufthansa, Quantix Orbital and ..."), not in a pair
 * ("designer Gianni Versace and Vogue magazine").
 */
const mayTake = (t: Typed, comma: boolean): boolean =>
  ((!t.kind && t.reason === NO_EVIDENCE) || (comma && t.kind === "person" && t.reason === NAME_SHAPE)) && /\p{L}/u.test(t.text) && t.text.length > 1 && (comma || t.text.includes(" ") || !isCommonEnglishWord(t.text));

export function listKinds(ctx: ArticleContext, typed: readonly Typed[]): Typed[] {
  const out = [...typed];
  let from = 0;
  while (from < out.length) {
    // The run of names linked one to the next, and whether a conjunction makes it a list.
    let to = from, conjunction = false, comma = false;
    // "A, B and C": the name after the conjunction closes the list ("..., and the Far East, Raichev said").
    while (to + 1 < out.length && !conjunction) {
      const l = link(ctx, out[to]!, out[to + 1]!);
      if (!l) break;
      if (l.conjunction) conjunction = true;
      if (l.comma) comma = true;
      to++;
    }
    if (to > from && conjunction) {
      const kinds = new Set<Kind>();
      let untyped = false;
      for (let k = from; k <= to; k++) {
        const t = out[k]!;
        if (t.kind && t.strength >= Strength.medium) kinds.add(t.kind);
        else if (mayTake(t, comma)) untyped = true;
      }
      // Only organizations: on CoNLL a list's places and people, mistyped clubs among them, spread
      // errors as often as they type a name right.
      const [kind] = kinds;
      if (untyped && kinds.size === 1 && kind === "organization") {
        for (let k = from; k <= to; k++) {
          const t = out[k]!;
          if (mayTake(t, comma)) out[k] = { ...t, kind, strength: Strength.weak, reason: `in a list of ${kind} names` };
        }
      }
    }
    from = to + 1;
  }
  return out;
}
