import { describe, expect, it } from "vitest";
import { abbreviates, aliasesOf } from "../../../../src/pipeline/resolve/aliases.js";
import { mentionsAreNamesOrAliases, resolved } from "../../../helpers/entities.js";

describe("aliases", () => {
  it("joins a later surname to the full name", () => {
    const doc = resolved("Shinjiro Koizumi arrived on Friday. Koizumi told reporters the talks went well.");
    expect(doc.people).toHaveLength(1);
    expect(doc.people[0]).toMatchObject({ name: "Shinjiro Koizumi", aliases: ["Koizumi"] });
    expect(doc.people[0]!.mentions).toHaveLength(2);
  });

  it("joins an East Asian family name, which comes first, to the full name", () => {
    const doc = resolved("His counterpart Ahn Gyu-back arrived on Friday. Ahn said the visit was useful.");
    expect(doc.people).toHaveLength(1);
    expect(doc.people[0]).toMatchObject({ name: "Ahn Gyu-back", aliases: ["Ahn"] });
  });

  it("keeps a shared surname without an honorific with the full name it first followed", () => {
    const doc = resolved("Ted Cruz spoke in Houston. Cruz was joined by his wife Heidi Cruz on stage. Cruz said he would not endorse anyone.");
    const surnames = (name: string) => doc.people.find((p) => p.name === name)!.mentions.filter((m) => doc.text.slice(m.start, m.end) === "Cruz").length;
    expect(surnames("Ted Cruz")).toBe(2);
    expect(surnames("Heidi Cruz")).toBe(0);
  });

  it("gives a shared surname after an honorific to a full name of that sex", () => {
    const doc = resolved("Barack Obama and his wife Michelle Obama visited Chicago. Mrs. Obama met students. Mr. Obama said the trip was personal.");
    const surnames = (name: string) => doc.people.find((p) => p.name === name)!.mentions.filter((m) => doc.text.slice(m.start, m.end) === "Obama").map((m) => doc.text.slice(m.start - 5, m.end));
    expect(surnames("Barack Obama")).toEqual([" Mr. Obama"]);
    expect(surnames("Michelle Obama")).toEqual(["Mrs. Obama"]);
    expect(mentionsAreNamesOrAliases(doc)).toBe(true);
  });

  it("joins an acronym defined in brackets to the organization's name", () => {
    const doc = resolved("The Maritime Self-Defense Force (MSDF) took part. The MSDF sent two ships.");
    expect(doc.organizations).toHaveLength(1);
    expect(doc.organizations[0]).toMatchObject({ name: "Maritime Self-Defense Force", aliases: ["MSDF"] });
    expect(doc.organizations[0]!.mentions).toHaveLength(3);
  });

  it("joins an undefined acronym to the one organization of the article it spells out", () => {
    const doc = resolved("EU ministers met in Brussels. The European Union and Mercosur signed the deal.");
    expect(doc.organizations.map((o) => [o.name, o.aliases])).toContainEqual(["European Union", ["EU"]]);
    expect(doc.organizations.filter((o) => o.name === "EU")).toHaveLength(0);
  });

  it("joins a company's short name, in the headline or after, to its full name with the legal form", () => {
    const doc = resolved("Toyota to build battery plant\n\nToyota Motor Corp said on Wednesday it will invest $10 billion. Panasonic Holdings will supply cells, Panasonic said.");
    expect(doc.organizations.map((o) => [o.name, o.aliases])).toEqual([["Toyota Motor Corp", ["Toyota"]], ["Panasonic Holdings", ["Panasonic"]]]);
  });

  it("joins a company's short name to a full name that ends in a group or sector word", () => {
    const doc = resolved("Ridgeline Partners, a developer, gave $45,000. Ridgeline said it had done nothing wrong.");
    expect(doc.organizations.map((o) => [o.name, o.aliases])).toEqual([["Ridgeline Partners", ["Ridgeline"]]]);
  });

  it("keeps a short name apart when two companies of the article start with it", () => {
    const doc = resolved("Ford Motor Co and Ford Credit Co reported results. Ford said sales rose.");
    expect(doc.organizations.map((o) => o.name)).toContain("Ford");
  });

  it("keeps an acronym apart when two organizations of the article could be what it spells", () => {
    const doc = resolved("The EC said it would act. The European Commission and the European Council disagreed.");
    expect(doc.organizations.map((o) => o.name)).toContain("EC");
  });

  it("lists every mention's surface form as the name or an alias", () => {
    const doc = resolved("SOCCER - KEANE SIGNS.\nLONDON 1996-08-22\n\nRoy Keane signed with Manchester United. Keane said United were the best. The U.S. and the United States agreed.");
    expect(mentionsAreNamesOrAliases(doc)).toBe(true);
    const us = doc.places.filter((p) => p.countryCode === "US");
    expect(us).toHaveLength(1);
  });

  it("checks acronyms against the initials of a name", () => {
    expect(abbreviates("MSDF", "Maritime Self-Defense Force")).toBe(true);
    expect(abbreviates("OSCE", "Organisation for Security and Cooperation in Europe")).toBe(true);
    expect(abbreviates("UN", "Maritime Self-Defense Force")).toBe(false);
  });

  it("keeps one alias per form whatever its case, preferring mixed case", () => {
    expect(aliasesOf("Roy Keane", ["KEANE", "Keane", "Roy"])).toEqual(["Keane", "Roy"]);
  });
});
