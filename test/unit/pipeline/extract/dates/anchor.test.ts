import { describe, expect, it } from "vitest";
import { all } from "../../../../helpers/dates.js";

describe("the anchor of relative dates", () => {
  it("prefers the article's published date to the reference date", () => {
    expect(all("He left yesterday.", { referenceDate: "2026-02-04", published: "2020-05-05" })).toEqual(["yesterday=2020-05-04"]);
  });

  it("uses the reference date when the article has no date", () => {
    expect(all("He left yesterday.", { referenceDate: "2026-02-04" })).toEqual(["yesterday=2026-02-03"]);
  });

  it("falls back on the last absolute date mentioned before the expression", () => {
    expect(all("On March 3, 2015, he resigned. He had told his staff the day before, and left yesterday.", { referenceDate: null }))
      .toEqual(["March 3, 2015=2015-03-03", "the day before=2015-03-02", "yesterday=2015-03-02"]);
  });

  it("gives a relative date no value rather than read the clock", () => {
    expect(all("He left yesterday.", { referenceDate: null })).toEqual(["yesterday=null"]);
  });

  it("places undated months of a history in the year the story is at", () => {
    const text = "The siege began in 1683. In July the Ottomans attacked. In September the relief army arrived.";
    expect(all(text, { referenceDate: null })).toEqual(["1683=1683", "July=1683-07", "September=1683-09"]);
  });
});
