// The shapes every date rule shares. Extraction and normalisation are two passes: rules first find
// candidates (a span and a way to compute its value), the stage keeps the best non-overlapping ones,
// then resolves them in reading order, so that each value may depend on the article's date, the
// tense around it and the dates mentioned before it.
import type { DateType, Grain, Span } from "../../../schema/article.js";
import type { Point } from "./calendar.js";

export type Tense = "past" | "present" | "future" | "none";

/** What a value may depend on; built by the stage for each candidate, in reading order. */
export interface ResolveContext {
  /** The article's own date (published, else --reference-date), or null when it has none. */
  readonly dct: Point | null;
  /** What deictic expressions ("yesterday", "last year") count from: dct, else the last written date before. */
  readonly anchor: Point | null;
  /** The last calendar point mentioned before this one, at any grain ("a year earlier", "that day"). */
  readonly last: Point | null;
  /** The last point mentioned in the same paragraph: the day a bare clock time ("at 10:35 a.m.") belongs to. */
  readonly lastInParagraph: Point | null;
  /** Every point mentioned before, in reading order ("the quarter" looks for the last quarter). */
  readonly history: readonly Point[];
  /** The last point written with its year ("March 5, 1998", "1998"). */
  readonly lastAbsolute: Point | null;
  /** The last day written as a calendar date ("3 July", "March 5, 1998"), not counted from another. */
  readonly lastWrittenDay: Point | null;
  /**
   * Where a date without its year is placed: the article's date, or a date of the story when the
   * text is a narrative or has just named another year ("In 1996 ... In March ...").
   */
  readonly frame: Point | null;
  /** True when `frame` is a date of the story: undated months and days then take its year. */
  readonly storyFrame: boolean;
  /** Tense of the verb closest to the expression in its sentence. */
  readonly tense: Tense;
  /**
   * A word right before the expression that points forward or back: "ahead" overrides the tense
   * ("effective Feb. 1", "ahead of the weekend"), "future" only where the tense is not past ("by",
   * "until"), "past" ("since").
   */
  readonly cue: "past" | "future" | "ahead" | null;
  /** The day a clock time belongs to when the text names it right after ("8 a.m. (1200 GMT) on Tuesday"). */
  readonly timeDay: Point | null;
  /** Long narrative text (history), where undated months and "the following year" follow the story, not the article's date. */
  readonly narrative: boolean;
}

export interface Resolved {
  readonly value: string | null;
  readonly endValue?: string | null;
  readonly grain: Grain;
  /** Overrides the candidate's type when the value decides it (a time of day, a set). */
  readonly type?: DateType;
  /** The calendar position it names, for later anaphora; absent for durations, sets and references. */
  readonly point?: Point;
  /** The expression wrote its own year ("March 5, 1998", "1998"), so it can frame narrative text. */
  readonly absolute?: boolean;
  /** The expression wrote its day as a calendar date ("3 July"): a day text without a date of its own counts from. */
  readonly written?: boolean;
  /** A comparison ("a year earlier") that does not move the story: later anaphora skip it. */
  readonly anaphoric?: boolean;
}

export type Resolver = (rc: ResolveContext) => Resolved | null;

/** A time expression found in the text: its span in doc.text and how to compute its value. */
export interface Candidate extends Span {
  readonly rule: string;
  readonly type: DateType;
  /** Breaks ties between overlapping candidates of the same length; higher wins. */
  readonly priority: number;
  readonly resolve: Resolver;
  /** A clock time without its day ("8 a.m."): a day named right after it is its day ("8 a.m. (1200 GMT) on Tuesday"). */
  readonly needsDay?: boolean;
}

/**
 * A rule of our own: a regular expression and what a match means. Built with the flags "gid";
 * when the expression has a named group `span`, that group is the mention (the rest is context).
 */
export interface PatternRule {
  readonly id: string;
  readonly kind: DateType;
  readonly match: RegExp;
  readonly reason: string;
  readonly priority?: number;
  /** A clock time without its day: the day named right after it is its day. */
  readonly needsDay?: boolean;
  /** The meaning of one match; null rejects it (a false match the regex could not exclude). */
  readonly build: (m: RegExpExecArray, text: string) => Resolver | null;
}
