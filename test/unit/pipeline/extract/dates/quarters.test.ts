import { describe, expect, it } from "vitest";
import { all, only } from "../../../../helpers/dates.js";

// Reference Thursday 2 November 1989: the fourth quarter is under way, the third just reported.
const ref = { referenceDate: "1989-11-02" };

describe("quarters, halves and fiscal years", () => {
  it.each([
    ["Net income for the third quarter rose.", "the third quarter", "1989-Q3"],
    ["It posted a third-quarter loss.", "third-quarter", "1989-Q3"],
    ["It expects to report a third-quarter loss.", "third-quarter", "1989-Q3"],
    ["Profit fell in the fourth quarter of 1988.", "the fourth quarter of 1988", "1988-Q4"],
    ["It earned $5 million in the fiscal first quarter of 1990.", "the fiscal first quarter of 1990", "1990-Q1"],
    ["Sales in this year's third quarter rose.", "this year's third quarter", "1989-Q3"],
    ["Sales in the 1988 third quarter rose.", "the 1988 third quarter", "1988-Q3"],
    ["Growth slowed in the first half.", "the first half", "1989-H1"],
    ["Growth will resume in the second half of 1990.", "the second half of 1990", "1990-H2"],
    ["Sales in the current fiscal year will be flat.", "the current fiscal year", "1989"],
    ["Sales were flat in the latest quarter.", "the latest quarter", "1989-Q3"],
    ["Orders will rise in the current quarter.", "the current quarter", "1989-Q4"],
  ])("reads %j as %j = %j", (text, span, value) => {
    expect(only(text, ref)).toEqual([span, value]);
  });

  it("reads \"the quarter\" as the last quarter mentioned", () => {
    expect(all("Profit rose in the second quarter. Revenue in the quarter was $5 million.", ref))
      .toEqual(["the second quarter=1989-Q2", "the quarter=1989-Q2"]);
  });

  it("compares \"a year earlier\" with the quarter under report", () => {
    expect(all("Third-quarter net rose to $5 million from $4 million a year earlier.", ref))
      .toEqual(["Third-quarter=1989-Q3", "a year earlier=1988-Q3"]);
  });

  it("reads the year-earlier quarter a year before the quarter under report", () => {
    expect(all("Third-quarter profit doubled from the year-earlier quarter.", ref))
      .toEqual(["Third-quarter=1989-Q3", "the year-earlier quarter=1988-Q3"]);
  });

  it("reads \"the fiscal year\" without a year as one year long", () => {
    expect(all("Profit should rise throughout the fiscal year.", ref)).toEqual(["the fiscal year=P1Y"]);
  });
});
