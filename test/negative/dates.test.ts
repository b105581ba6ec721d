// Inputs that look like dates to a parser but hold none: each must yield no date at all.
import { describe, expect, it } from "vitest";
import { all } from "../helpers/dates.js";

describe("text that holds no date", () => {
  it.each([
    ["a share price", "Shares rose $2.50 a share to $45.25."],
    ["an amount per share", "The company earned $12.09 a share."],
    ["stock price fractions", "The stock fell 2 1/2 to 37 3/4."],
    ["a rate with a fraction", "It sold 6 3/8% notes."],
    ["a company named Sun", "Sun Microsystems Inc. said it would cut jobs."],
    ["the modal may", "Investors may sell the shares."],
    ["a surname that is a month", "Home Secretary Theresa May said the plan would work."],
    ["the verb sat", "The cat sat on the mat."],
    ["the verb march", "Thousands will march through the city."],
    ["a sports score", "The Lakers won 102-98."],
    ["a score read as a time", "Kirschner Medical fell 4 to 15."],
    ["a count of employees", "The plant has 1990 employees."],
    ["a flight number", "Flight 2000 landed safely."],
    ["an amount with a thousands separator", "The bid was 1,850 French francs."],
    ["an amount in the millions", "Volume reached 20 million shares at 2.46 billion guilders."],
    ["an age", "A 6-year-old boy was rescued."],
    ["an age in a decade", "Most of them were in their twenties."],
    ["a fall that is not a season", "The fall of the Berlin Wall changed Europe."],
    ["an island named for a holiday", "Easter Island lies far out in the Pacific."],
    ["a newspaper title", "He wrote for the Daily Telegraph."],
    ["a quarterly dividend", "The board raised the quarterly dividend."],
    ["a question-and-answer session", "The Q&A followed the speech; Q1 was the code name."],
    ["the name of a war", "The Thirty Years' War devastated the region."],
    ["the name of a short war", "Historians still debate the Six-Day War."],
    ["the name of an economic plan", "Stalin launched the first Five-Year Plan."],
  ])("finds nothing in %s", (_, text) => {
    expect(all(text)).toEqual([]);
  });
});

describe("numbers that only look like dates with a time", () => {
  it("finds nothing in a standings table with half games", () => {
    expect(all("Lotte 46 6 54 .462 14 1/2")).toEqual([]);
  });
});

describe("titles and nouns that hold a date word", () => {
  it.each([
    ["a television programme", "He spoke on ABC's \"This Week\" programme."],
    ["a march named with a month", "She led the \"March of the Combatant Mothers\" rally."],
    ["a march in lower case", "He joined this march with his neighbours."],
    ["an annual march", "Thousands joined the annual March for Life."],
  ])("finds nothing in %s", (_, text) => {
    expect(all(text)).toEqual([]);
  });
});

describe("words of other languages that look like dates", () => {
  it.each([
    ["the start of a German word read as a weekday abbreviation", "Die ersten Bauarbeiten sollen im Frühjahr beginnen.", "de"],
    ["the German word 'so', also an abbreviation of Sunday", "So sieht es der Plan vor, sagte er.", "de"],
    ["a count of parking places read as a clock time", "Die Opposition kritisierte, dass dafür rund 400 Parkplätze wegfallen.", "de"],
  ])("finds nothing in %s", (_, text, language) => {
    expect(all(text, { referenceDate: "2024-05-15", language })).toEqual([]);
  });
});
