import { describe, expect, it } from "vitest";
import { all, findDates, only } from "../../../../helpers/dates.js";

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

describe("seasons counted from the story", () => {
  it("reads \"the following spring\" after the last date mentioned", () => {
    expect(findDates("The siege of 1812 failed. The following spring the army returned.").map((d) => `${d.text}=${d.value}`))
      .toEqual(["1812=1812", "The following spring=1813-SP"]);
  });
});

describe("seasons of a history", () => {
  it("reads a winter that straddles two years as the winter of its first year", () => {
    expect(only("The winter of 1863–64 was spent in trenches.", { referenceDate: null })).toEqual(["The winter of 1863–64", "1863-WI"]);
  });

  it("reads a season after \"throughout\" or \"spent\"", () => {
    expect(all("In March 1860 envoys came and protested throughout the summer. He spent the winter in Kent.", { referenceDate: null }))
      .toEqual(["March 1860=1860-03", "the summer=1860-SU", "the winter=1860-WI"]);
  });
});

describe("the middle of a season", () => {
  it("reads \"by midsummer\" as the summer the story is at", () => {
    expect(all("The epidemic began in 1758, and by midsummer a third had died.", { referenceDate: null })).toEqual(["1758=1758", "midsummer=1758-SU"]);
  });
});
