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
    const named = withTitleMentions(mergePeople(doc.people, mergePersonFields, doc.text), doc.text).map(withFamilyName);
    // Each step fills only countries still unknown, so the surest evidence goes first: the place
    // before the title, "of Spain" after the name, the article's setting for a state office no
    // place was written for, and last a nationality named later ("the Kazakh said").
    const byOffice = withOfficeCountry(named, places, doc.text);
    const byOrigin = withOriginCountry(byOffice, places, doc.text);
    const bySetting = withHomeCountry(byOrigin, places, doc.text, doc.sentences);
    const people = withDemonymCountry(bySetting, doc.tokens);
    return {
      ...doc,
      people,
      organizations: mergeOrganizations(doc.organizations, doc.text),
      places,
    };
  },
};
