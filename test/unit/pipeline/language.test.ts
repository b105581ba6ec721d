import { describe, expect, it } from "vitest";
import { guessLanguage } from "../../../src/pipeline/language.js";

describe("guessLanguage", () => {
  it("tells English, German and French news apart", () => {
    expect(guessLanguage("The ministers said on Monday that they had agreed to extend the accord for another year, and that the talks would resume in the spring with the new team.")).toBe("en");
    expect(guessLanguage("Der Stadtrat hat am Dienstag beschlossen, dass die neuen Radwege in der Innenstadt bis zum Jahr gebaut werden, und die Kosten werden vom Land getragen.")).toBe("de");
    expect(guessLanguage("Le conseil municipal a décidé mardi que les nouvelles pistes cyclables seront construites dans le centre de la ville avant la fin de l'année prochaine.")).toBe("fr");
  });

  it("declines to guess on a few words", () => {
    expect(guessLanguage("Breaking news")).toBeNull();
  });
});
