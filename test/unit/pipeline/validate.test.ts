import { describe, expect, it } from "vitest";
import { contextFrom } from "../../../src/index.js";
import { runPipeline } from "../../../src/pipeline/index.js";
import { validate } from "../../../src/pipeline/validate.js";
import { docUntil } from "../../helpers/doc.js";

describe("the validate stage", () => {
  it("accepts what the pipeline assembled", () => {
    const doc = validate.run(docUntil("The council met in Paris on Monday, officials said."), contextFrom({}));
    expect(doc.article?.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it("refuses a finding whose offsets do not slice text back", () => {
    const doc = docUntil("The council met in Paris on Monday.");
    const broken = { ...doc, dates: [{ text: "Monday", start: 0, end: 6, value: null, endValue: null, type: "date" as const, grain: "day" as const }] };
    expect(() => validate.run(broken, contextFrom({}))).toThrow(/does not match/);
  });
});

describe("runPipeline", () => {
  it("reports an empty input as a failed input, not an internal error", () => {
    const r = runPipeline(new Uint8Array(), "a.txt", contextFrom({}));
    expect(r).toMatchObject({ ok: false, code: "empty" });
  });

  it("gives the same output twice", () => {
    const bytes = new TextEncoder().encode("Ministers agreed on Monday to extend the accord.");
    expect(JSON.stringify(runPipeline(bytes, null, contextFrom({})))).toBe(JSON.stringify(runPipeline(bytes, null, contextFrom({}))));
  });
});
