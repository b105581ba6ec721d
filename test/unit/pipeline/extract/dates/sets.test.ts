import { describe, expect, it } from "vitest";
import { findDates, only } from "../../../../helpers/dates.js";

describe("sets", () => {
  it.each([
    ["The paper is published daily.", "daily", "P1D"],
    ["They agreed to meet every year.", "every year", "P1Y"],
    ["Dividends are paid each month.", "each month", "P1M"],
    ["The board meets every two weeks.", "every two weeks", "P2W"],
    ["Flights leave each Thursday.", "each Thursday", "XXXX-WXX-4"],
    ["Orangemen march each July.", "each July", "XXXX-07"],
    ["The club meets on Mondays.", "Mondays", "XXXX-WXX-1"],
    ["The show airs Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"],
    ["They meet twice a year.", "a year", "P1Y"],
    ["Rooms cost $55 a night.", "a night", "P1D"],
    ["The airline flies four flights a week.", "a week", "P1W"],
    ["The fee is paid annually.", "annually", "P1Y"],
  ])("reads %j as %j = %j", (text, span, value) => {
    expect(only(text)).toEqual([span, value]);
  });

  it("types sets as set", () => {
    expect(findDates("It is published weekly.")[0]).toMatchObject({ type: "set", value: "P1W", grain: "week" });
  });
});

describe("seasons that recur", () => {
  it("reads \"every summer\" as a set of summers", () => {
    expect(findDates("Digs went on every summer.").map((d) => [d.text, d.value, d.type])).toEqual([["every summer", "XXXX-SU", "set"]]);
  });
});
