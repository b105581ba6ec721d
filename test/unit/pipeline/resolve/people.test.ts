import { describe, expect, it } from "vitest";
import { familyName } from "../../../../src/pipeline/resolve/people.js";
import { mentionsAreNamesOrAliases, resolved } from "../../../helpers/entities.js";

describe("how people are called", () => {
  it("takes the first word as the family name in East Asian order, else the last", () => {
    expect(familyName({ name: "Ahn Gyu-back", country: "KR" })).toBe("Ahn");
    expect(familyName({ name: "Li Peng", country: "CN" })).toBe("Li");
    expect(familyName({ name: "Shinjiro Koizumi", country: "JP" })).toBe("Koizumi");
    expect(familyName({ name: "Martin Luther King Jr.", country: "US" })).toBe("King");
    expect(familyName({ name: "Koizumi", country: "JP" })).toBeNull();
  });

  it("lists the family name among the aliases", () => {
    const doc = resolved("South Korean Defense Minister Ahn Gyu-back arrived in Tokyo on Friday.");
    expect(doc.people[0]).toMatchObject({ name: "Ahn Gyu-back", country: "KR" });
    expect(doc.people[0]!.aliases).toContain("Ahn");
  });

  it("links 'the minister' to the only minister named before it", () => {
    const doc = resolved("Defense Minister Shinjiro Koizumi visited the base on Friday. The minister told reporters the talks went well.");
    const p = doc.people[0]!;
    expect(p.aliases).toContain("the minister");
    expect(p.mentions).toHaveLength(2);
    expect(mentionsAreNamesOrAliases(doc)).toBe(true);
  });

  it("does not link 'the minister' when two ministers are named", () => {
    const doc = resolved("Defense Minister Shinjiro Koizumi met Foreign Minister Taro Kono on Friday. The minister said little.");
    expect(doc.people.every((p) => !p.aliases.includes("the minister"))).toBe(true);
  });
});
