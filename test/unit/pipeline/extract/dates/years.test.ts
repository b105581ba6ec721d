import { describe, expect, it } from "vitest";
import { findDates, only } from "../../../../helpers/dates.js";

describe("years, decades and centuries", () => {
  it.each([
    ["The plant was built in 1998.", "1998", "1998"],
    ["Sales rose in fiscal 1989 to $155 million.", "fiscal 1989", "1989"],
    ["The truce of 1815 held.", "1815", "1815"],
    ["Prices peaked in the early 1980s.", "the early 1980s", "198"],
    ["It grew through the 1990s.", "the 1990s", "199"],
    ["The music of the '60s lives on.", "the '60s", "196"],
    ["Hate groups dropped through the nineties.", "the nineties", "199"],
    ["a 20th century democrat", "20th century", "19"],
    ["the fabled 11th century temple", "11th century", "10"],
    ["His promise to halve unemployment by the year two thousand was dropped.", "the year two thousand", "2000"],
    ["The bomb went off in nineteen ninety-six.", "nineteen ninety-six", "1996"],
    ["Caesar crossed the Rubicon in 49 BC.", "49 BC", "BC0048"],
    ["the post-1959 politics of Cuba", "post-1959", "1959"],
    ["The group began to fall apart in mid-1996.", "mid-1996", "1996"],
  ])("reads %j as %j = %j", (text, span, value) => {
    expect(only(text)).toEqual([span, value]);
  });

  it("reads two years written as one span as a range", () => {
    const [d] = findDates("The 1990-91 season was his last.");
    expect(d).toMatchObject({ text: "1990-91", value: "1990", endValue: "1991", grain: "year" });
  });

  it("gives a decade the decade grain and a century the century grain", () => {
    expect(findDates("in the 1990s").map((d) => d.grain)).toEqual(["decade"]);
    expect(findDates("in the 19th century").map((d) => d.grain)).toEqual(["century"]);
  });

  it("counts this century from the reference date", () => {
    expect(only("the disasters of this century", { referenceDate: "1999-03-13" })).toEqual(["this century", "19"]);
  });
});
