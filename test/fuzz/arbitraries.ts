// Generators of hostile inputs for the property-based tests: word soup of the things news text is
// made of (names, quotation marks, dates, markup, control characters, scripts of other languages),
// fixture pages with edits, and markup nested without end.
import fc from "fast-check";
import type { ExtractOptions } from "../../src/index.js";
import { fixturePages } from "./invariants.js";

const PIECES = [
  "the", "said", "Smith", "John", "Mary Jones", "Paris", "London", "Acme Corp", "Inc", "Ltd", "Minister", "President",
  "agreed", "signed", "a deal", "will sign", "did not agree", "Monday", "January 5", "2024", "1996-08-30", "last week", "U.S.", "EU",
  "(EU)", "of", "and", "in", "on", "\"", "“", "”", "«", "»", "„", "'", "’", "‘", ",", ".", "!", "?", ":", ";", "-", "—", "…",
  "\n", "\n\n", " ", "  ", "\t", "\r\n", "\0", "\u0001", "\u001b", "\u007f", "\u0085", "\u00a0", "\u200b", "\u200f", "\u202e", "\u2028",
  "\ufeff", "\ufffd", "\ud800", "\udfff", "😀", "👩‍👩‍👧", "🇫🇷", "e\u0301", "\u0301", "שלום", "مرحبا", "東京", "Zürich", "İstanbul",
  "ǅ", "ß", "ﬁ", "<", ">", "&amp;", "&#0;", "<p>", "</p>", "<div>", "<br>", "<script>", "</script>", "<!--", "-->", "http://x.y/z",
  "@", "#", "$5", "3.5%", "1,000", "Dr.", "Mr.", "St.", "Jr.", "LONDON", "REUTERS", "(", ")", "[", "]",
];
const SEPARATORS = [" ", "", "\n", ", ", ". ", "\n\n"];

export const soup = (maxLength: number) =>
  fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength }).map((xs) => xs.map(([w, s]) => w + s).join(""));
export const options: fc.Arbitrary<ExtractOptions> = fc.record({
  format: fc.constantFrom("auto", "text", "html"),
  referenceDate: fc.constantFrom(null, "2026-02-01"),
  keepBoilerplate: fc.boolean(),
  includeNegated: fc.boolean(),
});

const PAGES = fixturePages();
export const TAGS = ["div", "font", "p", "span", "b", "table", "tr", "td", "ul", "li", "a", "h1", "header", "article", "nav", "aside", "script", "style", "svg", "blockquote", "figure", "figcaption"];

/** A fixture page with a few edits: a cut, a duplicated stretch, markup or junk inserted, the end cut off. */
export const mutatedPage = fc.tuple(
  fc.constantFrom(...PAGES),
  fc.array(fc.tuple(fc.constantFrom("delete", "duplicate", "insert", "truncate"), fc.nat(), fc.nat({ max: 2000 }), fc.oneof(soup(8), fc.constantFrom(...TAGS.map((t) => `<${t} class="x">`), ...TAGS.map((t) => `</${t}>`), "<![CDATA[", "<?xml?>", '"', "'", "<"))), { minLength: 1, maxLength: 6 }),
).map(([page, edits]) => {
  let html = page;
  for (const [kind, at, length, junk] of edits) {
    const i = at % (html.length + 1);
    if (kind === "delete") html = html.slice(0, i) + html.slice(i + length);
    else if (kind === "duplicate") html = html.slice(0, i + length) + html.slice(i, i + length) + html.slice(i + length);
    else if (kind === "insert") html = html.slice(0, i) + junk + html.slice(i);
    else html = html.slice(0, i);
  }
  return html;
});

export const nestedPage = fc.record({
  tags: fc.array(fc.constantFrom(...TAGS), { minLength: 1, maxLength: 4 }),
  depth: fc.integer({ min: 1, max: 3000 }),
  closed: fc.boolean(),
  inner: soup(40),
}).map(({ tags, depth, closed, inner }) => {
  const open = tags.map((t) => `<${t}>`).join(""), close = [...tags].reverse().map((t) => `</${t}>`).join("");
  return `<html><body>${open.repeat(depth)}${inner}${closed ? close.repeat(depth) : ""}`;
});

