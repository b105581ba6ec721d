import { describe, expect, it } from "vitest";
import { all, only } from "../../../../helpers/dates.js";

describe("anaphora: dates counted from the last date mentioned", () => {
  it("counts the following year from the year before it", () => {
    expect(all("The war began in 1914. The following year, Italy joined.")).toEqual(["1914=1914", "The following year=1915"]);
  });

  it("reads \"that day\" as the last day mentioned", () => {
    expect(all("On Jan. 5, 2010, he resigned. That day the shares fell.")).toEqual(["Jan. 5, 2010=2010-01-05", "That day=2010-01-05"]);
  });

  it("reads \"the next morning\" as the morning after the last day mentioned", () => {
    expect(all("On Jan. 5, 2010, he resigned. The next morning he left.")).toEqual(["Jan. 5, 2010=2010-01-05", "The next morning=2010-01-06TMO"]);
  });

  it("reads \"the day before\" as the day before the last day mentioned", () => {
    expect(all("The crash came on Oct. 13, 1989; the day before, prices held.")).toEqual(["Oct. 13, 1989=1989-10-13", "the day before=1989-10-12"]);
  });

  it("reads \"the following March\" as the first March after the last date mentioned", () => {
    expect(all("Port Arthur surrendered on 2 January 1905. The following March, the armies met at Mukden."))
      .toEqual(["2 January 1905=1905-01-02", "The following March=1905-03"]);
  });

  it("reads \"a year earlier\" without a period under report as the year before the article's", () => {
    expect(only("Wages were 3.8 percent higher than a year earlier.")).toEqual(["a year earlier", "2025"]);
  });

  it("reads \"the next year\" in news from the article's date", () => {
    expect(all("In 2019 the plant opened. It will close the next year.", { referenceDate: "2026-02-04" })).toEqual(["2019=2019", "the next year=2027"]);
  });
});

describe("offsets in a story", () => {
  it("reads \"two weeks later\" followed by a noun phrase as a date of the story", () => {
    expect(all("On 16 September 1942 the attack began. Two weeks later a second column arrived.", { referenceDate: null }))
      .toEqual(["16 September 1942=1942-09-16", "Two weeks later=1942-W40"]);
  });

  it("leaves \"two days after the battle\" a duration", () => {
    expect(all("The war began on 2 March 1861. Two days after the battle the town fell.", { referenceDate: null }))
      .toEqual(["2 March 1861=1861-03-02", "Two days=P2D"]);
  });
});

describe("offsets before an event", () => {
  it("leaves \"a year before\" followed by a clause a duration", () => {
    expect(all("In August 1757 the fort fell. The garrison was held for a year before being exchanged.", { referenceDate: null }))
      .toEqual(["August 1757=1757-08", "a year=P1Y"]);
  });
});
