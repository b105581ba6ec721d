import { describe, expect, it } from "vitest";
import { CUE_FORMS, verbForms } from "../../../../../src/pipeline/extract/quotes/lexicon.js";

describe("the cue lexicon", () => {
  it("inflects regular and irregular speech verbs", () => {
    expect(verbForms("say").sort()).toEqual(["said", "say", "saying", "says"]);
    expect(verbForms("quip").sort()).toEqual(["quip", "quipped", "quipping", "quips"]);
    expect(verbForms("deny").sort()).toEqual(["denied", "denies", "deny", "denying"]);
    expect(verbForms("write")).toEqual(expect.arrayContaining(["wrote", "written", "writes", "writing"]));
  });

  it("tells speech verbs from verbs of stance and of opinion", () => {
    expect(CUE_FORMS.get("told")?.kind).toBe("speech");
    expect(CUE_FORMS.get("insisted")?.kind).toBe("stance");
    expect(CUE_FORMS.get("thinks")?.kind).toBe("weak");
    expect(CUE_FORMS.get("sagte")).toEqual({ kind: "speech", foreign: true });
  });
});
