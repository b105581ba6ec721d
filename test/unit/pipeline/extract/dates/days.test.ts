import { describe, expect, it } from "vitest";
import { all, findDates, only } from "../../../../helpers/dates.js";

// The reference date is Wednesday 4 February 2026 (ISO week 2026-W06).
describe("days and parts of days", () => {
  it.each([
    ["The deal closed today.", "today", "2026-02-04"],
    ["The deal closed yesterday.", "yesterday", "2026-02-03"],
    ["The deal closes tomorrow.", "tomorrow", "2026-02-05"],
    ["He spoke this morning.", "this morning", "2026-02-04TMO"],
    ["He spoke last night.", "last night", "2026-02-03TNI"],
    ["He speaks tonight.", "tonight", "2026-02-04TNI"],
    ["He quit mid-afternoon yesterday.", "mid-afternoon yesterday", "2026-02-03TAF"],
    ["Over the weekend, officials met.", "the weekend", "2026-W05-WE"],
    ["Officials will meet this weekend.", "this weekend", "2026-W06-WE"],
    ["Later in the day, police said.", "the day", "2026-02-04"],
    ["The rally started at 0900 GMT.", "0900 GMT", "2026-02-04T09:00"],
  ])("reads %j as %j = %j", (text, span, value) => {
    expect(only(text)).toEqual([span, value]);
  });

  it("places a weekday with a part of the day like the weekday", () => {
    expect(only("He spoke Friday night.")).toEqual(["Friday night", "2026-01-30TNI"]);
    expect(findDates("He spoke Friday night.")[0]).toMatchObject({ type: "time", grain: "part-of-day" });
  });

  it("places \"in the morning\" on the day the paragraph named", () => {
    expect(all("Shares rose on Jan. 30. Dealers bought heavily in the morning.")).toEqual(["Jan. 30=2026-01-30", "the morning=2026-01-30TMO"]);
  });

  it("reads \"the previous Friday\" as the Friday before the last day named", () => {
    expect(all("The index fell on Friday, Jan. 30, down 4% from the previous Friday."))
      .toEqual(["Friday, Jan. 30=2026-01-30", "the previous Friday=2026-01-23"]);
  });
});
