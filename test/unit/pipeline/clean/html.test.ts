import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanHtml } from "../../../../src/pipeline/clean/html/index.js";

const paragraphs = (n: number, word = "harbour"): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} tells how the ${word} committee met again on Monday, discussed the budget at length and agreed on a plan for the next year.</p>`).join("\n");

const kept = (html: string): string => cleanHtml(html).blocks.filter((b) => !b.removal).map((b) => b.text).join("\n");
const removedKinds = (html: string): string[] => cleanHtml(html).blocks.flatMap((b) => (b.removal ? [b.removal.kind] : []));

describe("cleanHtml", () => {
  it("keeps the article's paragraphs and drops the menu and footer around them", () => {
    const html = `<html><body><nav><a href="/">Home</a><a href="/news">News</a></nav><main><article><h1>Title</h1>${paragraphs(4)}</article></main><footer><a href="/imprint">Imprint</a></footer></body></html>`;
    const text = kept(html);
    expect(text).toContain("Paragraph 4 tells");
    expect(text).not.toContain("Imprint");
    expect(removedKinds(html)).toEqual(expect.arrayContaining(["navigation", "footer"]));
  });

  it("removes a consent vendor's banner by its container id", () => {
    const html = `<body><article>${paragraphs(3)}</article><div id="CybotCookiebotDialog"><p>This website uses cookies to give you the best experience.</p></div></body>`;
    expect(kept(html)).not.toContain("uses cookies");
    expect(removedKinds(html)).toContain("cookie-banner");
  });

  it("keeps a page about cookies whose article element is named after them", () => {
    const html = `<body><div class="cookie-article">${paragraphs(5, "cookie")}</div><div class="cookie-banner"><p>We use cookies.</p></div></body>`;
    const text = kept(html);
    expect(text).toContain("Paragraph 5 tells how the cookie committee");
    expect(text).not.toContain("We use cookies.");
  });

  it("drops figure captions and reports them as captions", () => {
    const html = `<body><article>${paragraphs(3)}<figure><img src="a.jpg"><figcaption>The mayor at the opening.</figcaption></figure></article></body>`;
    expect(kept(html)).not.toContain("The mayor at the opening.");
    expect(removedKinds(html)).toContain("caption");
  });

  it("cuts a related-stories section inside the article element", () => {
    const html = `<body><article>${paragraphs(4)}<section><h2>Read more</h2><p>Another story about the neighbouring town and its plans for a new swimming pool by the river.</p></section></article></body>`;
    expect(kept(html)).not.toContain("swimming pool");
    expect(removedKinds(html)).toContain("related");
  });

  it("drops hidden elements", () => {
    const html = `<body><article>${paragraphs(3)}<div style="display: none">Secret teaser that nobody sees on the page.</div></article></body>`;
    expect(kept(html)).not.toContain("Secret teaser");
  });

  it("keeps paragraphs apart and headings inside the body", () => {
    const html = `<body><article>${paragraphs(2)}<h2>What comes next</h2>${paragraphs(2, "river")}</article></body>`;
    const blocks = cleanHtml(html).blocks.filter((b) => !b.removal).map((b) => b.text);
    expect(blocks).toContain("What comes next");
    expect(blocks.length).toBe(5);
  });
});

describe("cleanHtml on the consent-and-related fixture page", () => {
  const html = readFileSync(new URL("../../../../fixtures/articles/html-consent-related/input.html", import.meta.url), "utf8");
  const result = cleanHtml(html);
  const removals = result.blocks.filter((b) => b.removal);
  const kindOf = (snippet: string): string | undefined => removals.find((b) => b.text.includes(snippet))?.removal?.kind;

  it.each([
    ["We value your privacy", "cookie-banner"],
    ["Weather", "navigation"],
    ["By Ingrid Holm", "credit"],
    ["Share on Facebook", "share"],
    ["Photo: Lars Berg", "caption"],
    ["Oslo and Copenhagen ministers", "related"],
    ["morning newsletter", "newsletter"],
    ["Great news for Hirtshals", "comments"],
    ["All rights reserved", "footer"],
  ])("removes the block holding %j as %s", (snippet, kind) => {
    expect(kindOf(snippet)).toBe(kind);
  });

  it("keeps every paragraph of the article and its h2 heading", () => {
    const kept = result.blocks.filter((b) => !b.removal).map((b) => b.text);
    expect(kept).toEqual([
      "Harbour towns sign pact on shared ferry line",
      expect.stringMatching(/^The mayors of Kristiansand .* landing fees\.$/),
      expect.stringMatching(/^Under the deal, .* every passenger"\.$/),
      "A route with a long history",
      expect.stringMatching(/^Ferries have crossed .* in September\.$/),
      expect.stringMatching(/^The Danish mayor, .* he told reporters\.$/),
    ]);
  });
});
