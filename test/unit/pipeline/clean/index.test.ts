import { describe, expect, it } from "vitest";
import { clean } from "../../../../src/pipeline/clean/index.js";
import type { Ctx } from "../../../../src/pipeline/doc.js";
import { newDoc } from "../../../../src/pipeline/doc.js";

const ctx = (keepBoilerplate: boolean): Ctx => ({ referenceDate: "2024-03-12", format: "text", keepBoilerplate, debug: () => {} });
const input = [
  "Council votes for the new bridge",
  "The council of Westhaven voted on Tuesday to build a new bridge over the river, ending a debate that had lasted for years.",
  "The bridge will cost about 40 million euros and should open in 2028, the mayor told reporters after the vote.",
  "This website uses cookies",
  "Decline",
].join("\n\n");
const doc = { ...newDoc(new TextEncoder().encode(input), null, "0".repeat(64)), format: "text" as const, input };

describe("the clean stage", () => {
  it("joins kept blocks with a blank line and lists every removal", () => {
    const out = clean.run(doc, ctx(false));
    expect(out.text.split("\n\n")).toHaveLength(3);
    expect(out.removed.map((r) => r.kind)).toEqual(["cookie-banner", "cookie-banner"]);
  });

  it("keeps every block in order with --keep-boilerplate and still reports the removals", () => {
    const out = clean.run(doc, ctx(true));
    expect(out.text).toBe(input);
    expect(out.removed).toHaveLength(2);
  });

  it("does not change the document it was given", () => {
    clean.run(doc, ctx(false));
    expect(doc.text).toBe("");
    expect(doc.removed).toEqual([]);
  });
});
