import { describe, expect, it } from "vitest";
import { only } from "../../../../helpers/dates.js";

describe("seasons", () => {
  it.each([
    ["He arrived last fall.", "last fall", "2025-FA"],
    ["The plant opens this summer.", "this summer", "2026-SU"],
    ["Talks resume next spring.", "next spring", "2026-SP"],
    ["It was colder in the winter of 1994.", "the winter of 1994", "1994-WI"],
    ["Prices rose in summer 1990.", "summer 1990", "1990-SU"],
    ["Orders fell during the summer.", "the summer", "2025-SU"],
    ["Orders will recover in the spring.", "the spring", "2026-SP"],
  ])("reads %j as %j = %j", (text, span, value) => {
    expect(only(text)).toEqual([span, value]);
  });

  it("gives a season the season grain", () => {
    expect(only("It opens this summer.")).toEqual(["this summer", "2026-SU"]);
  });
});
