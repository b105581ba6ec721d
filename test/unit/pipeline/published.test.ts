import { describe, expect, it } from "vitest";
import { newDoc } from "../../../src/pipeline/doc.js";
import { dates } from "../../../src/pipeline/extract/dates/index.js";
import { published } from "../../../src/pipeline/published.js";
import { segment } from "../../../src/pipeline/segment.js";
import { contextFrom } from "../../../src/index.js";

function publishedOf(text: string, options: { referenceDate?: string; metadata?: string; language?: string } = {}): string | null {
  const ctx = contextFrom({ referenceDate: options.referenceDate ?? null });
  const base = newDoc(new Uint8Array(), null, "");
  const doc = segment.run({ ...base, text, meta: { ...base.meta, published: options.metadata ?? null, language: options.language ?? null } }, ctx);
  return published.run(doc, ctx).meta.published;
}

describe("the published date from the text", () => {
  it("reads a dateline with an ISO date", () => {
    expect(publishedOf("LONDON 1996-08-30\n\nShares fell.")).toBe("1996-08-30");
  });

  it("reads a wire dateline and takes its year from the reference date", () => {
    expect(publishedOf("YOKOSUKA, Japan, Jan. 31 (Reuters) - The ministers met.", { referenceDate: "2026-02-01" })).toBe("2026-01-31");
  });

  it("puts a dateline day that would lie after the reference date in the year before", () => {
    expect(publishedOf("SEOUL, Dec. 30 (Yonhap) - Talks ended.", { referenceDate: "2026-01-05" })).toBe("2025-12-30");
  });

  it("reads a date on a line of its own near the top", () => {
    expect(publishedOf("Jan 31, 2026\n\nThe ministers met.")).toBe("2026-01-31");
    expect(publishedOf("Published: Saturday, January 31, 2026 10:00 AM\n\nThe ministers met.")).toBe("2026-01-31");
  });

  it("reads a dateline in the article's own language", () => {
    expect(publishedOf("PARIS, 3 mars 2025 - Le Premier ministre a présenté un plan.", { language: "fr" })).toBe("2025-03-03");
    expect(publishedOf("FREIBURG, 14. Mai 2024 (dpa) - Der Gemeinderat hat neue Radwege beschlossen.", { language: "de" })).toBe("2024-05-14");
  });

  it("keeps the date the page's metadata gave", () => {
    expect(publishedOf("Jan 31, 2026\n\nThe ministers met.", { metadata: "2026-02-02" })).toBe("2026-02-02");
  });

  it("leaves the date unknown when the top of the article does not give one", () => {
    expect(publishedOf("WASHINGTON (AP) _ The president said Friday he would veto the bill.")).toBeNull();
    expect(publishedOf("The ministers met on Jan. 31, 2026 in Yokosuka and agreed to meet again.")).toBeNull();
    expect(publishedOf("YOKOSUKA, Japan, Jan. 31 (Reuters) - The ministers met.")).toBeNull();
  });
});

describe("the date on a byline or date line near the headline", () => {
  const head = (line: string) => publishedOf(`Council approves new budget\n\n${line}\n\nThe council approved the budget on Tuesday.`);

  it("reads a date between a byline and other parts cut by bars or dots", () => {
    expect(head("By Jane Roe | March 4, 2024")).toBe("2024-03-04");
    expect(head("10:15 AM EST · March 4, 2024")).toBe("2024-03-04");
    expect(head("4 March 2024 • 10:15")).toBe("2024-03-04");
  });

  it("takes the published date, not the updated one, when a line gives both", () => {
    expect(head("By JANE ROE | Published March 4, 2024 | Updated March 5, 2024")).toBe("2024-03-04");
  });

  it("reads labels and time zones around the date", () => {
    expect(head("Last updated on 4th March 2024")).toBe("2024-03-04");
    expect(head("Mar. 4, 2024 at 10:15 a.m. ET")).toBe("2024-03-04");
    expect(head("Updated 10:15 GMT (18:15 HKT) March 4, 2024")).toBe("2024-03-04");
  });

  it("reads a dotted numeric date day first, with labels of other languages", () => {
    expect(head("Stand: 13.11.2023, 08:00 Uhr")).toBe("2023-11-13");
    expect(head("Updated: 04.03.2024, 10:15 Uhr")).toBe("2024-03-04");
    expect(head("Jane Roe, Reporter | 03.04.2024")).toBe("2024-04-03");
  });

  it("keeps a slashed numeric date month first, as US news writes it", () => {
    expect(head("Posted on 03/04/2024")).toBe("2024-03-04");
  });

  it("does not read a date from a part that says more than the date", () => {
    expect(head("Match postponed | rescheduled to March 4, 2024 after the storm")).toBeNull();
  });
});

describe("datelines of wire copy in forms beyond a place in capitals", () => {
  // Friday 30 January 2026 in every dateline; the reference date lies ten days later, as when an
  // archive is read with today's date, so that only the dateline can place the weekdays right.
  const late = { referenceDate: "2026-02-09" };

  it("reads a dateline that names two places joined by a slash", () => {
    expect(publishedOf("NEW YORK/LONDON, Jan 30 (Reuters) - Oil prices fell on Thursday.", late)).toBe("2026-01-30");
  });

  it("reads a place in capitals with accented letters", () => {
    expect(publishedOf("SÃO PAULO, Jan 30 (Reuters) - Brazil's central bank said on Wednesday it would hold rates.", late)).toBe("2026-01-30");
  });

  it("reads a dateline without a place: the date, the agency, a dash", () => {
    expect(publishedOf("Jan 30 (Reuters) - Shares of Acme Corp rose 5% on Friday.", late)).toBe("2026-01-30");
  });

  it("reads a place written in small letters when the agency follows the date", () => {
    expect(publishedOf("Kyiv, Ukraine, Jan. 30 (AP) — Ukrainian officials said Thursday that talks would resume.", late)).toBe("2026-01-30");
  });

  it("reads a date line whose parts are cut by slashes", () => {
    expect(publishedOf("Council approves new budget\n\nJANUARY 30, 2026 / 9:14 PM / UPDATED 2 HOURS AGO\n\nThe council approved the budget on Tuesday.")).toBe("2026-01-30");
  });

  it("does not take a date in a sentence's opening for a dateline", () => {
    expect(publishedOf("On Thursday, Jan. 29 (local time) - the storm reached the coast.", late)).toBeNull();
    expect(publishedOf("Jan 30 - a date many here will not forget - began quietly.", late)).toBeNull();
  });
});

describe("weekdays and dates without a year placed from such a dateline", () => {
  function datesOf(text: string, referenceDate: string): string[] {
    const ctx = contextFrom({ referenceDate });
    const base = newDoc(new Uint8Array(), null, "0".repeat(64));
    const doc = published.run(segment.run({ ...base, text }, ctx), ctx);
    return dates.run(doc, ctx).dates.map((d) => `${d.text}=${d.value}`);
  }

  it("counts the weekdays of the story from the dateline, not the reference date", () => {
    expect(datesOf("NEW YORK/LONDON, Jan 30 (Reuters) - Oil prices fell on Thursday after stocks in the United States rose.", "2026-02-09"))
      .toEqual(["Jan 30=2026-01-30", "Thursday=2026-01-29"]);
    expect(datesOf("SÃO PAULO, Jan 30 (Reuters) - Brazil's central bank said on Wednesday it would hold rates in March.", "2026-02-09"))
      .toEqual(["Jan 30=2026-01-30", "Wednesday=2026-01-28", "March=2026-03"]);
    expect(datesOf("Jan 30 (Reuters) - Shares of Acme Corp rose 5% on Friday after it said the deal would close in December.", "2026-02-09"))
      .toEqual(["Jan 30=2026-01-30", "Friday=2026-01-30", "December=2026-12"]);
    expect(datesOf("Kyiv, Ukraine, Jan. 30 (AP) — Ukrainian officials said Thursday that talks would resume on Monday.", "2026-02-09"))
      .toEqual(["Jan. 30=2026-01-30", "Thursday=2026-01-29", "Monday=2026-02-02"]);
    expect(datesOf("Council approves new budget\n\nJANUARY 30, 2026 / 9:14 PM / UPDATED 2 HOURS AGO\n\nThe council approved the budget on Tuesday.", "2026-02-09"))
      .toEqual(["JANUARY 30, 2026=2026-01-30", "9:14 PM=2026-01-30T21:14", "2 HOURS AGO=2026-01-30", "Tuesday=2026-01-27"]);
  });
});
