import { describe, expect, it } from "vitest";
import { only } from "../../../../helpers/dates.js";

describe("references to the present, the past and the future", () => {
  it.each([
    ["Iraq now controls the field.", "now", "PRESENT_REF"],
    ["It is currently in talks.", "currently", "PRESENT_REF"],
    ["Under current market conditions, it waits.", "current", "PRESENT_REF"],
    ["The company recently cut its dividend.", "recently", "PAST_REF"],
    ["A recent filing shows the stake.", "recent", "PAST_REF"],
    ["It has happened in the past.", "the past", "PAST_REF"],
    ["Prices will rise in the future.", "the future", "FUTURE_REF"],
    ["Rates will stay low in the near term.", "the near term", "FUTURE_REF"],
    ["Financing will be arranged at a later date.", "a later date", "FUTURE_REF"],
  ])("reads %j as %j = %j", (text, span, value) => {
    expect(only(text)).toEqual([span, value]);
  });
});
