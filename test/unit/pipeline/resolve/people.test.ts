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

  it("gives the country of 'the Kazakh' who speaks to the one person of the last sentences without a country", () => {
    const doc = resolved("Poland's Marta Kowalczyk beat Elena Rybina in the final. \"She played the big points better,\" the Kazakh said.");
    expect(doc.people.map((p) => [p.name, p.country])).toEqual([["Marta Kowalczyk", "PL"], ["Elena Rybina", "KZ"]]);
  });

  it("gives no country from a demonym that could name either of two people, or that is no speaker", () => {
    const two = resolved("Marta Kowalczyk beat Elena Rybina in the final. \"It was close,\" the Kazakh said.");
    expect(two.people.map((p) => p.country)).toEqual([null, null]);
    const other = resolved("Ana Lopez won the race. The Briton finished second.");
    expect(other.people.map((p) => p.country)).toEqual([null]);
  });

  it("reads a person's country from 'of' and a country right after the name", () => {
    const doc = resolved("Roger Federer beat Rafael Nadal of Spain, and Tiger Woods of the United States led the golf.");
    expect(doc.people.map((p) => [p.name, p.country])).toEqual([["Roger Federer", null], ["Rafael Nadal", "ES"], ["Tiger Woods", "US"]]);
    expect(resolved("John Smith of Goldman Sachs said rates would rise.").people.map((p) => p.country)).toEqual([null]);
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

  it("gives a person the country of a country's possessive or a counterpart's nationality written before the name", () => {
    const country = (text: string, name: string) => resolved(text).people.find((p) => p.name === name)?.country;
    expect(country("Hungary's Zsofia Farkas reached the semi-finals.", "Zsofia Farkas")).toBe("HU");
    expect(country("Japanese Foreign Minister Taro Kono met his Korean counterpart, Foreign Minister Park Jin, in Seoul.", "Park Jin")).toBe("KR");
    expect(country("Gazprom's Alexei Miller spoke first.", "Alexei Miller")).toBeNull();
  });

  it("keeps the setting's country for a senator from a US state that shares a country's name", () => {
    const doc = resolved("WASHINGTON (Reuters) - Senator Ruth Adebayo, a Democrat from Georgia, welcomed the move.");
    expect(doc.people.find((p) => p.name === "Ruth Adebayo")?.country).toBe("US");
    expect(doc.places.find((p) => p.name === "Georgia")?.countryCode).toBe("US");
  });

  it("gives a person the country of the place written before their title", () => {
    const doc = resolved("Officials met on Friday.\n\nU.S. Secretary of State Marco Rubio met Texas Governor Greg Abbott and Tokyo Governor Yuriko Koike.");
    const country = (name: string) => doc.people.find((p) => p.name === name)?.country;
    expect(country("Marco Rubio")).toBe("US");
    expect(country("Greg Abbott")).toBe("US");
    expect(country("Yuriko Koike")).toBe("JP");
  });

  it("does not give a player the country of the town of the club before his role", () => {
    const doc = resolved("Fans gathered in Sunderland on Saturday. Sunderland forward Niall Quinn scored twice.");
    expect(doc.people.find((p) => p.name === "Niall Quinn")?.country ?? null).toBeNull();
  });

  it("does not take a company before a title for a place", () => {
    const doc = resolved("Toyota President Koji Sato spoke in Tokyo on Friday.");
    expect(doc.people.find((p) => p.name === "Koji Sato")?.country ?? null).toBeNull();
  });
});

describe("the country of a state office from the article's setting", () => {
  it("gives a holder of a state office the dateline's country", () => {
    const doc = resolved("Budget\n\nLONDON, March 18 (Meridian News) - Chancellor of the Exchequer Helen Reeve promised a cap. Judge Caroline Mears sat in Southwark.");
    expect(doc.people.map((p) => [p.name, p.country])).toEqual([["Helen Reeve", "GB"], ["Caroline Mears", "GB"]]);
  });

  it("gives the setting's country neither to business roles nor to holders named beside another country", () => {
    const doc = resolved("Deal\n\nOTTAWA, June 24 - Fiona Drummond, the company's chief executive, spoke. The Canadian minister met her Mexican counterpart, Economy Secretary Rodrigo Ibarra, in Ottawa.");
    // Ibarra's country is the counterpart's nationality, not the setting's.
    expect(doc.people.map((p) => [p.name, p.country])).toEqual([["Fiona Drummond", null], ["Rodrigo Ibarra", "MX"]]);
  });

  it("reads the setting from most place mentions when there is no dateline", () => {
    const doc = resolved("Attorney General Michael Torres spoke in Washington. He later flew to Chicago and then to Boston.");
    expect(doc.people[0]).toMatchObject({ name: "Michael Torres", country: "US" });
  });
});
