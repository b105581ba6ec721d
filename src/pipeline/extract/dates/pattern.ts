// Running pattern rules over one paragraph. Rules are written as regular-expression sources with
// the shared pieces of the lexicon; this module compiles them and turns matches into candidates.
import { allMatches } from "../../../util/regex.js";
import type { Candidate, PatternRule } from "./types.js";

/**
 * Not inside a word or a hyphenated compound on the left ... (ASCII classes: Unicode property
 * classes in a lookbehind that is tried at every position cost more than all the rest of a rule)
 */
export const B = "(?<![A-Za-z0-9_'’-])";
/** ... and on the right. */
export const E = "(?![A-Za-z0-9_-])";

/** Compile a rule's source: case-insensitive, global, with match indices. */
export function re(source: string): RegExp {
  return new RegExp(source, "gid");
}

/** Every match of every rule in `text` (a paragraph at `offset` in doc.text), as candidates. */
export function runRules(rules: readonly PatternRule[], text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    for (const m of allMatches(rule.match, text)) {
      if (m[0].length === 0) continue;
      const resolve = rule.build(m, text);
      if (!resolve) continue;
      const span = m.indices?.groups?.["span"] ?? m.indices?.[0];
      if (!span || span[1] <= span[0]) continue;
      out.push({
        start: offset + span[0], end: offset + span[1], rule: rule.id, type: rule.kind, priority: rule.priority ?? 0, resolve,
        ...(rule.needsDay ? { needsDay: true } : {}),
      });
    }
  }
  return out;
}

/** A named group of a match, lower-cased ("" when it did not take part). */
export function group(m: RegExpExecArray, name: string): string {
  return (m.groups?.[name] ?? "").toLowerCase();
}
