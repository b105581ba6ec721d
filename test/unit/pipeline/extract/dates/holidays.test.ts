import { describe, expect, it } from "vitest";
import { only } from "../../../../helpers/dates.js";

describe("named days", () => {
  it.each([
    ["Sales fell at Christmas.", "Christmas", "2025-12-25"],
    ["He was found last Thanksgiving.", "last Thanksgiving", "2025-11-27"],
    ["He was found on Thanksgiving Day 1999.", "Thanksgiving Day 1999", "1999-11-25"],
    ["The church was full at Easter 2026.", "Easter 2026", "2026-04-05"],
    ["The landings began on D-Day.", "D-Day", "1944-06-06"],
    ["Stores close on New Year's Eve.", "New Year's Eve", "2025-12-31"],
    ["Voters will go to the polls on Election Day.", "Election Day", "2026-11-03"],
    ["Voters went to the polls on Election Day.", "Election Day", "2025-11-04"],
  ])("reads %j as %j = %j", (text, span, value) => {
    expect(only(text)).toEqual([span, value]);
  });
});
