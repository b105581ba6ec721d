import { describe, expect, it } from "vitest";
import { names } from "../../../../helpers/entities.js";

describe("names in lines written in capitals", () => {
  it("reads a line of capitals of its own in a review of the papers as a newspaper", () => {
    const found = names("PRESS DIGEST - Norway - May 3.\nBERGEN 2024-05-03\n\nThese are the leading stories in the Norwegian press on Friday.\nVESTLANDS TIDENDE\n- The harbour board wants a new quay.\nKVELDSPOSTEN\n- Fishermen protest against quotas.");
    expect(found.organizations).toEqual(["VESTLANDS TIDENDE", "KVELDSPOSTEN"]);
    expect(found.places).toContain("Bergen");
  });

  it("keeps countries and sections made of ordinary words out of a press review's papers", () => {
    const found = names("PRESS DIGEST - Iraq - May 3.\n\nThese are the leading stories in the press on Friday.\nIRAQ\n- Talks on oil sales resume.\nFRONT PAGE\n- Prices of bread go up.");
    expect(found.organizations).toEqual([]);
    expect(found.places).toEqual(["Iraq"]);
  });
});

describe("datelines", () => {
  it("takes a small town in capitals before a country in a dateline as a place", () => {
    expect(names("Rally leader crashes.\nKORSVAGEN, Sweden 2024-05-03\n\nThe leader crashed on Friday.").places).toEqual(["KORSVAGEN", "Sweden"]);
  });

  it("takes a state's abbreviation after the town of a dateline in capitals as a place", () => {
    expect(names("Plant closes.\nELIZABETH, N.J. 2024-05-03\n\nThe plant closed on Friday.").places).toEqual(["Elizabeth", "N.J."]);
  });
});
