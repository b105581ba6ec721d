import { describe, expect, it } from "vitest";
import { all, findDates, only } from "../../../../helpers/dates.js";

describe("durations", () => {
  it.each([
    ["He served nine years in prison.", "nine years", "P9Y"],
    ["Stocks plunged in the past three months.", "the past three months", "P3M"],
    ["Talks have been cut off for nearly two years.", "nearly two years", "P2Y"],
    ["The talks lasted more than four hours.", "more than four hours", "PT4H"],
    ["He was jailed for 2 1/2 years.", "2 1/2 years", "P2Y6M"],
    ["The call lasted a minute and a half.", "a minute and a half", "PT1M30S"],
    ["It approved a five-year plan.", "five-year", "P5Y"],
    ["The strike ended after a two-week walkout.", "two-week", "P2W"],
    ["It will take a few days.", "a few days", "PXD"],
    ["Sales have slowed in recent years.", "recent years", "PXY"],
    ["The two sides have fought for years.", "years", "PXY"],
    ["It was the lowest rate for almost two decades.", "two decades", "P20Y"],
    ["Prices will fall over the next decade.", "the next decade", "P10Y"],
    ["They waited half an hour.", "half an hour", "PT30M"],
    ["It ended a quarter of a century of talks.", "a quarter of a century", "P25Y"],
    ["They waited three quarters of an hour.", "three quarters of an hour", "PT45M"],
    ["After a quarter-century in power, he left.", "a quarter-century", "P25Y"],
    ["Profit rose 10% in the first nine months.", "the first nine months", "P9M"],
    ["It must act within 90 days.", "90 days", "P90D"],
    ["Hours after the attack, troops moved in.", "Hours", "PTXH"],
    ["Threats had become routine over the past decade.", "the past decade", "P10Y"],
  ])("reads %j as %j = %j", (text, span, value) => {
    expect(only(text).slice(0, 2)).toEqual([span, value]);
  });

  it("reads \"the year ended ...\" as a year of results", () => {
    expect(findDates("Revenue for the year ended Sept. 30 rose.")[0]).toMatchObject({ text: "the year", value: "P1Y", type: "duration" });
  });

  it("types durations as duration with the grain of their unit", () => {
    expect(findDates("He served nine years.")[0]).toMatchObject({ type: "duration", grain: "year" });
    expect(findDates("The talks lasted four hours.")[0]).toMatchObject({ type: "duration", grain: "hour" });
  });

  it("marks only the duration in news \"three days later\", as TimeBank does", () => {
    expect(findDates("Three days later, the talks resumed.").map((d) => [d.text, d.value])).toEqual([["Three days", "P3D"]]);
  });
});

describe("amounts of time inside names", () => {
  it("keeps a lower-case amount next to a name", () => {
    expect(all("Thirty years of war followed the Thirty Years' War.", { referenceDate: null })).toEqual(["Thirty years=P30Y"]);
  });
});
