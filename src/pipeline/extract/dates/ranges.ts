// Ranges: two dates joined as one span of time, "from 1991 to 1997", "between 1994 and 1997",
// "1914–1918", "Sept. 14 to Oct. 20". The mention covers both ends; `value` is the start and
// `endValue` the end. Lists ("in 1990 and 1991") stay separate mentions.
import type { Candidate, Resolver } from "./types.js";

/** What may join two dates into a range, with what must come before the first. */
const JOINERS: ReadonlyArray<{ readonly between: RegExp; readonly before: RegExp | null }> = [
  { between: /^\s*[-–—]\s*$/, before: null },
  { between: /^\s+(?:to|through|thru|until|till|-)\s+$/i, before: /\bfrom\s+$/i },
  { between: /^\s+and\s+$/i, before: /\bbetween\s+$/i },
];

const joinable = (c: Candidate): boolean => (c.type === "date" || c.type === "time") && !c.rule.startsWith("ref-");

function rangeResolver(first: Candidate, second: Candidate): Resolver {
  return (rc) => {
    const a = first.resolve(rc);
    if (!a) return null;
    const b = second.resolve(a.point ? { ...rc, last: a.point, lastInParagraph: a.point } : rc);
    if (!b) return a;
    return { ...a, endValue: b.value, ...(b.point ? { point: b.point } : {}) };
  };
}

/** Candidates in text order, with adjacent dates joined into ranges where the words say so. */
export function joinRanges(kept: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1];
    if (b && joinable(a) && joinable(b)) {
      const between = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 12), a.start);
      const joined = JOINERS.some((j) => j.between.test(between) && (!j.before || j.before.test(before)));
      if (joined) {
        out.push({ start: a.start, end: b.end, rule: `${a.rule}+${b.rule}`, type: a.type, priority: a.priority, resolve: rangeResolver(a, b) });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
