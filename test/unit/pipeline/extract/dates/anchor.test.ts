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

  it("places \"two days later\" on the story's calendar", () => {
    expect(all(history + "\n\nOn 7 May 1915 the Lusitania sank, and two days later protests spread.", { referenceDate: "2010-03-01" }))
      .toContain("two days later=1915-05-09");
  });

  it("keeps news framed by the article's date even when it names an older year", () => {
    expect(all("The firm was founded in 1987. Sales fell in March.", { referenceDate: "1989-10-30" }))
      .toEqual(["1987=1987", "March=1989-03"]);
  });
});

describe("words that point a date ahead or back", () => {
  it("reads a date after \"effective\" as ahead even in a past-tense sentence", () => {
    expect(all("The board created the office, effective Jan. 20.", { referenceDate: "2025-11-02" })).toEqual(["Jan. 20=2026-01-20"]);
  });

  it("reads a date after \"until\" in a past-tense sentence by the tense", () => {
    expect(all("The store stayed closed until Jan. 20.", { referenceDate: "2026-02-04" })).toEqual(["Jan. 20=2026-01-20"]);
  });

  it("reads a postponement as pointing ahead", () => {
    expect(all("Officials postponed the hearing until Tuesday.", { referenceDate: "2026-02-04" })).toEqual(["Tuesday=2026-02-10"]);
  });

  it("reads a month after \"since\" as past", () => {
    expect(all("Prices have risen since March.", { referenceDate: "2026-02-04" })).toEqual(["March=2025-03"]);
  });
});

describe("stories without a date of their own", () => {
  const none = { referenceDate: null };

  it("counts a quoted \"yesterday\" and \"today\" from the last day written as a date", () => {
    expect(all("In a letter dated 3 July 1916 he wrote: \"Yesterday was the worst day of my life. Today is quiet.\"", none))
      .toEqual(["3 July 1916=1916-07-03", "Yesterday=1916-07-02", "Today=1916-07-03"]);
  });

  it("reads \"today\" outside quotation marks in a history as the writer's present", () => {
    expect(all("The fort fell in 1863. Today the site is a museum.", none)).toEqual(["1863=1863", "Today=PRESENT_REF"]);
  });

  it("gives no value to relative dates that come before any date of the text", () => {
    expect(all("Three days later the regiment marched north. The diary for that week is lost.", none))
      .toEqual(["Three days later=null", "that week=null"]);
  });

  it("moves the story on with \"the following year\" for the months after it", () => {
    expect(all("He wrote at Christmas 1917. Early the following year his brother died; he learnt of it in April.", none))
      .toEqual(["Christmas 1917=1917-12-25", "Early the following year=1918", "April=1918-04"]);
  });

  it("places an undated month just across the turn of the year in the next year", () => {
    expect(all("The offensive began on 3 December 1943 and lasted until mid-January.", none))
      .toEqual(["3 December 1943=1943-12-03", "mid-January=1944-01"]);
  });

  it("places a feast and a season in the year the story is at", () => {
    expect(all("The letters of 1917 are few. He wrote at Easter and spent the winter in Kent.", none))
      .toEqual(["1917=1917", "Easter=1917-04-08", "the winter=1917-WI"]);
  });

  it("places them in the story even when the page has a reference date of its own", () => {
    const text = "The campaign lasted from 1942 to 1945. Bands formed in 1941 and grew in 1942. On 3 December 1943 a column set out. On Christmas Day it reached Cerkno, and the next day it left.";
    expect(all(text, { referenceDate: "2024-05-10" }).slice(3)).toEqual(["3 December 1943=1943-12-03", "Christmas Day=1943-12-25", "the next day=1943-12-26"]);
  });
});

describe("a deadline set by a request", () => {
  it("places \"by Friday\" after a request ahead of the article's date, whatever the tense of the asking", () => {
    // 2026-02-11 is a Wednesday.
    expect(all("The regulator had asked the company for a full report by Friday.", { referenceDate: "2026-02-11" })).toEqual(["Friday=2026-02-13"]);
  });

  it("keeps a past \"by Friday\" without a request in the past", () => {
    expect(all("The workers had cleared the site by Friday.", { referenceDate: "2026-02-11" })).toEqual(["Friday=2026-02-06"]);
  });
});
