// The action: the trigger's complement up to the end of its clause.
import { describe, expect, it } from "vitest";
import { agreementsOf } from "./helpers.js";

const actions = (text: string) => agreementsOf(text).map((a) => a.action);

describe("agreement actions", () => {
  it("drops an attribution tail", () => {
    expect(actions("The United States and Jordan have agreed upon a new free-trade pact between the two countries, the White House announced Tuesday."))
      .toEqual(["a new free-trade pact between the two countries"]);
    expect(actions("Israel will evacuate all 21 settlements in the Gaza Strip in mid-August, said a spokesperson for the prime minister."))
      .toEqual(["evacuate all 21 settlements in the Gaza Strip in mid-August"]);
  });

  it("drops an attribution tail whose speaker stands in apposition", () => {
    expect(agreementsOf("Gavi, the vaccine alliance, agreed to match the first $40 million, its chief executive, Sania Nishtar, told reporters in Geneva.", { organizations: [{ name: "Gavi" }], people: [{ name: "Sania Nishtar" }] }).map((a) => a.action))
      .toEqual(["match the first $40 million"]);
  });

  it("reads a name with a determiner inside it as the subject", () => {
    expect(agreementsOf("Malaria No More Sahel pledged on Wednesday to spend $120 million over five years.", { organizations: [{ name: "Malaria No More Sahel" }] }).map((a) => a.action)).toEqual(["spend $120 million over five years"]);
  });

  it("collapses the layout's spaces and line breaks inside the action", () => {
    expect(actions("Japan and India signed a  civil\nnuclear accord on Tuesday.")).toEqual(["a civil nuclear accord on Tuesday"]);
  });

  it("reads a noun of agreements the tagger took for a verb at the end of the object", () => {
    expect(actions("Nokia and Vodafone signed a five-year contract.")).toEqual(["a five-year contract"]);
  });

  it("stops at a side clause after a comma", () => {
    expect(actions("Syria says it is willing to withdraw its troops from Lebanon, after fifteen years of occupation.")).toEqual(["withdraw its troops from Lebanon"]);
  });

  it("stops where a new verb is coordinated", () => {
    expect(actions("Vietnam is committed to opening up the economy but will not be rushed.")).toEqual(["opening up the economy"]);
  });

  it("keeps 'as well as' inside the action", () => {
    expect(actions("The ministers pledged to foster exchanges, as well as collaboration on technology.")).toEqual(["foster exchanges, as well as collaboration on technology"]);
  });

  it("splits coordinated infinitives into separate actions", () => {
    expect(actions("Britain and France agreed to share intelligence and to coordinate patrols in the Channel."))
      .toEqual(["share intelligence", "coordinate patrols in the Channel"]);
  });

  it("takes the subject of a passive as its action", () => {
    expect(actions("A treaty of friendship was signed by the two presidents.")).toEqual(["A treaty of friendship"]);
  });

  it("drops the quotation marks and brackets that close the sentence", () => {
    expect(actions("{The Security Council agreed to a six-month extension of the mandate.}")).toEqual(["a six-month extension of the mandate"]);
  });

  it("ends at 'but' that opens a new clause", () => {
    expect(actions("Poland offered up to 75 percent of the firm but in March the minister cancelled the tender.")).toEqual(["75 percent of the firm"]);
  });
});
