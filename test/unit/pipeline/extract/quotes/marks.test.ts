import { describe, expect, it } from "vitest";
import { findQuotedSpans } from "../../../../../src/pipeline/extract/quotes/marks.js";
import { paragraphSpans } from "../../../../../src/pipeline/segment.js";

const quoted = (text: string): string[] => findQuotedSpans(text, paragraphSpans(text)).map((q) => text.slice(q.start, q.end));

describe("quotation marks", () => {
  it("finds the words between curly and straight double quotation marks", () => {
    expect(quoted("He said “we will win” and then \"we will see\" again.")).toEqual(["we will win", "we will see"]);
  });

  it("reads guillemets in both directions and low-high German marks", () => {
    expect(quoted("Er sagte: „Wir kommen wieder“. Il a dit « nous reviendrons » hier. Sie sagte »niemals«.")).toEqual([
      "Wir kommen wieder", " nous reviendrons ", "niemals",
    ]);
  });

  it("reads single marks as quotation marks when they open and close around words", () => {
    expect(quoted("Sie sagte ‚nie wieder‘ und ging. He called it ‘a crazy system’ on Monday.")).toEqual(["nie wieder", "a crazy system"]);
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(quoted("Clinton’s aides didn’t say it; the ’90s and rock 'n' roll are over, the voters’ mood isn't.")).toEqual([]);
  });

  it("takes the role of a mark from its neighbours, not from its shape", () => {
    expect(quoted("”Mr. Trump embodies a legacy,” she wrote.")).toEqual(["Mr. Trump embodies a legacy,"]);
  });

  it("keeps a quotation inside a quotation in the outer one", () => {
    expect(quoted("“I’d rather sleep in what he calls “the shed” than stay with him,” she said.")).toEqual([
      "I’d rather sleep in what he calls “the shed” than stay with him,",
    ]);
  });

  it("runs a quotation on into the next paragraph when that paragraph re-opens it", () => {
    const text = "He said: “The first part goes on.\n\n“And the second part ends here.”\n\nThen he left.";
    const spans = findQuotedSpans(text, paragraphSpans(text));
    expect(spans).toHaveLength(1);
    expect(spans[0]!.paragraph).toBe(0);
    expect(spans[0]!.lastParagraph).toBe(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe("The first part goes on.\n\n“And the second part ends here.");
  });

  it("ends an unclosed quotation with its paragraph when the next one does not re-open it", () => {
    expect(quoted("He said “we will\n\nNothing else.")).toEqual(["we will"]);
  });

  it("does not read two apostrophes as a quotation mark", () => {
    expect(quoted("He said ''we will win'' on Monday.")).toEqual([]);
  });
});
