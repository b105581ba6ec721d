import { describe, expect, it } from "vitest";
import { only } from "../../../../helpers/dates.js";

// The reference date is Wednesday 4 February 2026 (ISO week 2026-W06).
describe("deictic expressions", () => {
  it.each([
    ["Talks began last week.", "last week", "2026-W05"],
    ["Talks resume next week.", "next week", "2026-W07"],
    ["Sales fell last month.", "last month", "2026-01"],
    ["Sales will rise next year.", "next year", "2027"],
    ["The plant opened two years ago.", "two years ago", "2024"],
    ["The plant opened three months ago.", "three months ago", "2025-11"],
    ["He arrived 10 days ago.", "10 days ago", "2026-01-25"],
    ["He arrived two weeks ago.", "two weeks ago", "2026-01-21"],
    ["He left years ago.", "years ago", "PAST_REF"],
    ["Prices rose earlier this month.", "earlier this month", "2026-02"],
    ["The treaty was signed last May.", "last May", "2025-05"],
    ["The party split in June last year.", "June last year", "2025-06"],
    ["The offer ends by the end of the month.", "the end of the month", "2026-02"],
    ["The vote is held two weeks from now.", "two weeks from now", "2026-02-18"],
  ])("reads %j as %j = %j", (text, span, value) => {
    expect(only(text)).toEqual([span, value]);
  });

  it("reads \"N weeks ago\" as a day when near and as a week when farther back", () => {
    expect(only("He arrived six weeks ago.")).toEqual(["six weeks ago", "2025-W52"]);
  });

  it("reads \"the past week\" as the week of the article", () => {
    expect(only("Shares fell in the past week.")).toEqual(["the past week", "2026-W06"]);
  });
});

describe("hours and minutes counted from an article dated to the day", () => {
  it("places them on the article's day, not on the day before its midnight", () => {
    expect(only("The fire broke out two hours ago.", { referenceDate: "2026-01-30" })).toEqual(["two hours ago", "2026-01-30"]);
    expect(only("Police arrived 30 minutes ago.", { referenceDate: "2026-01-30" })).toEqual(["30 minutes ago", "2026-01-30"]);
  });
});
