import { describe, expect, it } from "vitest";
import { readMetadata } from "../../../../src/pipeline/clean/html/metadata.js";
import { isoDate } from "../../../../src/pipeline/clean/dates.js";
import { withPage } from "../../../../src/pipeline/clean/html/dom.js";

const meta = (head: string, body = "") => withPage(`<html lang="de-DE"><head>${head}</head><body>${body}</body></html>`, readMetadata);

describe("readMetadata", () => {
  it("prefers JSON-LD for the headline, dates and authors", () => {
    const m = meta(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"The real headline","datePublished":"2024-03-11T09:30:00+01:00","dateModified":"2024-03-12","author":[{"@type":"Person","name":"Anna Muster"},{"@type":"Person","name":"Ben Beispiel"}],"publisher":{"@type":"Organization","name":"Example News"}}]}</script><meta property="og:title" content="Other title">`);
    expect(m.title).toBe("The real headline");
    expect(m.published).toBe("2024-03-11");
    expect(m.modified).toBe("2024-03-12");
    expect(m.authors).toEqual(["Anna Muster", "Ben Beispiel"]);
    expect(m.siteName).toBe("Example News");
  });

  it("falls back to OpenGraph and meta tags", () => {
    const m = meta(`<title>Headline | Example</title><meta property="og:site_name" content="Example"><meta property="article:published_time" content="2023-11-02"><meta name="author" content="Carla Test und Dora Probe"><meta name="description" content="A summary."><link rel="canonical" href="https://example.org/a">`);
    expect(m.title).toBe("Headline");
    expect(m.published).toBe("2023-11-02");
    expect(m.authors).toEqual(["Carla Test", "Dora Probe"]);
    expect(m.description).toBe("A summary.");
    expect(m.canonicalUrl).toBe("https://example.org/a");
    expect(m.language).toBe("de");
  });

  it("survives broken JSON-LD and takes the date from a time element", () => {
    const m = meta(`<script type="application/ld+json">{broken</script>`, `<h1>Visible headline</h1><time datetime="2022-05-06T10:00">6 May</time>`);
    expect(m.title).toBe("Visible headline");
    expect(m.published).toBe("2022-05-06");
  });
});

describe("isoDate", () => {
  it("reads the date forms that pages put in their metadata", () => {
    expect(isoDate("2019-10-19T19:08:00+02:00")).toBe("2019-10-19");
    expect(isoDate("19.10.2019")).toBe("2019-10-19");
    expect(isoDate("19. Oktober 2019")).toBe("2019-10-19");
    expect(isoDate("October 19, 2019")).toBe("2019-10-19");
    expect(isoDate("Sat, 19 Oct 2019 10:00:00 GMT")).toBe("2019-10-19");
  });

  it("gives nothing for impossible or placeholder dates", () => {
    expect(isoDate("2019-02-30")).toBeNull();
    expect(isoDate("0000-00-00")).toBeNull();
    expect(isoDate("yesterday")).toBeNull();
  });
});
