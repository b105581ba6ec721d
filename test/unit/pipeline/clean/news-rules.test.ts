import { describe, expect, it } from "vitest";
import { wireTrailerAuthors } from "../../../../src/pipeline/clean/news-rules.js";
import { lineRuleFor } from "../../../../src/pipeline/clean/rules.js";

const idOf = (line: string): string | undefined => lineRuleFor(line)?.id;

describe("news furniture rules", () => {
  it("remove gallery and slideshow labels in the pages' languages", () => {
    for (const line of ["Photo 3 of 12", "Return to slideshow", "See all (7)", "Image 2 of 9", "View gallery", "Next slide", "Bild 3 von 12", "Zur Bildergalerie", "Photo 2 sur 10", "Zdjęcie 4 z 8"]) {
      expect(idOf(line), line).toBe("gallery-label");
    }
  });

  it("remove photo and agency credits in capitals, alone or after a caption", () => {
    // Credits the general photo-credit rule knows keep its id; the others are the agency rule's.
    for (const line of ["REUTERS/Jane Doe", "AP PHOTO", "BBC, AFP", "PA Wire", "REUTERS/Pablo Sanhueza/File Photo", "Getty Images", "Image source, Getty Images", "Photograph: Ben Birchall/PA", "SWNS"]) {
      expect(lineRuleFor(line)?.kind, line).toBe("credit");
    }
    expect(idOf("BBC, AFP")).toBe("agency-credit");
    expect(idOf("Courtesy of Bay County Public Works")).toBe("photo-credit-label");
    expect(idOf("Gov. Ruiz signs the act on Friday. (AP Photo/Rich Pedroncelli)")).toBe("caption-agency-credit");
    expect(idOf("Traders work on the floor of the exchange, March 2, 2026. REUTERS/Brendan McDermid")).toBe("caption-agency-credit");
  });

  it("keep sentences that name an agency, and capitals that are not credits", () => {
    for (const line of ["Reuters reported the deal on Friday.", "NATO", "FAQ", "POLITICS", "The photo was taken by a Reuters photographer in 2020.", "He told the BBC, AFP and CNN that he would run."]) {
      expect(idOf(line), line).toBeUndefined();
    }
  });

  it("remove wire trailers and give their reporters and writers to the authors, not their editors", () => {
    const trailer = "Reporting by Anna Lee in London and Fabian Cambero in Santiago; Additional reporting by Mai Nguyen; Editing by Mark Potter";
    expect(idOf(trailer)).toBe("wire-trailer");
    expect(idOf("Writing by Rafael Moreno; Editing by Leslie Adler")).toBe("wire-trailer");
    expect(wireTrailerAuthors(trailer)).toEqual(["Anna Lee", "Fabian Cambero", "Mai Nguyen"]);
    expect(idOf("Reported by AI")).toBe("ai-credit");
    expect(idOf("Reporting by the committee found that the plan had failed.")).toBeUndefined();
  });

  it("remove live-blog times, counters and prompts, not sentences with times and numbers", () => {
    for (const [line, id] of [["15.02 GMT", "liveblog-time"], ["2h ago", "liveblog-time"], ["Updated at 15.10 GMT", "liveblog-time"], ["vor 2 Stunden", "liveblog-time"], ["Key events", "liveblog-label"], ["312 shares", "share-counter"], ["Comments (48)", "comment-label"], ["Share 1.4k", "share-counter"], ["Share 1.4k Comments 312", "share-counter"], ["Continue reading with a subscription", "paywall-prompt"], ["Will you support us today?", "paywall-prompt"], ["Purchase Licensing Rights", "licensing-link"]] as const) {
      expect(idOf(line), line).toBe(id);
    }
    for (const line of ["The committee will meet at 10.30 GMT on Tuesday.", "Share prices fell 3% on Monday.", "3 of the 12 victims were children, police said."]) {
      expect(idOf(line), line).toBeUndefined();
    }
  });
});
