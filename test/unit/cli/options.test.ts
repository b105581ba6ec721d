import { describe, expect, it } from "vitest";
import { parseJobs, parseReferenceDate, parseTimeout, toOptions, UsageError } from "../../../src/cli/options.js";

const today = () => new Date("2031-07-04T23:59:00Z");

describe("parseReferenceDate", () => {
  it("accepts a calendar day written YYYY-MM-DD", () => {
    expect(parseReferenceDate("2024-02-29", today)).toBe("2024-02-29");
  });

  it("refuses days that do not exist and other shapes", () => {
    for (const bad of ["2023-02-29", "2026-13-01", "2026-1-5", "yesterday", "2026-01-31T10:00"]) {
      expect(() => parseReferenceDate(bad, today)).toThrow(UsageError);
    }
  });

  it("reads the clock only when asked with now", () => {
    expect(parseReferenceDate("now", today)).toBe("2031-07-04");
  });
});

describe("toOptions", () => {
  it("leaves the layout to the input count unless --pretty or --compact is given", () => {
    expect(toOptions(["a"], {}, today).pretty).toBeNull();
    expect(toOptions(["a"], { pretty: true }, today).pretty).toBe(true);
    expect(toOptions(["a"], { compact: true }, today).pretty).toBe(false);
  });

  it("refuses --pretty with --compact and an unknown format", () => {
    expect(() => toOptions([], { pretty: true, compact: true }, today)).toThrow(UsageError);
    expect(() => toOptions([], { format: "pdf" }, today)).toThrow(UsageError);
  });

  it("has no reference date unless one is given", () => {
    expect(toOptions([], {}, today).referenceDate).toBeNull();
  });
});

describe("--jobs and --timeout", () => {
  it("takes a whole number of workers from 1", () => {
    expect(parseJobs("1")).toBe(1);
    expect(parseJobs("16")).toBe(16);
    for (const bad of ["0", "-2", "1.5", "two", "", "99999"]) expect(() => parseJobs(bad)).toThrow(UsageError);
  });

  it("takes seconds, fractions too, and 0 for no budget", () => {
    expect(parseTimeout("60")).toBe(60);
    expect(parseTimeout("0.25")).toBe(0.25);
    expect(parseTimeout("0")).toBe(0);
    for (const bad of ["-1", "ten", "", "1e9"]) expect(() => parseTimeout(bad)).toThrow(UsageError);
  });

  it("leaves both unset when not given, so that the defaults apply", () => {
    const o = toOptions([], {}, today);
    expect([o.jobs, o.timeout, o.quiet]).toEqual([null, null, false]);
    expect(toOptions([], { jobs: "2", timeout: "5", quiet: true }, today)).toMatchObject({ jobs: 2, timeout: 5, quiet: true });
  });
});
