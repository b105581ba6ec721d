// Time expressions: chrono finds them paragraph by paragraph (its cost grows with the square of one
// input's length) and they are normalised to ISO values against the article's own date.
import type { Grain } from "../../schema/article.js";
import type { ParsedComponents, ParsedResult } from "../../nlp/chrono.js";
import { chronoParser } from "../../nlp/chrono.js";
import type { DateFinding } from "../doc.js";
import type { Stage } from "../stage.js";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function valueOf(c: ParsedComponents): { value: string; grain: Grain } {
  const y = c.get("year") ?? 0, m = c.get("month") ?? 1, d = c.get("day") ?? 1;
  if (c.isCertain("hour")) {
    return { value: `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}`, grain: "minute" };
  }
  if (c.isCertain("day") || c.isCertain("weekday")) return { value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, grain: "day" };
  if (c.isCertain("month")) return { value: `${pad(y, 4)}-${pad(m)}`, grain: "month" };
  return { value: pad(y, 4), grain: "year" };
}

function toFinding(r: ParsedResult, offset: number, anchored: boolean): DateFinding {
  const start = valueOf(r.start);
  // Without an anchor, a relative expression ("last Friday") has no value we could trust.
  const relative = !r.start.isCertain("year");
  const ok = anchored || !relative;
  return {
    text: r.text,
    start: offset + r.index,
    end: offset + r.index + r.text.length,
    value: ok ? start.value : null,
    endValue: ok && r.end ? valueOf(r.end).value : null,
    type: r.start.isCertain("hour") ? "time" : "date",
    grain: start.grain,
  };
}

/** Parse dates as if the article was written at noon UTC on its anchor day. */
function referenceInstant(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
}

/** Any fixed day serves when there is no anchor: relative values are then dropped. */
const UNANCHORED = "2000-01-01";

export const dates: Stage = {
  name: "dates",
  essential: false,
  run(doc, ctx) {
    const anchor = doc.meta.published ?? ctx.referenceDate;
    const instant = { instant: referenceInstant(anchor ?? UNANCHORED), timezone: 0 };
    const found = doc.paragraphs.flatMap((p) =>
      chronoParser.parse(doc.text.slice(p.start, p.end), instant, { forwardDate: false })
        .map((r) => toFinding(r, p.start, anchor !== null)));
    return { ...doc, dates: found };
  },
};
