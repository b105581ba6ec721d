import { describe, expect, it } from "vitest";
import { all, findDates, only } from "../../../../helpers/dates.js";

// The reference date is Wednesday 4 February 2026 (ISO week 2026-W06).
describe("relative expressions", () => {
  it.each([
    ["The deal closed today.", "today", "2026-02-04"],
    ["The deal closed yesterday.", "yesterday", "2026-02-03"],
    ["The deal closes tomorrow.", "tomorrow", "2026-02-05"],
    ["He spoke this morning.", "this morning", "2026-02-04TMO"],
    ["He spoke last night.", "last night", "2026-02-03TNI"],
    ["He speaks tonight.", "tonight", "2026-02-04TNI"],
    ["Talks began last week.", "last week", "2026-W05"],
    ["Talks resume next week.", "next week", "2026-W07"],
    ["Sales fell last month.", "last month", "2026-01"],
    ["Sales will rise next year.", "next year", "2027"],
    ["The plant opened two years ago.", "two years ago", "2024"],
    ["The plant opened three months ago.", "three months ago", "2025-11"],
    ["He arrived 10 days ago.", "10 days ago", "2026-01-25"],
    ["He arrived two weeks ago.", "two weeks ago", "2026-01-21"],
    ["Wages were 3.8 percent higher than a year earlier.", "a year earlier", "2025"],
    ["Over the weekend, officials met.", "the weekend", "2026-W05-WE"],
    ["Prices rose earlier this month.", "earlier this month", "2026-02"],
    ["The treaty was signed last May.", "last May", "2025-05"],
    ["The party split in June last year.", "June last year", "2025-06"],
    ["He quit mid-afternoon yesterday.", "mid-afternoon yesterday", "2026-02-03TAF"],
    ["The offer ends by the end of the month.", "the end of the month", "2026-02"],
  ])("reads %j as %j = %j", (text, span, value) => {
    expect(only(text)).toEqual([span, value]);
  });

  it("counts anaphora from the last date mentioned", () => {
    expect(all("The war began in 1914. The following year, Italy joined.")).toEqual(["1914=1914", "The following year=1915"]);
    expect(all("On Jan. 5, 2010, he resigned. That day the shares fell.")).toEqual(["Jan. 5, 2010=2010-01-05", "That day=2010-01-05"]);
    expect(all("On Jan. 5, 2010, he resigned. The next morning he left.")).toEqual(["Jan. 5, 2010=2010-01-05", "The next morning=2010-01-06TMO"]);
  });

  it("places a weekday with a part of the day like the weekday", () => {
    expect(only("He spoke Friday night.")).toEqual(["Friday night", "2026-01-30TNI"]);
    expect(findDates("He spoke Friday night.")[0]).toMatchObject({ type: "time", grain: "part-of-day" });
  });

  it("reads \"N weeks ago\" as a day when near and as a week when farther back", () => {
    expect(only("He arrived six weeks ago.")).toEqual(["six weeks ago", "2025-W52"]);
  });
});
