// The seed article (fixtures/articles/seed-yokosuka) with its people and places given by hand:
// the agreements between the two ministers must be found through "They", "The ministers" and
// "the two sides", dated and placed by the article's main event.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clean } from "../../../../../src/pipeline/clean/index.js";
import { decode } from "../../../../../src/pipeline/decode.js";
import type { ArticleDoc } from "../../../../../src/pipeline/doc.js";
import { newDoc } from "../../../../../src/pipeline/doc.js";
import { sniff } from "../../../../../src/pipeline/sniff.js";
import { agreementsOf, ctxFor } from "./helpers.js";

function seedText(): string {
  const raw = readFileSync(new URL("../../../../../fixtures/articles/seed-yokosuka/input.txt", import.meta.url));
  let doc: ArticleDoc = newDoc(raw, null, "0".repeat(64));
  for (const stage of [sniff, decode, clean]) doc = stage.run(doc, ctxFor());
  return doc.text;
}

const ENTITIES = {
  people: [
    { name: "Shinjiro Koizumi", aliases: ["Koizumi"], country: "JP", titles: ["Defense Minister"] },
    { name: "Ahn Gyu-back", aliases: ["Ahn"], country: "KR" },
  ],
  organizations: [{ name: "Maritime Self-Defense Force" }, { name: "Self-Defense Forces" }],
  places: [
    { name: "Yokosuka", type: "city" as const, countryCode: "JP" },
    { name: "Kanagawa Prefecture", type: "region" as const, countryCode: "JP" },
    { name: "Japan", type: "country" as const, countryCode: "JP" },
    { name: "South Korea", type: "country" as const, countryCode: "KR" },
    { name: "United States", type: "country" as const, countryCode: "US" },
    { name: "North Korea", type: "country" as const, countryCode: "KP" },
    { name: "Korean Peninsula", type: "region" as const },
  ],
};

describe("agreements of the seed article", () => {
  const found = agreementsOf(seedText(), ENTITIES);
  const between = (action: string) => found.find((a) => a.action.includes(action) && a.parties.includes("Shinjiro Koizumi") && a.parties.includes("Ahn Gyu-back"));

  it("finds at least five agreements", () => {
    expect(found.length).toBeGreaterThanOrEqual(5);
  });

  it.each(["mutual visits", "exchanges", "search-and-rescue", "trilateral cooperation", "denuclearization"])(
    "finds the agreement on %s between Koizumi and Ahn", (action) => {
      expect(between(action)).toBeDefined();
    });

  it("resolves They, The ministers and the two sides to the two ministers", () => {
    for (const verb of ["pledged", "committed", "vowed", "reaffirmed"]) {
      expect(found.filter((a) => a.verb === verb).every((a) => a.parties.join() === "Shinjiro Koizumi,Ahn Gyu-back")).toBe(true);
    }
  });

  it("dates and places every concluded agreement by the main event: January 31, 2026 in Yokosuka", () => {
    for (const a of found) {
      expect(a.date).toBe("2026-01-31");
      expect(a.place).toBe("Yokosuka");
    }
  });

  it("splits coordinated commitments into separate entries", () => {
    const pledges = found.filter((a) => a.sentence.startsWith("They also pledged"));
    expect(pledges.map((a) => a.action)).toEqual([
      "promote exchanges between the Self-Defense Forces and the South Korean military",
      "cooperate on cutting-edge technologies such as artificial intelligence",
    ]);
  });

  it("ends an action before a relative clause", () => {
    expect(between("search-and-rescue")!.action).toBe("resuming joint search-and-rescue exercises between the Maritime Self-Defense Force and the South Korean navy");
  });

  it("does not take the nominal 'This agreement signals' or the statement's urging as agreements", () => {
    expect(found.some((a) => /This agreement|urged/.test(a.sentence))).toBe(false);
  });
});
