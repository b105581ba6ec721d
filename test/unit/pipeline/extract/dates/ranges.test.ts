import { describe, expect, it } from "vitest";
import { findDates } from "../../../../helpers/dates.js";

const pick = (text: string) => findDates(text).map((d) => ({ text: d.text, value: d.value, endValue: d.endValue }));

describe("ranges", () => {
  it("joins \"from X to Y\" into one mention with value and endValue", () => {
    expect(pick("He ruled from 2019 to 2021.")).toEqual([{ text: "2019 to 2021", value: "2019", endValue: "2021" }]);
  });

  it("joins \"between X and Y\"", () => {
    expect(pick("Sales doubled between 1994 and 1997.")).toEqual([{ text: "1994 and 1997", value: "1994", endValue: "1997" }]);
  });

  it("reads a range of days inside one month", () => {
    expect(pick("The visit runs from January 29 to 31.")).toEqual([{ text: "January 29 to 31", value: "2026-01-29", endValue: "2026-01-31" }]);
  });

  it("joins two calendar dates after \"from\"", () => {
    expect(pick("Shares were bought from Aug. 26 to Oct. 20.")).toEqual([{ text: "Aug. 26 to Oct. 20", value: "2025-08-26", endValue: "2025-10-20" }]);
  });

  it("leaves lists and comparisons as separate mentions", () => {
    expect(pick("Growth was 3% in both 1990 and 1991.").map((d) => d.text)).toEqual(["1990", "1991"]);
    expect(pick("After a revision Friday to December's figures, jobs rose.").map((d) => d.text)).toEqual(["Friday", "December"]);
  });
});
