// Parties: the canonical names of the entities that committed, found through subjects,
// coordination, passives, nationality words, written names and anaphors.
import { describe, expect, it } from "vitest";
import { agreementsOf } from "./helpers.js";

const parties = (text: string, entities = {}) => agreementsOf(text, entities).map((a) => a.parties);

describe("agreement parties", () => {
  it("names both sides of a coordinated subject with titles and counterparts", () => {
    expect(parties("Japanese Defense Minister Shinjiro Koizumi and his South Korean counterpart Ahn Gyu-back agreed to hold yearly visits.", {
      people: [{ name: "Shinjiro Koizumi" }, { name: "Ahn Gyu-back" }],
    })).toEqual([["Shinjiro Koizumi", "Ahn Gyu-back"]]);
  });

  it("uses the canonical name of an entity mentioned by an alias", () => {
    expect(parties("Koizumi and Ahn agreed to hold yearly visits.", {
      people: [{ name: "Shinjiro Koizumi", aliases: ["Koizumi"] }, { name: "Ahn Gyu-back", aliases: ["Ahn"] }],
    })).toEqual([["Shinjiro Koizumi", "Ahn Gyu-back"]]);
  });

  it("falls back to the written name without its title when no entity was found", () => {
    expect(parties("British Defence Secretary Tom King has promised to continue military aid to Mozambique.")).toEqual([["Tom King"]]);
  });

  it("maps nationality words with a state role to countries", () => {
    expect(parties("Senior Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate.")).toEqual([["Hungary", "Romania"]]);
  });

  it("prefers the document's own place for a nationality's country", () => {
    expect(parties("Turkish officials agreed to reopen the border, Türkiye's state media said.", { places: [{ name: "Türkiye", type: "country", countryCode: "TR" }] })).toEqual([["Türkiye"]]);
  });

  it("keeps a group named by a nationality word as the phrase itself", () => {
    expect(parties("The Fijian rebels said they will release the hostages on the weekend.")).toEqual([["Fijian rebels"]]);
  });

  it("takes the parties of a passive from its by-phrase", () => {
    expect(parties("The treaty was signed by France and Germany in Paris.", { places: [{ name: "France" }, { name: "Germany" }, { name: "Paris" }] })).toEqual([["France", "Germany"]]);
  });

  it("takes the parties of a passive from between X and Y", () => {
    expect(parties("An agreement was reached between Chile and Peru after three days of talks.", { places: [{ name: "Chile" }, { name: "Peru" }] })).toEqual([["Chile", "Peru"]]);
  });

  it("adds the counterpart after 'with'", () => {
    expect(parties("Ukraine ratified an association agreement with the European Union.", {
      places: [{ name: "Ukraine" }], organizations: [{ name: "European Union" }],
    })).toEqual([["Ukraine", "European Union"]]);
  });

  it("names the giver of received assurances first", () => {
    expect(parties("Kenya received assurances from Ethiopia that the dam would not cut its water.", { places: [{ name: "Kenya" }, { name: "Ethiopia" }] })).toEqual([["Ethiopia", "Kenya"]]);
  });

  it("resolves 'it' to the speaker of the same sentence", () => {
    expect(parties("Hungary has said it will support the resolution.", { places: [{ name: "Hungary" }] })).toEqual([["Hungary"]]);
  });

  it("resolves 'he' to the speaker and keeps the speaker of a reported intent", () => {
    expect(parties("President Abdelaziz Bouteflika said he is prepared to lift the ban.")).toEqual([["Abdelaziz Bouteflika"]]);
    expect(parties("Planning and Investment Minister Tran Xuan Gia said Vietnam is committed to opening up the economy.", { places: [{ name: "Vietnam" }] }))
      .toEqual([["Tran Xuan Gia", "Vietnam"]]);
  });

  it("resolves 'the two leaders' and 'they' to the pair who met in the sentence before", () => {
    expect(parties("Narendra Modi met Xi Jinping in Kazan on Wednesday. The two leaders agreed to restore border patrols. They also pledged to resume direct flights.", {
      people: [{ name: "Narendra Modi" }, { name: "Xi Jinping" }],
    })).toEqual([["Narendra Modi", "Xi Jinping"], ["Narendra Modi", "Xi Jinping"]]);
  });

  it("resolves 'both countries' to countries and 'the ministers' to people", () => {
    const text = "Greek minister Nikos Dendias and his Turkish counterpart Hakan Fidan met in Athens. Both countries agreed to reopen the crossing. The ministers also pledged to meet again in May.";
    expect(parties(text, {
      people: [{ name: "Nikos Dendias", country: "GR" }, { name: "Hakan Fidan", country: "TR" }],
      places: [{ name: "Greece", type: "country", countryCode: "GR" }, { name: "Turkey", type: "country", countryCode: "TR" }, { name: "Athens", type: "city" }],
    })).toEqual([["Greece", "Türkiye"], ["Nikos Dendias", "Hakan Fidan"]]); // (the text does not name Turkey: the country data's name)
  });

  it("does not resolve 'the two countries' to the officials who report it", () => {
    expect(parties("Officials said the two countries had agreed to exchange prisoners.")).toEqual([[]]);
  });

  it("takes the subject of the first verb for a coordinated second verb", () => {
    expect(parties("Chile met Peru on Monday and signed a fishing accord.", { places: [{ name: "Chile" }, { name: "Peru" }] })).toEqual([["Chile"]]);
  });

  it("reads \"had since changed ... and agreed\": \"since\" after the auxiliary is inside the first verb group", () => {
    expect(parties("The regulator said Brightstart had since changed its auditors and agreed to publish its accounts.", {
      organizations: [{ name: "Brightstart" }],
    })).toEqual([["Brightstart"]]);
  });

  it("skips an appositive between the subject and its verb", () => {
    expect(parties("Pakistan, a key ally in the region, has agreed to deploy peacekeepers.", { places: [{ name: "Pakistan" }] })).toEqual([["Pakistan"]]);
  });

  it("reads a passive without its auxiliary: the deal, signed by the ministers", () => {
    expect(parties("The deal, signed by Chile and Peru on Monday, cuts tariffs on steel.", { places: [{ name: "Chile" }, { name: "Peru" }] })).toEqual([["Chile", "Peru"]]);
  });

  it("names the headline's states: Japan and South Korea defense chiefs agree", () => {
    expect(parties("Japan and South Korea defense chiefs agree on mutual visits", { places: [{ name: "Japan", type: "country" }, { name: "South Korea", type: "country" }] })).toEqual([["Japan", "South Korea"]]);
  });

  it("reads a pronoun that opens a coordination: he and rebel leader Aslan Maskhadov", () => {
    expect(parties("Alexander Lebed said he and rebel military leader Aslan Maskhadov agreed after overnight talks to defer the decision.", {
      people: [{ name: "Alexander Lebed" }, { name: "Aslan Maskhadov" }],
    })).toEqual([["Alexander Lebed", "Aslan Maskhadov"]]);
  });

  it("names a subject before ', whom ...' even when the tagger took it for a verb", () => {
    expect(parties("Lebed, whom Yeltsin ordered to restore peace in Chechnya, struck a military deal with the rebels.")[0]![0]).toBe("Lebed");
  });

  it("does not take a date before a name as part of it", () => {
    expect(parties("The ministry cancelled the tender and in March Kaczmarek offered a minority stake.")).toEqual([["Kaczmarek"]]);
  });

  it("keeps 'of' inside a title when finding the name: Secretary of State Madeleine Albright", () => {
    expect(parties("U.S. Secretary of State Madeleine Albright promised to track down the perpetrators.")).toEqual([["Madeleine Albright"]]);
  });

  it("names the towns whose councils, municipalities or mayors sign", () => {
    const towns = { places: [{ name: "Kristiansand", type: "city" }, { name: "Hirtshals", type: "city" }, { name: "Norway", type: "country" }, { name: "Denmark", type: "country" }] };
    expect(parties("The councils of Kristiansand and Hirtshals signed an agreement to run a joint ferry line.", towns)).toEqual([["Kristiansand", "Hirtshals"]]);
    expect(parties("Kristiansand and Hirtshals councils signed a deal to run a joint ferry line.", towns)).toEqual([["Kristiansand", "Hirtshals"]]);
    expect(parties("The mayors of Kristiansand in Norway and Hirtshals in Denmark signed an agreement to run a joint ferry line.", towns)).toEqual([["Kristiansand", "Hirtshals"]]);
  });

  it("reads 'the two men' as a group of two", () => {
    expect(parties("Olaf Scholz hosted Donald Tusk in Berlin on Monday. The two men agreed to speed up work on a rail link.", { people: [{ name: "Olaf Scholz" }, { name: "Donald Tusk" }] }))
      .toEqual([["Olaf Scholz", "Donald Tusk"]]);
  });

  it("remembers the subject of a reported clause beside the speaker: 'the firms' after 'Nokia said that Vodafone'", () => {
    const orgs = { organizations: [{ name: "Nokia" }, { name: "Vodafone" }] };
    expect(parties("Nokia said that Vodafone had chosen it to upgrade its network. The firms signed a contract.", orgs)).toEqual([["Nokia", "Vodafone"]]);
    expect(parties("Nokia said that Vodafone had chosen it to upgrade its network. It signed a contract.", orgs)).toEqual([["Nokia"]]);
  });

  it("reads 'the company' or 'the airline' as the organization named before it in its own sentence, else in an earlier one", () => {
    expect(parties("Pilots at Lufthansa called off a strike after the company agreed on Wednesday to raise their pay.", { organizations: [{ name: "Lufthansa" }] })).toEqual([["Lufthansa"]]);
    expect(parties("Staff at Nordair returned to work after the airline agreed to hire more crew.", { organizations: [{ name: "Nordair" }] })).toEqual([["Nordair"]]);
    expect(parties("Shareholders of Brenner Logistik backed the takeover after the firm agreed to keep its headquarters in Bremen.", { organizations: [{ name: "Brenner Logistik" }], places: [{ name: "Bremen" }] })).toEqual([["Brenner Logistik"]]);
    expect(parties("Regulators fined Kestrel Bank in March. The bank agreed on Tuesday to pay $40 million.", { organizations: [{ name: "Kestrel Bank" }] })).toEqual([["Kestrel Bank"]]);
  });
});
