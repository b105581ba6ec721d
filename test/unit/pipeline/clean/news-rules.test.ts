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

  it("remove invitations to the site's messenger channel, not quotations about someone's group", () => {
    for (const line of [
      "Join our WhatsApp channel for the latest headlines.",
      "¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular en este enlace de invitación.",
      "Folgen Sie unserem WhatsApp-Kanal: So verpassen Sie keine Nachricht mehr.",
      "WDR aktuell Whatsapp-Kanal abonnieren - so geht's",
      "Rejoignez notre chaîne WhatsApp pour suivre l'actualité.",
    ]) expect(idOf(line), line).toBe("messenger-prompt");
    for (const line of [
      "“We organised the march in our WhatsApp group and asked others to join,” she said.",
      "The protesters coordinated on Telegram, police said.",
      "WhatsApp said its channels now reach 500 million users a month.",
    ]) expect(idOf(line), line).toBeUndefined();
  });

  it("remove disclosures of how the site earns from its links, not reports about commissions", () => {
    for (const line of [
      "We may earn a commission if you buy something through links on this page.",
      "Solche Links kennzeichnen wir mit einem Sternchen (*). Geld erhalten wir, wenn Sie diesen Link klicken. Ob und in welcher Höhe uns ein Anbieter vergütet, hat keinerlei Einfluss auf unsere Empfehlungen.",
      "Products marked with an asterisk are sold by our partners.",
    ]) expect(lineRuleFor(line)?.kind, line).toBe("ad");
    for (const line of [
      "The agency will earn a commission of 2 per cent on every sale, the filing shows.",
      "The EU Commission said the rules would not affect prices.",
    ]) expect(idOf(line), line).toBeUndefined();
  });

  it("remove donation prompts in the pages' languages", () => {
    for (const line of ["Wesprzyj nas darowizną lub przekaż nam 1% podatku.", "Soutenez-nous : abonnez-vous dès 1 euro.", "Apóyanos con una suscripción.", "Jetzt spenden!"]) {
      expect(lineRuleFor(line)?.kind, line).toBe("newsletter");
    }
  });
});

describe("comment policies and credits in more languages", () => {
  it("remove a site's comment rules, not reports about moderation", () => {
    for (const line of ["Comments are moderated", "4. Comments under pseudonym are allowed but a valid email address is obligatory.", "Kommentare sind bei diesem Artikel deaktiviert", "Ich freue mich über eure Kommentare, eine Antwort kann manchmal etwas länger dauern, aber sie kommt."]) {
      expect(idOf(line), line).toBe("comment-policy");
    }
    for (const line of ["The platform said that comments on children's videos are now disabled.", "Critics say comments are rarely moderated on the site."]) expect(idOf(line), line).toBeUndefined();
  });

  it("remove Finnish photo credits", () => {
    expect(lineRuleFor("Kuva: ALEXANDER BECHER")?.kind).toBe("credit");
  });
});
