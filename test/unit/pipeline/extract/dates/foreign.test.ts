import { describe, expect, it } from "vitest";
import { all } from "../../../../helpers/dates.js";

// Wednesday 15 May 2024.
const REF = { referenceDate: "2024-05-15" };

describe("dates in a German article", () => {
  it("reads a weekday as the nearest one", () => {
    expect(all("Der Stadtrat hat am Dienstag beschlossen, neue Radwege zu bauen.", { ...REF, language: "de" })).toEqual(["Dienstag=2024-05-14"]);
  });

  it("reads a written date with its clock time", () => {
    expect(all("Am 3. Mai 2024 um 14 Uhr wurde der Entwurf vorgestellt.", { ...REF, language: "de" })).toEqual(["3. Mai 2024 um 14 Uhr=2024-05-03T14:00"]);
  });

  it("counts yesterday and days ago from the article's date", () => {
    expect(all("Gestern sprach der Minister. Vor zwei Tagen trafen sich die Minister.", { ...REF, language: "de" }))
      .toEqual(["Gestern=2024-05-14", "Vor zwei Tagen=2024-05-13"]);
  });

  it("reads last week and next year at their own grain", () => {
    expect(all("Letzte Woche kündigte der Kanzler eine Einigung an, die nächstes Jahr gelten soll.", { ...REF, language: "de" }))
      .toEqual(["Letzte Woche=2024-W19", "nächstes Jahr=2025"]);
  });

  it("places a day of a month without its year near the article's date", () => {
    expect(all("Die Abstimmung ist für den 12. Juni geplant.", { ...REF, language: "de" })).toEqual(["12. Juni=2024-06-12"]);
  });

  it("counts relative dates from the last written date when there is no reference date", () => {
    expect(all("Am 3. Mai 2024 tagte der Rat. Gestern hatte der Minister gesprochen.", { referenceDate: null, language: "de" }))
      .toEqual(["3. Mai 2024=2024-05-03", "Gestern=2024-05-02"]);
  });
});

describe("dates in French and Spanish articles", () => {
  it("reads a French weekday, yesterday and a written date", () => {
    expect(all("Le gouvernement a présenté mardi son budget. Hier, le ministre a parlé. Le vote aura lieu le 12 juin.", { ...REF, language: "fr" }))
      .toEqual(["mardi=2024-05-14", "Hier=2024-05-14", "12 juin=2024-06-12"]);
  });

  it("reads a Spanish weekday and a written date", () => {
    expect(all("El Gobierno presentó el martes su proyecto, según el calendario publicado el 3 de mayo de 2024.", { ...REF, language: "es" }))
      .toEqual(["martes=2024-05-14", "3 de mayo de 2024=2024-05-03"]);
  });
});

describe("English articles", () => {
  it("are read by the English rules when the language is declared as a regional variant", () => {
    expect(all("The minister said last Friday that talks would resume.", { ...REF, language: "en-GB" })).toEqual(["last Friday=2024-05-10"]);
  });
});
