// The tokenizer of a huge document's tail: compromise's JSON shape without its tagger.
import { describe, expect, it } from "vitest";
import { plainSentences } from "../../../src/pipeline/plain-tokens.js";

const words = (text: string) => plainSentences(text).map((s) => s.terms.map((t) => t.text));
const term = (text: string, word: string) => plainSentences(text).flatMap((s) => s.terms).find((t) => t.text === word);
const cpu = (f: () => void): number => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return d.user + d.system; };

describe("plainSentences", () => {
  it("splits words and peels punctuation off as compromise does, offsets slicing the text back", () => {
    const text = "“Hello,” said Mr. John O'Neill of U.S. Steel Corp. in New York. It rose 3.5% (to $12.50).";
    expect(words(text)).toEqual([
      ["Hello", "said", "Mr", "John", "O'Neill", "of", "U.S.", "Steel", "Corp", "in", "New", "York"],
      ["It", "rose", "3.5%", "to", "$12.50"],
    ]);
    for (const t of plainSentences(text).flatMap((s) => s.terms)) expect(text.slice(t.offset.start, t.offset.start + t.offset.length)).toBe(t.text);
    expect(term(text, "Hello")).toMatchObject({ pre: "“", post: ",” " });
    expect(term(text, "U.S.")).toMatchObject({ normal: "us", post: " " });
  });

  it("tags from the lexicon and the word's shape", () => {
    const text = "The minister met John Smith and NATO in London on Monday, 1997.";
    const tags = (w: string) => term(text, w)!.tags;
    expect(tags("The")).not.toContain("ProperNoun"); // a known word at the start of a sentence
    expect(tags("John")).toEqual(expect.arrayContaining(["FirstName", "Person", "ProperNoun"]));
    expect(tags("Smith")).toContain("ProperNoun");
    expect(tags("NATO")).toEqual(expect.arrayContaining(["ProperNoun", "Acronym"]));
    expect(tags("Monday")).toContain("WeekDay");
    expect(tags("1997")).toEqual(expect.arrayContaining(["Year", "Value"]));
    expect(tags("minister")).not.toContain("ProperNoun");
    expect(term("Smith's car.", "Smith's")!.tags).toContain("Possessive");
  });

  it("ends sentences at stops and line breaks, not after abbreviations or initials", () => {
    expect(words("Dr. J. Smith came. He left\nThen rain")).toEqual([["Dr", "J", "Smith", "came"], ["He", "left"], ["Then", "rain"]]);
  });

  it("gives punctuation alone to the word before it, or to the next one's pre", () => {
    expect(term("Smith — Jones", "Smith")!.post).toBe(" — ");
    expect(term("— Jones", "Jones")!.pre).toBe("— ");
  });

  it("is linear on long runs of punctuation, capitals and odd Unicode", () => {
    const make = (n: number) => `${"!?.,".repeat(n)}x ${"Capitalised Words ".repeat(n)} \u{1F600}\uD800 ${"\u0301".repeat(n)}`;
    plainSentences(make(100));
    const small = cpu(() => plainSentences(make(5_000)));
    const large = cpu(() => plainSentences(make(50_000)));
    expect(large).toBeLessThan(small * 25);
  });
});
