// The one object that travels through the pipeline (the vfile idea): each stage receives it and
// returns a new one with its findings added. Findings carry offsets into `text`, so that later
// stages and the invariant tests can always slice the mention back out.
import type { Article, Format, RemovedKind, SourceRef, Span } from "../schema/article.js";

export type InputFormat = Format | "auto";

/** What comes from outside the library: every stage reads options from here, never from globals. */
export interface Ctx {
  /** Anchor for relative dates when the article carries no date of its own (YYYY-MM-DD), else null. */
  readonly referenceDate: string | null;
  readonly format: InputFormat;
  /** Keep boilerplate in `text` (it is still reported in `removed`). */
  readonly keepBoilerplate: boolean;
  /** List refusals and failures ("failed to agree") in agreements[] with status "negated". */
  readonly includeNegated: boolean;
  /** A trace that costs nothing when off: the message is only built when someone listens. */
  readonly debug: (message: () => string) => void;
}

/** A removal as the cleaners record it; the output keeps kind, text and reason (the rule id). */
export interface Removal {
  readonly kind: RemovedKind;
  readonly text: string;
  readonly ruleId: string;
  readonly reason: string;
}

/** Something a stage wants to tell: a failed extractor, a fallback taken. */
export interface Message {
  readonly stage: string;
  readonly severity: "info" | "warning" | "error";
  readonly text: string;
}

/** Metadata found in the page itself (JSON-LD, <meta>, first line, dateline). */
export interface Metadata {
  readonly title: string | null;
  /** ISO date (YYYY-MM-DD). */
  readonly published: string | null;
  readonly modified: string | null;
  readonly authors: readonly string[];
  readonly siteName: string | null;
  readonly canonicalUrl: string | null;
  readonly description: string | null;
  /** ISO 639-1 code. */
  readonly language: string | null;
}

export const EMPTY_METADATA: Metadata = {
  title: null, published: null, modified: null, authors: [], siteName: null, canonicalUrl: null, description: null, language: null,
};

/** One word as the NLP pass saw it, with its place in `text`. */
export interface Token {
  readonly text: string;
  /** compromise's normalised form (lower case, no punctuation). */
  readonly normal: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation and spaces before and after the word, as compromise splits them. */
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
  /** Index of the sentence in doc.sentences. */
  readonly sentence: number;
}

export interface Sentence extends Span {
  readonly paragraph: number;
  /** Index of the first token of the sentence in doc.tokens, and one past its last. */
  readonly firstToken: number;
  readonly endToken: number;
}

export interface EntityMention extends Span {
  readonly text: string;
}

export interface PersonFinding {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly titles: readonly string[];
  readonly country: string | null;
  readonly mentions: readonly EntityMention[];
}

export interface OrganizationFinding {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly EntityMention[];
}

export interface PlaceFinding {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: Article["places"][number]["type"];
  readonly countryCode: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly mentions: readonly EntityMention[];
}

export type DateFinding = Article["dates"][number];
export type AgreementFinding = Article["agreements"][number];
export type QuoteFinding = Article["quotes"][number];

export interface ArticleDoc {
  /** Where the bytes came from (a path, an archive member, a WARC record, a URL ...), their size and hash. */
  readonly source: SourceRef & { readonly bytes: number; readonly sha256: string };
  readonly raw: Uint8Array;
  /** Decided by the sniff stage (or forced by ctx.format). */
  readonly format: Format | null;
  /** The decoded input, before cleaning. */
  readonly input: string;
  readonly encoding: string | null;
  readonly meta: Metadata;
  /** The cleaned article body: blocks separated by a blank line. Every offset points into it. */
  readonly text: string;
  readonly removed: readonly Removal[];
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /**
   * Where the detailed reading of a huge document ends (tag-budget.ts): text before it was tagged
   * by compromise and is read by every extractor; past it only people, organizations and places
   * are found. Infinity for every document within the budget.
   */
  readonly detailEnd: number;
  readonly people: readonly PersonFinding[];
  readonly organizations: readonly OrganizationFinding[];
  readonly places: readonly PlaceFinding[];
  readonly dates: readonly DateFinding[];
  readonly agreements: readonly AgreementFinding[];
  readonly quotes: readonly QuoteFinding[];
  readonly messages: readonly Message[];
  /** Set by the validate stage: the object that will be printed. */
  readonly article: Article | null;
}

/** `from` is the input's path (null for a stream) or the full description of where it came from. */
export function newDoc(raw: Uint8Array, from: string | null | SourceRef, sha256: string): ArticleDoc {
  const ref: SourceRef = from === null || typeof from === "string" ? { path: from } : from;
  return {
    source: { ...ref, bytes: raw.byteLength, sha256 },
    raw,
    format: null,
    input: "",
    encoding: null,
    meta: EMPTY_METADATA,
    text: "",
    removed: [],
    paragraphs: [],
    sentences: [],
    tokens: [],
    detailEnd: Number.POSITIVE_INFINITY,
    people: [],
    organizations: [],
    places: [],
    dates: [],
    agreements: [],
    quotes: [],
    messages: [],
    article: null,
  };
}
