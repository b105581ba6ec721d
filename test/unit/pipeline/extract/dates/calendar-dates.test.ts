import { describe, expect, it } from "vitest";
import { all, findDates, only } from "../../../../helpers/dates.js";

// chrono finds calendar dates, weekdays and clock times; we place them. Reference: Wednesday 4 February 2026.
describe("calendar dates, weekdays and clock times", () => {
  it.each([
    ["On January 31, 2026, the ministers met.", "January 31, 2026", "2026-01-31"],
    ["The talks were held Jan. 31.", "Jan. 31", "2026-01-31"],
    ["The vote was held Dec. 15.", "Dec. 15", "2025-12-15"],
    ["The offer expires Nov. 9.", "Nov. 9", "2026-11-09"],
    ["The offer was extended to Feb. 20.", "Feb. 20", "2026-02-20"],
    ["He left on Friday.", "Friday", "2026-01-30"],
    ["He will leave on Friday.", "Friday", "2026-02-06"],
    ["The company said Monday it would close.", "Monday", "2026-02-02"],
    ["He resigned last Friday.", "last Friday", "2026-01-30"],
    ["He arrives next Tuesday.", "next Tuesday", "2026-02-10"],
    ["The meeting is set for Monday, Oct. 26.", "Monday, Oct. 26", "2026-10-26"],
    ["Sales fell in March.", "March", "2025-03"],
    ["Sales will rise in March.", "March", "2026-03"],
    ["The plant closed in early December.", "early December", "2025-12"],
    ["It happened in August 1988.", "August 1988", "1988-08"],
    ["It was agreed on 1996-08-30.", "1996-08-30", "1996-08-30"],
  ])("reads %j as %j = %j", (text, span, value) => {
    expect(only(text)).toEqual([span, value]);
  });

  it.each([
    ["The critic gave the film 8.5/10 and called it bold."],
    ["Reviewers rated the phone 7.5/10 overall."],
  ])("finds no date in a rating: %j", (text) => {
    expect(all(text)).toEqual([]);
  });

  it.each([
    ["The attack came at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2026-02-04T22:00"],
    ["The store was robbed around 7:15 p.m.", "7:15 p.m.", "2026-02-04T19:15"],
    ["The offer expires at 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "2026-11-06T17:00"],
  ])("reads the time in %j as %j = %j", (text, span, value) => {
    expect(only(text)).toEqual([span, value]);
    expect(findDates(text)[0]).toMatchObject({ type: "time", grain: "minute" });
  });

  it("places a clock time on the day the paragraph named", () => {
    expect(findDates("On Jan. 7 the blast hit. It came at 10:35 a.m.").map((d) => d.value)).toEqual(["2026-01-07", "2026-01-07T10:35"]);
  });

  it("places a clock time on the day named right after it", () => {
    expect(findDates("The blast hit at 8 a.m. ET (1300 GMT) on Tuesday.").map((d) => d.value)).toEqual(["2026-02-03T08:00", "2026-02-03T13:00", "2026-02-03"]);
  });

  it("does not place a clock time on a distant day named paragraphs before", () => {
    expect(findDates("The law takes effect Jan. 1, 2027.\n\nTrading closed at 10:30 a.m.").map((d) => d.value)).toEqual(["2027-01-01", "2026-02-04T10:30"]);
  });

  it("keeps only the date of a date glued to a bare number", () => {
    expect(findDates("The notes are due Jan. 1, 1990 at 1").map((d) => [d.text, d.value])).toEqual([["Jan. 1, 1990", "1990-01-01"]]);
  });
});
