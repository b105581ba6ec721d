// Resolve: one entity per referent, with its aliases, and every place with its country and
// coordinates. It runs before dates, quotes and agreements so that they name speakers and
// parties by canonical names.
import type { PersonFinding, PlaceFinding } from "../doc.js";
import type { Stage } from "../stage.js";
import { merge, mergeOrganizations, mergePeople, mergeSameNames } from "./aliases.js";
import { geocode } from "./geocode.js";
import { withDemonymCountry, withFamilyName, withHomeCountry, withOfficeCountry, withOriginCountry, withTitleMentions } from "./people.js";

/** Titles and country of all the mentions that merged into one person. */
function mergePersonFields(a: PersonFinding, b: PersonFinding): PersonFinding {
  const m = merge(a, b);
  const titles = [...a.titles];
  for (const t of b.titles) if (!titles.some((x) => x.toLowerCase() === t.toLowerCase())) titles.push(t);
  return { ...m, titles, country: a.country ?? b.country };
}

/** Countries mentioned by several names (U.S., United States) are one place. */
function mergeCountries(places: readonly PlaceFinding[]): PlaceFinding[] {
  const out: PlaceFinding[] = [];
  for (const p of places) {
    const k = p.type === "country" ? out.findIndex((q) => q.type === "country" && q.countryCode === p.countryCode) : -1;
    if (k >= 0) out[k] = merge(out[k]!, p);
    else out.push(p);
  }
  return out;
}

export const resolve: Stage = {
  name: "resolve",
  essential: false,
  run(doc) {
    // Places first: a person's office may lie in one ("Texas Governor Greg Abbott").
    const places = mergeCountries(geocode(mergeSameNames(doc.places), doc.text));
    const people = withTitleMentions(mergePeople(doc.people, mergePersonFields), doc.text).map(withFamilyName);
    return {
      ...doc,
      // The place before the title first; the article's setting only for offices no place was written for.
      // A nationality named later ("the Kazakh said") last: it only fills a country still unknown.
      people: withDemonymCountry(withHomeCountry(withOriginCountry(withOfficeCountry(people, places, doc.text), places, doc.text), places, doc.text, doc.sentences), doc.tokens),
      organizations: mergeOrganizations(doc.organizations, doc.text),
      places,
    };
  },
};
