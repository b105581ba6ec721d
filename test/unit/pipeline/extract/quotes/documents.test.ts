import { describe, expect, it } from "vitest";
import { quotesOf } from "./doc.js";

describe("\"the statement said\"", () => {
  it("gives the quote to whoever said it in a statement in the sentence before", () => {
    const orgs = [{ name: "Fairfield Markets", aliases: ["Fairfield"] }];
    const text = "Grocers merge\n\nFairfield said in a statement that the deal would close this year. “We do not expect any closures,” the statement said.";
    expect(quotesOf(text, [], orgs)[0]).toMatchObject({ speaker: "Fairfield Markets" });
  });

  it("looks back across a paragraph break to the lead that introduced the statement", () => {
    const orgs = [{ name: "Anglo-Delta Petroleum", aliases: ["Anglo-Delta"] }];
    const text = "Pipeline shut\n\nAnglo-Delta Petroleum has shut a pipeline after a leak, the company said in a statement on Thursday.\n\n“We have stopped the flow,” the statement said.";
    expect(quotesOf(text, [], orgs)[0]).toMatchObject({ speaker: "Anglo-Delta Petroleum" });
  });

  it("reads the issuer after \"from\" and a person who made a statement", () => {
    const people = [{ name: "Daniel Frost", aliases: ["Frost"] }];
    const text = "Inquest\n\nHer partner, Daniel Frost, said in a statement read outside the court that she had loved her job. “She deserved a safe road home,” the statement said.";
    expect(quotesOf(text, people)[0]).toMatchObject({ speaker: "Daniel Frost" });
  });

  it("keeps the statement when its issuer is only a description", () => {
    const text = "Parents write\n\nA group of parents sent a letter to the board. “We see charter schools offering hope to our families and children,” the letter reads.";
    expect(quotesOf(text)[0]).toMatchObject({ speaker: "the letter" });
  });

  it("keeps a work with a voice of its own (an article, a study) as the source", () => {
    const orgs = [{ name: "New York Times", aliases: ["Times"] }];
    const text = "Old story\n\nTwenty years ago, a Times article praised the developer. “Business leaders in New York honored him yesterday for the comeback of the decade,” the article said.";
    expect(quotesOf(text, [], orgs)[0]).toMatchObject({ speaker: "a Times article" });
  });
});
