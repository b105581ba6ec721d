import { describe, expect, it } from "vitest";
import { mentionsAreNamesOrAliases, names, resolved } from "../../../../helpers/entities.js";

const GERMAN = "Der Gemeinderat von Freiburg hat am Dienstag mit großer Mehrheit beschlossen, neue Radwege in der Innenstadt zu bauen. "
  + "Die Kosten sollen zur Hälfte vom Land Baden-Württemberg getragen werden. "
  + "Oberbürgermeister Martin Horn sagte nach der Abstimmung, die Stadt werde sicherer. Die Opposition kritisierte, dass Parkplätze wegfallen. "
  + "Horn will die Pläne im Frühjahr vorstellen. Der Verkehrsclub Deutschland begrüßte die Entscheidung.";

describe("names in text that is not English", () => {
  it("reads the language before naming anything", () => {
    expect(resolved(GERMAN).meta.language).toBe("de");
  });

  it("keeps a German title out of the name and in the titles, and links the family name alone", () => {
    const doc = resolved(GERMAN);
    expect(doc.people).toHaveLength(1);
    expect(doc.people[0]).toMatchObject({ name: "Martin Horn", titles: ["Oberbürgermeister"] });
    expect(doc.people[0]!.mentions).toHaveLength(2);
    expect(mentionsAreNamesOrAliases(doc)).toBe(true);
  });

  it("finds places from the gazetteers and gives them their country", () => {
    const doc = resolved(GERMAN);
    expect(doc.places.map((p) => [p.name, p.countryCode])).toEqual([["Freiburg", "DE"], ["Baden-Württemberg", "DE"]]);
  });

  it("does not make names of capitalised nouns or of articles", () => {
    const found = names(GERMAN);
    const all = [...found.people, ...found.organizations, ...found.places];
    for (const junk of ["Der Gemeinderat von Freiburg", "Die Opposition", "Die", "Der", "Land Baden-Württemberg", "Oberbürgermeister Martin Horn", "Stadt"]) expect(all).not.toContain(junk);
  });

  it("reads country names written in the article's language", () => {
    const doc = resolved("Die Regierung in Berlin hat am Montag beschlossen, dass Deutschland und Frankreich gemeinsam mehr Geld für die Forschung ausgeben werden, sagte ein Sprecher des Ministeriums nach der Sitzung.");
    expect(doc.places.map((p) => [p.name, p.countryCode])).toEqual([["Berlin", "DE"], ["Deutschland", "DE"], ["Frankreich", "FR"]]);
    expect(doc.places.slice(1).map((p) => p.type)).toEqual(["country", "country"]);
  });

  it("finds people after lower-case titles in French and keeps the article out", () => {
    const doc = resolved("Le président Emmanuel Macron a reçu mardi à Paris le ministre Bruno Le Maire pour parler du budget de la France et des impôts, selon un communiqué publié par les services de la présidence.");
    expect(doc.people.map((p) => [p.name, p.titles])).toEqual([["Emmanuel Macron", ["président"]], ["Bruno Le Maire", ["ministre"]]]);
    expect(doc.places.map((p) => p.name)).toEqual(["Paris", "France"]);
  });

  it("finds well-known organizations and names closed by a legal form", () => {
    const found = names("Die Siemens AG und die Deutsche Bahn haben mit der EU einen Vertrag über neue Züge geschlossen, der bis zum Ende des Jahres in Kraft treten soll, teilten die Unternehmen am Freitag mit.");
    expect(found.organizations).toEqual(["Siemens AG", "EU"]);
    expect(found.people).toEqual([]);
  });

  it("takes a word in capitals for an organization only when the article uses it as a name", () => {
    const found = names("Die SPD will das Gesetz noch vor der Sommerpause beschließen, sagte der Fraktionschef am Montag. Die Union lehnt den Entwurf ab, weil die SPD die Kosten unterschätze, und das HTTP-Protokoll spielt keine Rolle.");
    expect(found.organizations).toEqual(["SPD"]);
  });

  it("stops a name after a title at a particle that is only an article", () => {
    const found = names("Kardinal Parolin den Wunsch nach Frieden vorgetragen hat, sagte Präsidentin Ursula von der Leyen am Montag in Brüssel vor Journalisten, die nach der Sitzung auf sie gewartet hatten.");
    expect(found.people).toEqual(["Parolin", "Ursula von der Leyen"]);
  });
});
