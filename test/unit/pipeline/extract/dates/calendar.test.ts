import { describe, expect, it } from "vitest";
import { dayPoint, formatPoint, isoWeek, shift, weekdayOf } from "../../../../../src/pipeline/extract/dates/calendar.js";

describe("calendar points", () => {
  it("numbers ISO weeks from the week of the year's first Thursday", () => {
    expect(isoWeek(2026, 1, 1)).toEqual({ year: 2026, week: 1 });
    expect(isoWeek(2021, 1, 3)).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(2026, 2, 4)).toEqual({ year: 2026, week: 6 });
  });

  it("knows the weekday of any day", () => {
    expect(weekdayOf(2026, 1, 31)).toBe(6);
    expect(weekdayOf(1944, 6, 6)).toBe(2);
  });

  it("writes TimeML values at every grain", () => {
    expect(formatPoint({ grain: "decade", year: 1990 })).toBe("199");
    expect(formatPoint({ grain: "century", year: 1900 })).toBe("19");
    expect(formatPoint({ grain: "quarter", year: 2026, quarter: 1 })).toBe("2026-Q1");
    expect(formatPoint({ grain: "half", year: 2026, half: 1 })).toBe("2026-H1");
    expect(formatPoint({ grain: "season", year: 2026, season: "SU" })).toBe("2026-SU");
    expect(formatPoint({ grain: "week", year: 2026, week: 5 })).toBe("2026-W05");
    expect(formatPoint({ grain: "week", year: 2026, week: 5, weekend: true })).toBe("2026-W05-WE");
    expect(formatPoint({ grain: "part-of-day", year: 2026, month: 1, day: 31, part: "EV" })).toBe("2026-01-31TEV");
    expect(formatPoint({ grain: "minute", year: 2026, month: 1, day: 31, hour: 14, minute: 0 })).toBe("2026-01-31T14:00");
    expect(formatPoint({ grain: "year", year: -43 })).toBe("BC0044");
  });

  it("moves points by whole units, across the ends of months and years", () => {
    expect(formatPoint(shift(dayPoint(2026, 3, 31), "month", -1))).toBe("2026-02-28");
    expect(formatPoint(shift({ grain: "quarter", year: 2026, quarter: 1 }, "quarter", -1))).toBe("2025-Q4");
    expect(formatPoint(shift({ grain: "week", year: 2026, week: 1 }, "week", -1))).toBe("2025-W52");
    expect(formatPoint(shift(dayPoint(2024, 2, 29), "year", 1))).toBe("2025-02-28");
  });
});
