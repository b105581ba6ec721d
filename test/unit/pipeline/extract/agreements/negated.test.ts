import { describe, expect, it } from "vitest";
import { findAgreements } from "../../../../../src/pipeline/extract/agreements/index.js";
import { ctxFor, docOf } from "./helpers.js";

const TEXT = "Tonga and Samoa did not sign the fisheries agreement. Fiji and Tuvalu signed the agreement on Tuesday.";
const ENTITIES = { places: [{ name: "Tonga" }, { name: "Samoa" }, { name: "Fiji" }, { name: "Tuvalu" }] };

describe("negated agreements", () => {
  it("are left out of agreements[] by default", () => {
    const found = findAgreements(docOf(TEXT, ENTITIES), ctxFor());
    expect(found.map((a) => [a.status, a.parties])).toEqual([["concluded", ["Fiji", "Tuvalu"]]]);
  });

  it("are listed with status negated when asked for", () => {
    const found = findAgreements(docOf(TEXT, ENTITIES), { ...ctxFor(), includeNegated: true });
    expect(found.map((a) => [a.status, a.parties])).toEqual([["negated", ["Tonga", "Samoa"]], ["concluded", ["Fiji", "Tuvalu"]]]);
  });
});
