// JSON-LD is untrusted: read as data only, bounded in size and depth, and stripped of the keys that
// reach an object's prototype.
import { describe, expect, it } from "vitest";
import { extract } from "../../../../src/index.js";
import { MAX_JSON_CHARS, MAX_JSON_DEPTH, nestingDepth, parseEmbeddedJson } from "../../../../src/pipeline/clean/html/json-ld.js";
import { readMetadata } from "../../../../src/pipeline/clean/html/metadata.js";
import { withPage } from "../../../../src/pipeline/clean/html/dom.js";

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const meta = (head: string) => withPage(`<html><head>${head}</head><body></body></html>`, readMetadata);

describe("parseEmbeddedJson", () => {
  it("drops __proto__, constructor and prototype keys at every level", () => {
    const v = parseEmbeddedJson('{"__proto__":{"polluted":1},"a":{"constructor":{"prototype":{"polluted":2}},"b":[{"__proto__":3}]}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(["a"]);
    expect(JSON.stringify(v)).toBe('{"a":{"b":[{}]}}');
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf(Object.assign({}, v))).toBe(Object.prototype);
  });

  it("refuses blocks nested deeper than the limit, in linear time", () => {
    expect(parseEmbeddedJson(`${"[".repeat(MAX_JSON_DEPTH)}1${"]".repeat(MAX_JSON_DEPTH)}`)).not.toBeNull();
    const deep = `${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`;
    const t0 = performance.now();
    expect(parseEmbeddedJson(deep)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it("does not count brackets inside strings", () => {
    expect(nestingDepth('{"a":"[[[[{{{{\\"[[[[","b":[1]}')).toBe(2);
  });

  it("refuses blocks larger than the limit, and broken ones", () => {
    expect(parseEmbeddedJson(`"${"x".repeat(MAX_JSON_CHARS)}"`)).toBeNull();
    expect(parseEmbeddedJson('{"headline": "cut off')).toBeNull();
  });

  it("evaluates nothing", () => {
    expect(parseEmbeddedJson('{"headline": (function(){ globalThis.hacked = 1; return "x" })()}')).toBeNull();
    expect((globalThis as Record<string, unknown>)["hacked"]).toBeUndefined();
  });
});

describe("metadata from hostile JSON-LD", () => {
  it("reads the ordinary fields next to prototype keys", () => {
    const m = meta(ld('{"@type":"NewsArticle","__proto__":{"headline":"Injected"},"constructor":{"name":"X"},"headline":"Real headline","author":{"name":"Anna Muster","__proto__":{"name":"Nobody"}}}'));
    expect(m.title).toBe("Real headline");
    expect(m.authors).toEqual(["Anna Muster"]);
    expect(({} as Record<string, unknown>)["headline"]).toBeUndefined();
  });

  it("ignores fields of the wrong type", () => {
    const m = meta(ld('{"@type":"NewsArticle","headline":{"toString":"x"},"datePublished":[[["2024-01-02"]]],"author":[[[[{"name":7}]]]]}'));
    expect(m.title).toBeNull();
    expect(m.authors).toEqual([]);
  });

  it("keeps the page's text when its JSON-LD is nested without end", async () => {
    const html = `<html><head>${ld(`{"@type":"NewsArticle","author":${"[".repeat(200_000)}${"]".repeat(200_000)}}`)}</head><body><article><p>${"Angela Merkel met Boris Johnson in Berlin on Monday to talk about trade. ".repeat(8)}</p></article></body></html>`;
    const r = await extract(html);
    expect(r.ok && r.article.text).toContain("Angela Merkel");
  });
});
