import { describe, expect, it } from "vitest";
import { newDoc } from "../../../src/pipeline/doc.js";
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
