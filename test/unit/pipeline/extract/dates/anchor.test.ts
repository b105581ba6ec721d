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

describe("narrative text", () => {
  const history = [
    "The war began on 28 July 1914. In 1915 Italy joined, and in 1916 the armies fought at Verdun.",
    "In 1917 the United States entered the war. In April its troops sailed, and by the end of the year they held a sector.",
    "The armistice of 1918 ended the fighting. The treaty of 1919 followed, and in 1920 the League met.",
  ].join("\n\n");

  it("is told from its own dates when most written years lie far from the article's date", () => {
    const found = all(history, { referenceDate: "2010-03-01" });
    expect(found).toContain("April=1917-04");
    expect(found).toContain("the end of the year=1917");
  });

  it("keeps news framed by the article's date even when it names an older year", () => {
    expect(all("The firm was founded in 1987. Sales fell in March.", { referenceDate: "1989-10-30" }))
      .toEqual(["1987=1987", "March=1989-03"]);
  });
});
