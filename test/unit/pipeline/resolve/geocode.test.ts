import { describe, expect, it } from "vitest";
import { resolved } from "../../../helpers/entities.js";

const place = (text: string, name: string) => resolved(text).places.find((p) => p.name === name);

describe("geocoding", () => {
  it("gives every country its code and coordinates", () => {
    const p = place("Officials from South Korea arrived.", "South Korea");
    expect(p).toMatchObject({ type: "country", countryCode: "KR" });
    expect(p?.lat).toBeTypeOf("number");
    expect(p?.lon).toBeTypeOf("number");
  });

  it("knows countries by the English names news uses when the data gives another official name", () => {
    for (const [text, name, code] of [
      ["Officials in Turkey said the talks went well.", "Turkey", "TR"],
      ["Exports from the Czech Republic rose.", "Czech Republic", "CZ"],
      ["The army of Burma denied it.", "Burma", "MM"],
    ] as const) expect(place(text, name)).toMatchObject({ type: "country", countryCode: code });
  });

  it("gives a city its country and coordinates", () => {
    const p = place("The ministers met in Yokosuka on Saturday.", "Yokosuka");
    expect(p).toMatchObject({ type: "city", countryCode: "JP" });
    expect(p?.lat).toBeCloseTo(35.28, 1);
  });

  it("reads a large city that shares its name with a region of its country as the city", () => {
    for (const [text, name, code] of [
      ["Talks were held in Paris on Monday.", "Paris", "FR"],
      ["Protesters marched in Moscow.", "Moscow", "RU"],
      ["Protests in New York and Washington grew.", "New York", "US"],
      ["Protests in New York and Washington grew.", "Washington", "US"],
    ] as const) {
      const p = place(text, name);
      expect(p).toMatchObject({ type: "city", countryCode: code });
      expect(p?.lat).toBeTypeOf("number");
    }
  });

  it("spells a place written only in capitals as the data does, its mentions still slicing out the capitals", () => {
    const doc = resolved("BRUSSELS, Dec. 6 (Reuters) - Ministers met on Friday.");
    const p = doc.places.find((x) => x.countryCode === "BE");
    expect(p?.name).toBe("Brussels");
    expect(doc.text.slice(p!.mentions[0]!.start, p!.mentions[0]!.end)).toBe("BRUSSELS");
  });

  it("reads a prefecture as a region of its country", () => {
    expect(place("The base is in Kanagawa Prefecture, officials said.", "Kanagawa Prefecture")).toMatchObject({ type: "region", countryCode: "JP" });
  });

  it("places a town in the region or country written after it, else in the larger namesake", () => {
    expect(place("Storms hit the south on Monday. In Paris, Texas, roofs were torn off.", "Paris")?.countryCode).toBe("US");
    expect(place("Talks were held in Paris between France and Germany.", "Paris")?.countryCode).toBe("FR");
  });

  it("codes no area that spans countries, whatever country its name carries", () => {
    expect(place("They pledged the denuclearization of the Korean Peninsula.", "Korean Peninsula")?.countryCode).toBe(null);
  });
});

describe("a capital inside a word", () => {
  it("is a city only where the data spells the city so", () => {
    expect(place("He flew from McAllen to DeKalb on Monday.", "McAllen")).toMatchObject({ type: "city", countryCode: "US" });
    expect(place("He flew from McAllen to DeKalb on Monday.", "DeKalb")).toMatchObject({ type: "city", countryCode: "US" });
    // "Boe" is a town; "BoE" is how the Bank of England is written.
    expect(place("Analysts expect the BoE to hold rates.", "BoE")).toBeUndefined();
  });
});
