import { describe, expect, it } from "vitest";
import { all, findDates, only } from "../../../../helpers/dates.js";

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
    ["Caesar crossed the Rubicon in 49 BC.", "49 BC", "BC0049"],
    ["Augustus died in AD 14.", "AD 14", "0014"],
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

describe("years before Christ and in antiquity", () => {
  it.each([
    ["Its walls date from about 540 BC.", "540 BC", "BC0540"],
    ["By the 5th century BC the city ruled the coast.", "the 5th century BC", "BC04"],
    ["During the 1st century BC it was sacked twice.", "the 1st century BC", "BC00"],
    ["Caesar was killed on 15 March 44 BC.", "15 March 44 BC", "BC0044-03-15"],
    ["The citadel surrendered in the autumn of 300 BC.", "the autumn of 300 BC", "BC0300-FA"],
  ])("reads %j as %j = %j", (text, span, value) => {
    expect(only(text, { referenceDate: null })).toEqual([span, value]);
  });

  it("reads two- and three-digit years after \"in\" or \"from\" in a text about antiquity", () => {
    expect(all("An earthquake struck in AD 62. Raiders came in 256 and again in 268; the last governor dates from 597.", { referenceDate: null }))
      .toEqual(["AD 62=0062", "256=0256", "268=0268", "597=0597"]);
  });

  it("reads both years of \"between 110 and 130\" in a text about antiquity", () => {
    expect(all("In the 2nd century the town grew. Between 110 and 130 it was rebuilt.", { referenceDate: null }))
      .toEqual(["the 2nd century=01", "110 and 130=0110"]);
  });

  it("reads a bare year after a year before Christ as one too", () => {
    expect(all("In 431 BC the war began; in 404 the city fell.", { referenceDate: null })).toEqual(["431 BC=BC0431", "404=BC0404"]);
  });

  it("does not read counts as years in a text about antiquity", () => {
    expect(all("In 74 BC pirates came with 300 ships, and in 120 battles since then it held.", { referenceDate: null })).toEqual(["74 BC=BC0074"]);
  });

  it("does not read short numbers as years in a text that is not about antiquity", () => {
    expect(all("The vote passed in 2019. Turnout rose in 256 of the districts and in 12 cities.", { referenceDate: null })).toEqual(["2019=2019"]);
  });
});
