// The "date" field of an NDJSON record: the day it names, whatever its form and the machine's zone.
import { describe, expect, it } from "vitest";
import { dayOf } from "../../../src/inputs/ndjson.js";

describe("dayOf", () => {
  it("reads ISO dates, with a time or not, and their basic form", () => {
    expect(dayOf("2026-05-06")).toBe("2026-05-06");
    expect(dayOf("2026-05-06T23:30:00-05:00")).toBe("2026-05-06");
    expect(dayOf("20080804")).toBe("2008-08-04");
    expect(dayOf("20080804T101500Z")).toBe("2008-08-04");
  });

  it("reads written dates as the day they name, in their own zone when they give one", () => {
    expect(dayOf("May 6, 2026")).toBe("2026-05-06");
    expect(dayOf("Wed, 06 May 2026 23:30:00 -0500")).toBe("2026-05-06");
    expect(dayOf("Wed, 06 May 2026 01:30:00 GMT")).toBe("2026-05-06");
  });

  it("names no day for what is not a date", () => {
    for (const v of ["yesterday", "2026-13-40", "20081340", "2026-0506", "12345", ""]) expect(dayOf(v)).toBeNull();
  });
});
