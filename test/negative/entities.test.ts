// Inputs that must yield no people, organizations or places.
import { describe, expect, it } from "vitest";
import { names } from "../helpers/entities.js";

const NOTHING = [
  "The meeting was held on Monday afternoon and lasted two hours.",
  "Officials said the talks would resume in June.",
  "Japanese investors and South Korean buyers sold shares.",
  "The World Cup and the Olympic Games drew large crowds.",
  "Shares rose sharply. Analysts expect more gains.",
  "Muslim and Christian leaders called for calm in the North.",
  "Prime Minister and Foreign Minister are both posts in the cabinet.",
  "The report listed Cash Equivalents, Delivery Date and Credit Rating for each bond.",
  "Happy Birthday was played before the Piano Concerto.",
];

describe("entities: inputs with no names", () => {
  it.each(NOTHING)("finds no entity in %j", (text) => {
    expect(names(text)).toEqual({ people: [], organizations: [], places: [] });
  });
});
