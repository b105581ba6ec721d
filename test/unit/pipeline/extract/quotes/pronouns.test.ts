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
