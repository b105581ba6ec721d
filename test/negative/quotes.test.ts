// Inputs whose quotation marks enclose no reported speech: no quote may come out of them.
import { describe, expect, it } from "vitest";
import { quotesOf } from "../unit/pipeline/extract/quotes/doc.js";

const none = (text: string) => expect(quotesOf(text).map((q) => q.text)).toEqual([]);

describe("quotation marks that are not quotes", () => {
  it("ignores scare quotes around a term with no speech verb", () => {
    none("The so-called “experts” disagreed about the “pass through” income of the firm.");
  });

  it("ignores the title of a film, a book or a song", () => {
    none("The director says as much in her striking new documentary “North Line.” The film opens on Friday.");
    none("Springsteen recorded the song “American Skin (41 Shots)” in 2000, and his book “Born to Run” followed.");
  });

  it("ignores the name of a show after a possessive or \"on\", even in a sentence with a speech verb", () => {
    none("In an interview on CBS's “Face the Nation,” Ryan said the spending bill would pass.");
    none("On this week’s edition of “Capitol Morning,” the governor said little about the budget.");
  });

  it("ignores a term after \"so-called\", even in a sentence with a speech verb", () => {
    none("The so-called 'special relationship' was not mentioned in the statement.");
  });

  it("ignores a scare quote before a court ruling, which is a noun and no verb of saying", () => {
    none("The governor's strategy of “massive resistance” to the Supreme Court ruling in the schools case failed.");
  });

  it("ignores a quoted name after \"titled\"", () => {
    none("The 30-second spot, titled “Arrogant,” features a report from the campaign trail.");
  });

  it("ignores a nickname inside a name", () => {
    none("Rep. Robert C. “Bobby” Scott threw open his farm, and state Del. Marcia \"Cia\" Price shouted to the crowd.");
  });

  it("ignores single marks inside a quotation written with two apostrophes", () => {
    none("Her sons were grown, she said, and ''I had to stop and think, 'This is their future.' ''");
  });

  it("ignores apostrophes, possessives and elisions", () => {
    none("Clinton’s aides didn’t answer. The ’90s were different, and rock 'n' roll was young; the voters’ mood isn't.");
  });

  it("ignores quotations in the headline, which repeat the body", () => {
    none("Former mayor calls transit plan ‘costly mess’ during town meeting.\n\nThe former mayor spoke in Dayton on Monday.");
  });

  it("finds nothing in a text without quotation marks", () => {
    none("The ministers met in Yokosuka and agreed to visit each other every year.");
  });
});
