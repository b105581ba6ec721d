import { describe, expect, it } from "vitest";
import { findCandidates } from "../../../../../src/pipeline/extract/entities/candidates.js";
import { resolved } from "../../../../helpers/entities.js";

const candidates = (text: string): string[] => findCandidates(resolved(text)).map((c) => c.text);

describe("candidate names", () => {
  it("keeps hyphenated and particle names whole", () => {
    const found = candidates("Ahn Gyu-back met Osama bin Laden and Ma. Theresa Lazaro in Manila.");
    expect(found).toEqual(expect.arrayContaining(["Ahn Gyu-back", "Osama bin Laden", "Ma. Theresa Lazaro", "Manila"]));
  });

  it("keeps initials inside a name", () => {
    expect(candidates("Yesterday George W. Bush spoke to reporters.")).toContain("George W. Bush");
  });

  it("cuts a list of names at its commas", () => {
    expect(candidates("Title rivals Essex, Derbyshire and Surrey all closed in on victory.")).toEqual(["Essex", "Derbyshire", "Surrey"]);
  });

  it("leaves the possessive 's outside the name", () => {
    const doc = resolved("They met at the Maritime Self-Defense Force's Yokosuka base.");
    const c = findCandidates(doc).find((x) => x.text.startsWith("Maritime"));
    expect(c?.text).toBe("Maritime Self-Defense Force");
    expect(doc.text.slice(c!.start, c!.end)).toBe("Maritime Self-Defense Force");
  });

  it("keeps an ordinary word's possessive inside an organization's name, not a place's", () => {
    const found = candidates("The Pakistan People's Party, the Farmers' Union and Britain's Labour Party met.");
    expect(found).toEqual(["Pakistan People's Party", "Farmers' Union", "Britain", "Labour Party"]);
  });

  it("keeps a firm whose name ends in 's at the start of a line", () => {
    expect(candidates("NEW YORK 1996-08-22\n\nMoody's Investors Service said it upgraded the bonds.")).toContain("Moody's Investors Service");
  });

  it("stops a name at a bracket", () => {
    expect(candidates("Jesper Parnevik (Sweden) beat Dave Barr (Canada) on Sunday.")).toEqual(["Jesper Parnevik", "Sweden", "Dave Barr", "Canada"]);
  });

  it("drops an ordinary word that opens a sentence", () => {
    expect(candidates("Officials said the talks would go on. Shares in Siemens rose.")).toEqual(["Siemens"]);
  });

  it("reads nothing from a headline in capitals", () => {
    expect(candidates("SOCCER - KEANE SIGNS FOUR-YEAR CONTRACT WITH UNITED.\n\nRoy Keane has signed.")).toEqual(["Roy Keane"]);
  });
});

describe("headlines in title case", () => {
  it("reads a title-case headline against the body, not by its capitals", () => {
    const found = candidates("Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics.\n\nHillary Clinton was headed to an emergency room on Sunday.");
    expect(found).toEqual(["Hillary Clinton"]);
  });

  it("still reads a list of names that opens a paragraph", () => {
    expect(candidates("Then Mark Roe, Carl Suneson, Wayne Riley and Eamonn Darcy finished level.")).toEqual(["Mark Roe", "Carl Suneson", "Wayne Riley", "Eamonn Darcy"]);
  });

  it("keeps 'of', 'for' and 'in' inside a name that the acronym in brackets after it spells out", () => {
    expect(candidates("The Board of Control for Cricket in India (BCCI) signed a deal.")).toContain("Board of Control for Cricket in India");
    expect(candidates("The Organisation for Economic Co-operation and Development (OECD) cut its forecast.")).toContain("Organisation for Economic Co-operation and Development");
    expect(candidates("Iraqi Kurdish Patriotic Union of Kurdistan (PUK) forces took the town.")).toContain("Patriotic Union of Kurdistan");
    // letters that do not match leave the runs as they were
    expect(candidates("The Minister of Finance for Ghana (BBC) spoke.")).not.toContain("Minister of Finance for Ghana");
  });

  it("keeps a sentence's first word that is no English word before a company's frame", () => {
    const found = candidates("Boskalis said in a statement it would cut jobs. Spending rose 0.2 percent. Quarvo shares fell 3 percent.");
    expect(found).toEqual(["Boskalis", "Quarvo"]);
  });

  it("keeps a company's first word before a two-word legal form and before a title", () => {
    expect(candidates("News Corp said it would sell the unit.")).toEqual(["News Corp"]);
    expect(candidates("Best Products Co Chairman Daniel Levy said sales fell.")[0]).toBe("Best Products Co Chairman Daniel Levy");
    expect(candidates("The Company said it would pay.")).not.toContain("The Company");
  });
});
