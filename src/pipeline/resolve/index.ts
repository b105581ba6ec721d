// Resolve: one entity per referent, with its aliases and its country. It runs before dates, quotes
// and agreements so that they name speakers and parties by canonical names.
import type { Stage } from "../stage.js";
import { mergeAll } from "./aliases.js";

export const resolve: Stage = {
  name: "resolve",
  essential: false,
  run(doc) {
    return {
      ...doc,
      people: mergeAll(doc.people, true),
      organizations: mergeAll(doc.organizations, false),
      places: mergeAll(doc.places, false),
    };
  },
};
