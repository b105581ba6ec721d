import { describe, expect, it } from "vitest";
import { newDoc } from "../../../../../src/pipeline/doc.js";
import { tenseAround } from "../../../../../src/pipeline/extract/dates/tense.js";
import { segment } from "../../../../../src/pipeline/segment.js";
import { contextFrom } from "../../../../../src/index.js";

function tenseOf(text: string, expression: string): string {
  const doc = segment.run({ ...newDoc(new Uint8Array(), null, ""), text }, contextFrom({}));
  const start = text.indexOf(expression);
  return tenseAround(doc.tokens, doc.sentences, { start, end: start + expression.length });
}

describe("tense around a time expression", () => {
  it.each([
    ["The company said Friday it would close.", "Friday", "past"],
    ["The minister will visit on Friday.", "Friday", "future"],
    ["The offer is scheduled to expire Friday.", "Friday", "future"],
    ["The offer had been scheduled to expire Friday.", "Friday", "past"],
    ["He is expected to resign Friday.", "Friday", "future"],
    ["The shares are trading higher Friday.", "Friday", "present"],
    ["Over the weekend, officials confirmed the report.", "the weekend", "past"],
    ["Qantas will almost double its flights by August.", "August", "future"],
    ["The stock is to resume trading Tuesday.", "Tuesday", "future"],
    ["They have agreed on Monday.", "Monday", "past"],
    ["Volume was 840 million shares, up from 443 million Thursday and the week's most active session.", "Thursday", "past"],
    ["Prices fell Thursday, and it's the third fall in a row.", "Thursday", "past"],
    // a participle has no tense of its own: the finite verb of its clause tells it
    ["They had glued themselves to the road in October, causing long delays.", "October", "past"],
    // an infinitive a few words after a verb of intention looks ahead
    ["Canada and Mexico agreed on Wednesday to remove tariffs on steel from September.", "September", "future"],
    // a verb in a relative clause after the expression is about a noun, not the expression
    ["They agreed to remove tariffs from September, ending a dispute that had hurt farmers.", "September", "future"],
  ])("reads %j around %j as %s", (text, expression, tense) => {
    expect(tenseOf(text, expression)).toBe(tense);
  });

  it("takes the verb closest to the expression", () => {
    expect(tenseOf("The company said Friday it will meet investors on Monday.", "Monday")).toBe("future");
    expect(tenseOf("The company said Friday it will meet investors on Monday.", "Friday")).toBe("past");
  });
});

describe("tagging slips", () => {
  it("reads \"prices fell\" as past although the noun was tagged as a verb", () => {
    expect(tenseOf("In May, prices fell.", "May")).toBe("past");
  });
});
