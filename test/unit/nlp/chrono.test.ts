// The parser is configured by what chrono's parts read, not by their class names (a minified build
// renames them). Run from source, the names are still there: they confirm the probes pick out
// exactly the parts meant.
import * as en from "chrono-node/en";
import { describe, expect, it } from "vitest";
import { CHRONO_TABLE, chronoParser, DayFirstWhenDotted } from "../../../src/nlp/chrono.js";
import { readTable } from "../../../src/data/generated.js";

const names = (xs: readonly object[]) => xs.map((x) => (x instanceof DayFirstWhenDotted ? x.monthFirst : x).constructor.name);

describe("chrono configuration", () => {
  const stock = en.casual.clone();

  it("drops exactly the relative-phrase parsers", () => {
    const dropped = names(stock.parsers).filter((n) => !names(chronoParser.parsers).includes(n));
    expect(dropped.sort()).toEqual([
      "ENEndOfCurrentMonthParser", "ENRelativeDateFormatParser", "ENTimeUnitAgoFormatParser",
      "ENTimeUnitCasualRelativeFormatParser", "ENTimeUnitLaterFormatParser", "ENTimeUnitWithinFormatParser",
    ]);
  });

  it("makes only the clock-time parser strict", () => {
    const replaced = chronoParser.parsers.filter((p) => !stock.parsers.includes(p) && !(p instanceof DayFirstWhenDotted));
    expect(names(replaced)).toEqual(["ENTimeExpressionParser"]);
    expect(chronoParser.parse("The market closed at 6.43 and reopened at 10", new Date(Date.UTC(2026, 1, 1)))).toEqual([]);
  });

  it("drops only the range-merging refiner", () => {
    const dropped = names(stock.refiners).filter((_, i) => !chronoParser.refiners.includes(stock.refiners[i]!));
    expect(dropped).toEqual(["ENMergeDateRangeRefiner"]);
  });

  it("reads dotted numeric dates day first and slashed ones month first", () => {
    const wrapped = chronoParser.parsers.filter((p) => p instanceof DayFirstWhenDotted);
    expect(names(wrapped)).toEqual(["SlashDateFormatParser"]);
    const day = (text: string) => chronoParser.parse(text, new Date(Date.UTC(2024, 0, 1)))[0]?.start;
    expect([day("on 04.03.2024")?.get("day"), day("on 04.03.2024")?.get("month")]).toEqual([4, 3]);
    expect([day("on 04/03/2024")?.get("day"), day("on 04/03/2024")?.get("month")]).toEqual([3, 4]);
    expect([day("on 13.11.2023")?.get("day"), day("on 13.11.2023")?.get("month")]).toEqual([13, 11]);
  });

  it("leaves durations to our own rules", () => {
    expect(chronoParser.parse("Leicestershire beat Somerset in two days", new Date(Date.UTC(1996, 7, 30)))).toEqual([]);
  });

  it("reads the probes' outcome from the build when it is current, and it is what the probes find", () => {
    expect(JSON.parse(readTable(CHRONO_TABLE))).toEqual(JSON.parse(CHRONO_TABLE.build()));
  });
});
