// Date and place: from the sentence, else from the article's main event for agreements made.
import { describe, expect, it } from "vitest";
import { agreementsOf } from "./helpers.js";

const PLACES = { places: [
  { name: "Geneva", type: "city" as const }, { name: "Switzerland", type: "country" as const, countryCode: "CH" },
  { name: "Chile", type: "country" as const }, { name: "Peru", type: "country" as const }, { name: "Lima", type: "city" as const },
] };

describe("agreement date and place", () => {
  it("takes the date and the place of the sentence", () => {
    const [a] = agreementsOf("Chile and Peru agreed on January 30 in Geneva to share fishing data.", PLACES);
    expect([a!.date, a!.place]).toEqual(["2026-01-30", "Geneva"]);
  });

  it("prefers a city to its country", () => {
    const [a] = agreementsOf("Chile and Peru signed a fishing accord at talks in Geneva, Switzerland.", PLACES);
    expect(a!.place).toBe("Geneva");
  });

  it("does not take a party as the place", () => {
    const [a] = agreementsOf("Chile signed a fishing accord with Peru in Lima.", PLACES);
    expect(a!.parties).toEqual(["Chile", "Peru"]);
    expect(a!.place).toBe("Lima");
  });

  it("falls back to the main event of the article for agreements made", () => {
    const text = "Chile and Peru agree on fishing\n\nOn January 29, 2026, the foreign ministers of Chile and Peru held talks in Geneva.\n\nThe two sides agreed to share fishing data.";
    const found = agreementsOf(text, PLACES);
    expect(found.map((a) => [a.date, a.place])).toEqual([["2026-01-29", "Geneva"], ["2026-01-29", "Geneva"]]);
  });

  it("keeps a date inside the action for an agreement still to come, not for one made", () => {
    expect(agreementsOf("Chile and Peru will sign the accord on March 3.", PLACES)[0]!.date).toBe("2026-03-03");
    expect(agreementsOf("Chile and Peru agreed to hold elections in May.", PLACES)[0]!.date).toBeNull();
  });

  it("does not take a planned meeting's place as the place of the agreement", () => {
    expect(agreementsOf("Chile and Peru agreed that further talks would be held in Geneva in March.", PLACES)[0]!.place).toBeNull();
  });
});
