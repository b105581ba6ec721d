// Runs the whole pipeline on the held-out cases and compares agreements[] with their labels.
// A party matches an expected name when it equals it, or when the entity it names lists the
// expected name among its aliases ("United Kingdom" for "Britain"), ignoring case and accents.
import type { Article } from "../../src/schema/article.js";
import { runPipeline } from "../../src/pipeline/index.js";
import type { ArticleCase, Expected, SentenceCase } from "./agreements.cases.js";

export const REFERENCE_DATE = "2026-02-01";

type Agreement = Article["agreements"][number];

export function extract(text: string, includeNegated = false): Article {
  const r = runPipeline(new TextEncoder().encode(`${text}\n`), null, {
    referenceDate: REFERENCE_DATE, format: "text", keepBoilerplate: false, includeNegated, debug: () => {},
  });
  if (!r.ok) throw new Error(r.message);
  return r.article;
}

const key = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/^the\s+/, "").replace(/[.'’]/g, "").trim();

/** Every name an entity of the article is known by, keyed by its canonical name. */
function namesOf(article: Article): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of [...article.people, ...article.organizations, ...article.places]) {
    out.set(key(e.name), new Set([e.name, ...e.aliases].map(key)));
  }
  return out;
}

function partyMatches(names: Map<string, Set<string>>, predicted: string, expected: string): boolean {
  const p = key(predicted), e = key(expected);
  return p === e || (names.get(p)?.has(e) ?? false);
}

/** Do the predicted parties name exactly the expected ones (plus allowed extras)? */
function partiesFit(names: Map<string, Set<string>>, predicted: readonly string[], x: Expected): boolean {
  if (!x.parties) return true;
  const options = (Array.isArray(x.parties[0]) ? x.parties : [x.parties]) as readonly (readonly string[])[];
  return options.some((expected) => {
    const allowed = [...expected, ...(x.allow ?? [])];
    return expected.every((e) => predicted.some((p) => partyMatches(names, p, e))) &&
      predicted.every((p) => allowed.some((e) => partyMatches(names, p, e)));
  });
}

/** The date as a day (a time of day is not labelled) and the place by name or alias. */
function settingFits(names: Map<string, Set<string>>, a: Agreement, x: Expected): boolean {
  const dateOk = x.date === undefined || (a.date?.slice(0, 10) ?? null) === x.date;
  const placeOk = x.place === undefined || (x.place === null ? a.place === null : a.place !== null && partyMatches(names, a.place, x.place));
  return dateOk && placeOk;
}

const statusFits = (a: Agreement, x: Expected): boolean => (typeof x.status === "string" ? [x.status] : x.status).includes(a.status as never);

export interface Verdict {
  /** Labelled as reporting an agreement / found one. */
  readonly gold: boolean;
  readonly found: boolean;
  /** On a true positive: every entry's status fits and every expected entry has one that fits. */
  readonly status: boolean | null;
  /** On a true positive with labelled parties: every expected entry has an entry with its parties. */
  readonly parties: boolean | null;
  /** On a true positive with a labelled date or place: every such entry has an entry with them. */
  readonly setting: boolean | null;
  readonly ok: boolean;
  readonly got: string;
}

function judge(names: Map<string, Set<string>>, got: readonly Agreement[], expect: readonly Expected[]): Verdict {
  const gold = expect.length > 0, found = got.length > 0;
  const tp = gold && found;
  const status = tp ? got.every((a) => expect.some((x) => statusFits(a, x))) && expect.every((x) => got.some((a) => statusFits(a, x))) : null;
  const labelled = expect.filter((x) => x.parties);
  const parties = tp && labelled.length ? labelled.every((x) => got.some((a) => statusFits(a, x) && partiesFit(names, a.parties, x))) : null;
  const placed = expect.filter((x) => x.date !== undefined || x.place !== undefined);
  const setting = tp && placed.length ? placed.every((x) => got.some((a) => statusFits(a, x) && settingFits(names, a, x))) : null;
  return {
    gold, found, status, parties, setting, ok: gold === found && status !== false && parties !== false && setting !== false,
    got: got.map((a) => `${a.status} [${a.parties.join(", ")}] "${a.verb}"${a.date ? ` ${a.date}` : ""}${a.place ? ` @${a.place}` : ""}`).join("; ") || "none",
  };
}

export function judgeSentence(k: SentenceCase): Verdict & { negatedOk: boolean | null } {
  const article = extract(k.text);
  const v = judge(namesOf(article), article.agreements, k.expect);
  if (!k.negated) return { ...v, negatedOk: null };
  const withNegated = extract(k.text, true);
  const negated = withNegated.agreements.filter((a) => a.status === "negated");
  const names = namesOf(withNegated);
  const negatedOk = negated.length > 0 && (k.negated === true || negated.some((a) => partiesFit(names, a.parties, { status: "concluded", parties: k.negated as readonly string[] })));
  return { ...v, negatedOk, ok: v.ok && negatedOk, got: `${v.got} | negated: ${negated.map((a) => `[${a.parties.join(", ")}]`).join("; ") || "none"}` };
}

/** One verdict per sentence of an article that has an expectation or an agreement. */
export function judgeArticle(k: ArticleCase): { sentence: string; verdict: Verdict }[] {
  const article = extract(k.text);
  const names = namesOf(article);
  const bySentence = new Map<string, Agreement[]>();
  for (const a of article.agreements) bySentence.set(a.sentence, [...(bySentence.get(a.sentence) ?? []), a]);
  const out: { sentence: string; verdict: Verdict }[] = [];
  for (const s of k.sentences) {
    const sentence = [...bySentence.keys()].find((x) => x.includes(s.in));
    out.push({ sentence: s.in, verdict: judge(names, sentence ? bySentence.get(sentence)! : [], s.expect) });
    if (sentence) bySentence.delete(sentence);
  }
  for (const [sentence, got] of bySentence) out.push({ sentence, verdict: judge(names, got, []) });
  return out;
}

export interface Figures {
  readonly n: number;
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly status: number;
  readonly parties: number;
  readonly setting: number;
  readonly negated: number;
  readonly correct: number;
}

export function figures(verdicts: readonly (Verdict & { negatedOk?: boolean | null })[]): Figures {
  const tp = verdicts.filter((v) => v.gold && v.found).length;
  const fp = verdicts.filter((v) => !v.gold && v.found).length;
  const fn = verdicts.filter((v) => v.gold && !v.found).length;
  const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
  const share = (xs: readonly (boolean | null | undefined)[]) => {
    const known = xs.filter((x): x is boolean => typeof x === "boolean");
    return known.filter(Boolean).length / Math.max(1, known.length);
  };
  return {
    n: verdicts.length, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0,
    status: share(verdicts.map((v) => v.status)), parties: share(verdicts.map((v) => v.parties)),
    setting: share(verdicts.map((v) => v.setting)),
    negated: share(verdicts.map((v) => v.negatedOk)), correct: verdicts.filter((v) => v.ok).length / Math.max(1, verdicts.length),
  };
}
