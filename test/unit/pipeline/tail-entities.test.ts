// The plain scan of a huge document's tail: names typed by what the rules found before it and by
// the name lists, offsets that slice the text back, linear time.
import { describe, expect, it } from "vitest";
import { newDoc, type ArticleDoc, type PersonFinding } from "../../../src/pipeline/doc.js";
import { paragraphSpans } from "../../../src/pipeline/segment.js";
import { tailEntities } from "../../../src/pipeline/tail-entities.js";

const HEAD = "Head text.\n\n";
function tailDoc(tail: string, people: string[] = []): ArticleDoc {
  const text = HEAD + tail;
  const persons: PersonFinding[] = people.map((name) => ({ name, aliases: [], titles: [], country: null, mentions: [] }));
  return { ...newDoc(new Uint8Array(), null, "0".repeat(64)), text, paragraphs: paragraphSpans(text), detailEnd: HEAD.length, people: persons };
}
function scan(tail: string, people: string[] = []) {
  const doc = tailDoc(tail, people);
  const found = tailEntities(doc);
  for (const f of [...found.people, ...found.organizations, ...found.places]) {
    for (const m of f.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  }
  const names = (list: { name: string; mentions: readonly unknown[] }[]) => list.map((f) => `${f.name}${f.mentions.length > 1 ? ` x${f.mentions.length}` : ""}`).sort();
  return { people: names(found.people), organizations: names(found.organizations), places: names(found.places) };
}

describe("tailEntities", () => {
  it("links surnames to people the rules found before the tail", () => {
    expect(scan("Later Koizumi said that Koizumi would stay.", ["Junichiro Koizumi"]).people).toEqual(["Koizumi x2"]);
  });

  it("types new names by titles, first names, organization endings, countries and the gazetteer", () => {
    const found = scan("President Bill Clinton met Mary Robinson of Acme Holdings Corp in Paris. He flew to France on Monday in January with Emmanuel Macron. The Christian Democrats and Major League Baseball were there.");
    expect(found.people).toEqual(["Bill Clinton", "Emmanuel Macron", "Mary Robinson"]);
    expect(found.organizations).toEqual(["Acme Holdings Corp"]);
    expect(found.places).toEqual(["France", "Paris"]);
  });

  it("reads a name that opens with a demonym whole when it is known or typed whole, else without it", () => {
    const found = scan("The European Union and German Chancellor Helmut Kohl met German officials.");
    expect(found.organizations).toEqual(["European Union"]);
    expect(found.people).toEqual(["Helmut Kohl"]);
  });

  it("remembers a new person's surname for later in the tail", () => {
    expect(scan("Mary Robinson spoke. Then Robinson left.").people).toEqual(["Mary Robinson", "Robinson"]);
  });

  it("keeps unknown capitalised words out, and reads a line in capitals word by word", () => {
    const found = scan("Zorblax Quindle visited Frobnitz.\n\nSOCCER - FRANCE BEAT ITALY\n\nThe text goes on.");
    expect(found.people).toEqual([]);
    expect(found.organizations).toEqual([]);
    expect(found.places).toEqual(["FRANCE", "ITALY"]);
  });

  it("ignores the text before detailEnd", () => {
    const doc = { ...tailDoc("Nothing here."), text: `France.\n\n${"x".repeat(HEAD.length - 9)}Nothing here.` };
    expect(tailEntities({ ...doc, paragraphs: paragraphSpans(doc.text) }).places).toEqual([]);
  });

  it("is linear on capitalised words without a stop", () => {
    const cpu = (f: () => void): number => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return d.user + d.system; };
    const unit = "Capitalised Words Everywhere Without Any Stop Paris ";
    tailEntities(tailDoc(unit.repeat(100)));
    const small = cpu(() => tailEntities(tailDoc(unit.repeat(2_000))));
    const large = cpu(() => tailEntities(tailDoc(unit.repeat(20_000))));
    expect(large).toBeLessThan(small * 25);
  });
});
