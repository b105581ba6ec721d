// Status: concluded, intent, expected and negated, and the sentences that are no agreement at all
// (questions, conditions, threats, obligations, possibilities, background).
import { describe, expect, it } from "vitest";
import { entityMentions } from "../../../../../src/pipeline/extract/agreements/parties.js";
import { viewOf } from "../../../../../src/pipeline/extract/agreements/sentence.js";
import { verdictOf } from "../../../../../src/pipeline/extract/agreements/status.js";
import { subjectOf } from "../../../../../src/pipeline/extract/agreements/syntax.js";
import { findCandidates } from "../../../../../src/pipeline/extract/agreements/triggers.js";
import { agreementsOf, docOf } from "./helpers.js";

/** The verdicts of every candidate of a one-sentence text. */
function verdicts(text: string): string[] {
  const doc = docOf(text);
  const v = viewOf(doc, 0, [], entityMentions(doc));
  return findCandidates(v).map((c) => {
    const verdict = verdictOf(v, c, subjectOf(v, c.anchor));
    return "status" in verdict ? verdict.status : `skip: ${verdict.skip}`;
  });
}

describe("agreement status", () => {
  it.each([
    ["Japan and Australia signed a defense pact on Monday.", "concluded"],
    ["The two governments have agreed to share customs data.", "concluded"],
    ["Norway will provide 300 tons of food aid to the region.", "intent"],
    ["The central bank said it is ready to cut rates.", "intent"],
    ["The coalition plans to sign the accord next month.", "intent"],
    ["The two countries are expected to sign a trade deal next week.", "expected"],
    ["Ministers are set to ratify the treaty in June.", "expected"],
    ["The two leaders failed to agree on a new framework.", "negated"],
    ["Egypt refused to commit to a ceasefire.", "negated"],
    ["The ministers did not sign the accord.", "negated"],
    ["Israel has not yet agreed to the proposal.", "negated"],
    ["The union has yet to accept the offer.", "negated"],
    ["Chile declined to sign the declaration.", "negated"],
    ["Neither side has signed the accord.", "negated"],
    ["No agreement was reached on Monday.", "negated"],
    ["The two sides reached no agreement.", "negated"],
    ["Turkey said it would not block the bid.", "intent"],
    ["Iran would free the British sailors on Friday, officials said.", "intent"],
  ])("reads %j as %s", (text, status) => {
    expect(verdicts(text)).toEqual([status]);
  });

  it.each([
    ["Will China and India sign the pact?", "a question"],
    ["If the two sides agree, the deal will be signed next month.", "a condition"],
    ["The party will boycott the vote unless the president agrees to step down.", "a condition"],
    ["Nigeria said it would provide troops unless the junta left power.", "a threat"],
    ["The two sides must reach an agreement before the deadline.", "an obligation"],
    ["Both sides should sign the accord without delay.", "an obligation"],
    ["Russia could sign the treaty as early as next week, diplomats said.", "a possibility"],
    ["The government may agree to lift the curfew.", "a possibility"],
    ["In 2015, Iran and six powers had agreed to curb its nuclear program.", "background"],
    ["Ariel Sharon, who has vowed to support the settlers, spoke on Monday.", "background"],
    ["Just how far they are willing to go remains to be seen.", "an embedded question"],
    ["When a company is ready to sell, it has few alternatives.", "a condition"],
  ])("does not take %j as an agreement (%s)", (text, reason) => {
    const found = verdicts(text);
    expect(found.length).toBeGreaterThan(0);
    for (const v of found) expect(v).toContain(`skip: ${reason}`);
  });

  it("keeps an offer with a condition after it: they would meet him if he gave them a veto", () => {
    expect(agreementsOf("Rebel leaders said on Wednesday they would meet the mediator if he gave them a veto.").map((a) => a.status)).toEqual(["intent"]);
  });

  it("lists a reported past perfect: officials said the sides had agreed", () => {
    expect(agreementsOf("Officials said Chile and Peru had agreed to exchange prisoners.", { places: [{ name: "Chile" }, { name: "Peru" }] }).map((a) => a.status)).toEqual(["concluded"]);
  });

  it("skips an agreement dated before the article's year as background", () => {
    expect(agreementsOf("The accord, which Egypt and Israel signed in 1979, still holds.", {}, "2026-02-01")).toEqual([]);
    expect(agreementsOf("The agreement, which expires next year, was signed by Iran in 2015.", {}, "2026-02-01")).toEqual([]);
    expect(agreementsOf("When the treaty was signed in 1990, few expected it to last.", {}, "2026-02-01")).toEqual([]);
  });

  it("reads one side dropping its own sanctions as a concession, but an offer to drop them or a mutual deal as commitments", () => {
    expect(agreementsOf("Obama has agreed to lift the sanctions on Iran.", { people: [{ name: "Obama" }] })).toEqual([]);
    expect(agreementsOf("President Abdelaziz Bouteflika said he is prepared to lift the ban.", { people: [{ name: "Abdelaziz Bouteflika" }] }).map((a) => a.status)).toEqual(["intent"]);
    expect(agreementsOf("Iran and Iraq agreed to lift their trade embargoes.", { places: [{ name: "Iran" }, { name: "Iraq" }] }).map((a) => a.status)).toEqual(["concluded"]);
  });

  it("does not list negated commitments", () => {
    expect(agreementsOf("The two leaders failed to agree on a new framework.")).toEqual([]);
  });
});
