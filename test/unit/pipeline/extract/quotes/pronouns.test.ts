import { describe, expect, it } from "vitest";
import { quotesOf, said } from "./doc.js";

describe("a pronoun speaker after a sentence that names someone new", () => {
  it("goes to the subject of the sentence just before, not to the speaker of the paragraph before", () => {
    const people = [{ name: "Helen Carter", aliases: ["Carter"], titles: ["Judge"] }, { name: "Asha Rahman", aliases: ["Rahman"] }, { name: "Graham Pollard", aliases: ["Pollard"] }];
    const text = "Retrial ordered\n\nJudge Helen Carter said the jury had been misled. “The trial was unfair,” the judge said.\n\n" +
      "Pollard's lawyer, Asha Rahman, welcomed the ruling. “My client has always maintained his innocence,” she said.";
    expect(said(quotesOf(text, people))).toEqual(["Helen Carter: The trial was unfair", "Asha Rahman: My client has always maintained his innocence"]);
  });

  it("passes over a name in the possessive", () => {
    const people = [{ name: "Kwame Mensah", aliases: ["Mensah"] }, { name: "Lewis Grant", aliases: ["Grant"] }];
    const text = "Rovers reach the final\n\n“It was the best moment of my career,” Mensah said.\n\nMensah's teammate Lewis Grant said the squad believed it could win. “We fear nobody,” he said.";
    expect(said(quotesOf(text, people))).toEqual(["Kwame Mensah: It was the best moment of my career", "Lewis Grant: We fear nobody"]);
  });

  it("passes over a name that modifies another name", () => {
    const people = [{ name: "Hillary Clinton", aliases: ["Clinton"] }, { name: "Jennifer Palmieri", aliases: ["Palmieri"] }, { name: "Lloyd Newton" }];
    const text = "Generals back Clinton\n\n“She is the only candidate with the experience,” retired general Lloyd Newton said.\n\n" +
      "Clinton communication director Jennifer Palmieri said Trump was reduced to insults. “This man is running to be president,” she said.";
    expect(quotesOf(text, people).at(-1)).toMatchObject({ speaker: "Jennifer Palmieri" });
  });

  it("keeps the previous speaker when the sentence before names someone only after a preposition", () => {
    const people = [{ name: "Maria Lopez", aliases: ["Lopez"] }, { name: "Anna Berg", aliases: ["Berg"] }];
    const text = "Appeal planned\n\n“We will appeal,” Maria Lopez said.\n\nThe plan was drafted with Anna Berg. “It is not over,” she said.";
    expect(said(quotesOf(text, people))).toEqual(["Maria Lopez: We will appeal", "Maria Lopez: It is not over"]);
  });
});

describe("a body or a role named in the sentence before", () => {
  it("gives \"it said\" to the body that is the subject of the sentence just before", () => {
    const orgs = [{ name: "Harbor Freight Lines" }, { name: "ING" }];
    const text = "Harbor Freight Lines to cut jobs\n\nHarbor Freight Lines will cut 400 jobs, it said on Tuesday.\n\n" +
      "The company said in a statement that the cuts would save money. “These savings are needed,” it said.\n\nPeter Lang, an analyst at ING, said the move was overdue.";
    expect(quotesOf(text, [{ name: "Peter Lang" }], orgs)[0]).toMatchObject({ speaker: "Harbor Freight Lines" });
  });

  it("reads a role written before the name and a comma (\"the premier of Ontario, Sandra Kim\")", () => {
    const people = [{ name: "Claire Dubois", aliases: ["Dubois"] }, { name: "Sandra Kim", aliases: ["Kim"] }];
    const text = "Budget talks\n\nDubois later met the premier of Ontario, Sandra Kim, who has criticised the cuts. After the meeting, Kim called the talks frank. “I told the minister that we will not pay,” the premier said.";
    expect(quotesOf(text, people)[0]).toMatchObject({ speaker: "Sandra Kim" });
  });

  it("gives no role to a name after a preposition and a role (\"after the meeting with the premier, Kim said\")", () => {
    const people = [{ name: "Sandra Kim", aliases: ["Kim"] }, { name: "Doug Ford", aliases: ["Ford"], titles: ["Premier"] }];
    const text = "Budget talks\n\nPremier Doug Ford met the mayors. After the meeting with the premier, Sandra Kim said the talks were frank. “We will not pay,” the premier said.";
    expect(quotesOf(text, people)[0]).toMatchObject({ speaker: "Doug Ford" });
  });
});

describe("a paragraph that is only a short quotation", () => {
  it("goes on with the speaker of the quote that ends the paragraph before", () => {
    const people = [{ name: "Asha Rahman", aliases: ["Rahman"] }];
    const text = "Retrial ordered\n\nAsha Rahman welcomed the ruling. “My client has always maintained his innocence,” she said.\n\n“He looks forward to clearing his name.”\n\nThe prosecution said it would appeal.";
    expect(said(quotesOf(text, people))).toEqual(["Asha Rahman: My client has always maintained his innocence", "Asha Rahman: He looks forward to clearing his name."]);
  });
});

describe("a role written before the name, with whose role it is", () => {
  it("gives \"the spokesman\" to the person introduced as \"a spokesman for the mayor, Name\"", () => {
    const people = [{ name: "Denise Carter", aliases: ["Carter"], titles: ["Mayor"] }, { name: "Greg Tanaka", aliases: ["Tanaka"] }];
    const text = "Veto\n\nMayor Denise Carter vetoed the plan.\n\nA spokesman for the mayor, Greg Tanaka, said Carter would meet the family. “She wants to find a way to honor him,” the spokesman said.";
    expect(quotesOf(text, people).at(-1)).toMatchObject({ speaker: "Greg Tanaka" });
  });

  it("does not make him the mayor", () => {
    const people = [{ name: "Denise Carter", aliases: ["Carter"], titles: ["Mayor"] }, { name: "Greg Tanaka", aliases: ["Tanaka"] }];
    const text = "Veto\n\nMayor Denise Carter vetoed the plan.\n\nA spokesman for the mayor, Greg Tanaka, said Carter would meet the family. “A street name belongs to the people who live on it,” the mayor said.";
    expect(quotesOf(text, people).at(-1)).toMatchObject({ speaker: "Denise Carter" });
  });
});

describe("a spokesperson for a body", () => {
  it("speaks for the body, with an article before its name or without", () => {
    const orgs = [{ name: "Northgate Ventures" }, { name: "Crown Prosecution Service" }];
    const text = "Fund\n\nA spokeswoman for Northgate Ventures said: “Focus is the right call for us.”\n\nA spokeswoman for the Crown Prosecution Service said: “We respect the decision.”";
    expect(said(quotesOf(text, [], orgs))).toEqual(["Northgate Ventures: Focus is the right call for us.", "Crown Prosecution Service: We respect the decision."]);
  });
});

describe("a pronoun after a sentence whose subject describes someone without naming anyone", () => {
  it("goes to that description, not to a person named paragraphs before", () => {
    const people = [{ name: "Katrin Vogel", aliases: ["Vogel"] }];
    const text = "Scooters go\n\n“We learned about it from the newspaper,” said Katrin Vogel.\n\nInvestors backed the move.\n\n" +
      "A spokeswoman for Northgate Ventures said it supported the decision. “Focus is the right call,” she said.";
    expect(quotesOf(text, people, [{ name: "Northgate Ventures" }]).at(-1)).toMatchObject({ speaker: "Northgate Ventures" });
  });

  it("gives a description that opens its sentence in lower case, as it is written elsewhere", () => {
    const text = "Inquest\n\nThe driver, who was not charged, told the inquest he had checked his mirrors. “I will think about that morning for the rest of my life,” he said.";
    expect(quotesOf(text)[0]).toMatchObject({ speaker: "the driver" });
  });

  it("does not take a description whose words tell the other gender", () => {
    const people = [{ name: "Maria Jenkins", aliases: ["Jenkins"] }];
    const text = "Inquest\n\nMaria Jenkins said the junction was dangerous.\n\nA spokesman for the council said work would begin soon. “It is a priority for all of us,” she said.";
    expect(quotesOf(text, people)[0]).toMatchObject({ speaker: "Maria Jenkins" });
  });

  it("leaves the pronoun to a person named in that sentence", () => {
    const people = [{ name: "Lena Hoffmann", aliases: ["Hoffmann"] }, { name: "Johannes Brandt", aliases: ["Brandt"] }];
    const text = "Teeth\n\n“We expected grain,” said Johannes Brandt.\n\nThe first author, doctoral student Lena Hoffmann, spent two years on the samples. “Some of the teeth were fragile,” she said.";
    expect(quotesOf(text, people).at(-1)).toMatchObject({ speaker: "Lena Hoffmann" });
  });
});
