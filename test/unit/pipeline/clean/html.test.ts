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

describe("cleanHtml on boxes around the article", () => {
  it("removes an author box longer than a byline as a credit", () => {
    const bio = "Anna Muster has written about local politics for twenty years. Before that she reported from the courts of three cities and taught journalism at the university. ".repeat(2);
    const html = `<body><article>${paragraphs(4)}<div class="author-bio"><p>${bio}</p></div></article></body>`;
    expect(kept(html)).not.toContain("Anna Muster has written");
    expect(removedKinds(html)).toContain("credit");
  });

  it("keeps a short post whose element ends in a long list of links", () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/l${i}">Show note link number ${i}</a></li>`).join("");
    const html = `<body><nav><a href="/">Home</a></nav><article><h1>Episode 70</h1><div class="entry-content"><p>This episode is about the new series, recorded after the fifth episode of the first season, in the hope that it gets better.</p><p>We will spoil, but assume that everyone has seen the first five episodes already.</p><ul>${links}</ul></div></article></body>`;
    const text = kept(html);
    expect(text).toContain("This episode is about the new series");
    expect(text).toContain("We will spoil");
    expect(text).not.toContain("Show note link number 7");
  });

  it("keeps the paragraphs after a \"Continue reading the main story\" label in the middle of the article", () => {
    const html = `<body><article>${paragraphs(6)}<div class="slot"><p>Continue reading the main story</p></div>${paragraphs(3, "river")}</article></body>`;
    const text = kept(html);
    expect(text).toContain("Paragraph 3 tells how the river committee");
    expect(text).not.toContain("Continue reading");
  });

  it("cuts a small box of related links out of the middle of the article and keeps what follows", () => {
    const html = `<body><article>${paragraphs(6)}<div class="label">Related coverage</div><p><a href="/a">Town hall reopens after long repairs</a></p><p><a href="/b">New bus line to the harbour</a></p>${paragraphs(3, "river")}</article></body>`;
    const text = kept(html);
    expect(text).toContain("Paragraph 3 tells how the river committee");
    expect(text).not.toContain("Related coverage");
    expect(text).not.toContain("Town hall reopens");
  });

  it("keeps the paragraphs under a subheading that only looks like a related-stories heading", () => {
    const html = `<body><article>${paragraphs(6)}<h2>More on the economy</h2>${paragraphs(3, "river")}</article></body>`;
    expect(kept(html)).toContain("Paragraph 3 tells how the river committee");
  });

  it("keeps a short first paragraph that ends like a sentence but drops a date label before it", () => {
    const html = `<body><article><div class="kicker">Politics</div><p>It was a night to remember.</p>${paragraphs(4)}</article></body>`;
    const text = kept(html);
    expect(text).toContain("It was a night to remember.");
    expect(text).not.toContain("Politics");
  });

  it("keeps a sentence of the article that is mostly one long link but drops a teaser link", () => {
    const html = `<body><article>${paragraphs(3)}<p>The pair revealed in February <a href="/a">that they were expecting another child in the summer</a>.</p><p><a href="/b">Mayor opens the new school in the old town</a></p>${paragraphs(2, "river")}</article></body>`;
    const text = kept(html);
    expect(text).toContain("that they were expecting another child");
    expect(text).not.toContain("Mayor opens the new school");
  });

  it("removes a login pop-up", () => {
    const html = `<body><div class="popup top-drawer"><p>Enter your email address below and we will send you the reset instructions for your account.</p></div><article>${paragraphs(4)}</article></body>`;
    expect(kept(html)).not.toContain("reset instructions");
  });

  it("removes the title of an embedded video player", () => {
    const html = `<body><article><div class="video-player"><div class="player-overlay">Black voters on the candidates</div></div>${paragraphs(4)}</article></body>`;
    expect(kept(html)).not.toContain("Black voters on the candidates");
  });

  it("removes a request to switch off the ad blocker", () => {
    const html = `<body><article>${paragraphs(4)}<p>To read our full stories, please turn off your ad blocker. We'd really appreciate it.</p></article></body>`;
    expect(kept(html)).not.toContain("ad blocker");
    expect(removedKinds(html)).toContain("ad");
  });

  it("removes an ad-blocker notice by its container's name", () => {
    const html = `<body><article>${paragraphs(4)}</article><div id="adb-notification"><h3>We noticed something.</h3><p>Click the button on your browser and select Disable on this site.</p></div></body>`;
    expect(kept(html)).not.toContain("Click the button on your browser");
    expect(removedKinds(html)).toContain("ad");
  });

  it("takes the JSON-LD article body when the page shows only a teaser of it", () => {
    const body = "The council of Westhaven voted on Tuesday to build a new bridge over the river.\n\n".repeat(12);
    const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "OpinionNewsArticle", headline: "Bridge vote", articleBody: body });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Bridge vote</h1><p>Subscribe to read the whole story.</p></body></html>`;
    const result = cleanHtml(html);
    const text = result.blocks.filter((b) => !b.removal).map((b) => b.text);
    expect(text).toHaveLength(12);
    expect(text[0]).toBe("The council of Westhaven voted on Tuesday to build a new bridge over the river.");
    expect(result.meta.title).toBe("Bridge vote");
  });

  it("keeps the page's own text when it shows the article the JSON-LD describes", () => {
    const ld = JSON.stringify({ "@type": "NewsArticle", headline: "Title", articleBody: "Paragraph 1 tells how the harbour committee met again on Monday. ".repeat(20) });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article>${paragraphs(10)}</article></body></html>`;
    expect(kept(html)).toContain("Paragraph 10 tells");
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

  it("takes the element the page declares as its body when the scoring took a comment thread instead", () => {
    const comments = Array.from({ length: 6 }, (_, i) => `<div class="post"><p>Reader ${i + 1} writes at length that the harbour committee met again on Monday and that the plan for next year is far too timid.</p></div>`).join("");
    const menu = Array.from({ length: 4 }, (_, i) => `<ul>${Array.from({ length: 8 }, (_, j) => `<li><a href="/s${i}${j}">Section ${i}${j} of the site with a long name</a></li>`).join("")}</ul>`).join("");
    const html = `<body><div class="thread">${comments}</div>${menu}<div itemprop="articleBody">${paragraphs(4)}</div></body>`;
    const result = cleanHtml(html);
    const text = result.blocks.filter((b) => !b.removal).map((b) => b.text).join("\n");
    expect(text).toContain("Paragraph 4 tells");
    expect(text).not.toContain("Reader 1 writes");
    expect(result.blocks.find((b) => b.text.startsWith("Reader 1"))?.removal?.ruleId).toBe("html-outside-article-body");
  });

  it("never comes out empty for a page whose only prose sits in comment markup, and says so", () => {
    const posts = Array.from({ length: 3 }, (_, i) => `<div class="comment-body"><p>Post ${i + 1}: since the update my phone no longer reaches the store over mobile data, only over wifi, and nothing I try changes that.</p></div>`).join("");
    const result = cleanHtml(`<body><nav><a href="/">Home</a></nav><div class="comments">${posts}</div></body>`);
    const text = result.blocks.filter((b) => !b.removal).map((b) => b.text).join("\n");
    expect(text).toContain("Post 1: since the update");
    expect(result.notes?.[0]).toMatch(/too short/);
  });

  it("keeps a page that is nothing but links when nothing else is there", () => {
    const links = Array.from({ length: 5 }, (_, i) => `<p><a href="/l${i}">Study ${i + 1} questions the value of press subsidies for regional papers</a> via <a href="/s">Horizont</a></p>`).join("");
    const text = kept(`<body><div class="site-nav"><a href="/">Home</a></div><div class="entry">${links}</div></body>`);
    expect(text).toContain("Study 5 questions");
    expect(text).not.toContain("Home");
  });

  it("prunes the page's own repeated teaser cards inside the article's element, not its paragraphs", () => {
    const cards = Array.from({ length: 4 }, (_, i) => `<div class="card"><a href="/s${i}">Story ${i + 1}: the ferry company orders two new boats</a><span> Feb ${i + 1}: a short summary of the order and what it costs.</span></div>`).join("");
    const paras = Array.from({ length: 4 }, (_, i) => `<p class="para">Paragraph ${i + 1} says the harbour committee met on Monday, discussed the <a href="/b">budget</a> at length and agreed on a plan for the year.</p>`).join("");
    const result = cleanHtml(`<body><div class="story">${paras}<div class="more">${cards}</div></div></body>`);
    const text = result.blocks.filter((b) => !b.removal).map((b) => b.text).join("\n");
    expect(text).toContain("Paragraph 4 says");
    expect(text).not.toContain("Story 1: the ferry");
    expect(result.blocks.find((b) => b.text.startsWith("Story 1"))?.removal?.ruleId).toBe("html-repeated-teasers");
  });
});

