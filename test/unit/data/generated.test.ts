import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENGLISH_WORD_TABLE } from "../../../src/data/english.js";
import { generatedFile, lookUp, sortedLines } from "../../../src/data/generated.js";
import { CITY_TABLE, citiesByName } from "../../../src/data/places/cities.js";
import { COUNTRY_TABLE } from "../../../src/data/places/countries.js";
import { REGION_TABLE } from "../../../src/data/places/regions.js";

describe("sorted tables", () => {
  it("find every key they hold, and no other", () => {
    const key = fc.string({ unit: fc.constantFrom("a", "b", "é", "z", " ", "日", "😀", "\uffff", "0"), minLength: 1, maxLength: 6 });
    fc.assert(fc.property(fc.uniqueArray(key, { maxLength: 40 }), fc.array(key, { maxLength: 10 }), (keys, probes) => {
      const table = Buffer.from(sortedLines(keys.map((k, i) => [k, i % 3 === 0 ? null : `v${i}`] as const)));
      keys.forEach((k, i) => expect(lookUp(table, k)).toBe(i % 3 === 0 ? "" : `v${i}`));
      for (const p of probes) if (!keys.includes(p)) expect(lookUp(table, p)).toBeNull();
    }));
  });

  it("refuse keys that would break a line", () => {
    expect(() => sortedLines([["a\tb", "x"]])).toThrow(/tab or newline/);
    expect(() => sortedLines([["a", "x"], ["a", "y"]])).toThrow(/twice/);
  });
});

describe("generated data files", () => {
  // `npm run build` writes them; they must be exactly what the modules build from the packages.
  for (const table of [CITY_TABLE, COUNTRY_TABLE, REGION_TABLE, ENGLISH_WORD_TABLE]) {
    const file = new URL(`../../../dist/generated/${table.file}`, import.meta.url);
    it.skipIf(!existsSync(file))(`${table.file} is current`, () => {
      expect(readFileSync(file, "utf8") === generatedFile(table)).toBe(true);
    });
  }

  it("cities are read back with their exact figures, largest first", () => {
    const paris = citiesByName("Paris");
    expect(paris[0]).toMatchObject({ name: "Paris", countryCode: "FR", feature: "PPLC" });
    expect(paris.every((c, i) => i === 0 || paris[i - 1]!.population >= c.population)).toBe(true);
    expect(citiesByName("Bombay")[0]?.name).toBe("Mumbai");
    expect(citiesByName("no such place")).toEqual([]);
  });
});
