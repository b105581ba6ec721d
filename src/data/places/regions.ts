// First-level subdivisions (states, provinces, prefectures, regions) from the iso-3166-2 package
// (MIT): a region name gives its country code. Lower levels (districts, boroughs, communes) are
// left out: their names collide with towns, surnames and common words far more than they help.
import { type GeneratedTable, readTable } from "../generated.js";
import { once, placeKey, requireData } from "./load.js";

export interface Region {
  readonly name: string;
  readonly code: string;
  readonly countryCode: string;
}

/** Subdivision types that are a first administrative level somewhere (and rarely a mere district). */
const FIRST_LEVEL_TYPES: ReadonlySet<string> = new Set([
  "state", "province", "prefecture", "region", "autonomous region", "autonomous community", "länder",
  "federal länder", "land", "canton", "oblast", "republic", "territory", "union territory",
  "autonomous republic", "governorate", "emirate", "autonomous province", "county", "two-tier county",
  "nation", "country", "federal district", "capital district", "special administrative region",
  "autonomous territory", "administrative region", "metropolitan region", "federal territory",
  "department", "metropolitan department",
]);

/** Words after a region's name that belong to it ("Kanagawa Prefecture", "Sichuan province"). */
export const REGION_WORDS: ReadonlySet<string> = new Set(["prefecture", "province", "state", "region", "county", "oblast", "governorate", "district", "territory", "canton"]);

interface IsoData { [country: string]: { name: string; sub: { [code: string]: { type: string; name: string } } } }

function buildIndex(): Map<string, Region[]> {
  const iso = requireData("iso-3166-2") as { data: IsoData };
  const byName = new Map<string, Region[]>();
  for (const [countryCode, country] of Object.entries(iso.data)) {
    for (const [code, sub] of Object.entries(country.sub)) {
      if (!FIRST_LEVEL_TYPES.has(sub.type.toLowerCase())) continue;
      // Names such as "Tōkyō [Tokyo]" or "Bayern (Bavaria)" hold a second spelling; and English
      // text shortens "Michoacán de Ocampo", "Newfoundland and Labrador", "Ash Sharqīyah".
      for (const raw of sub.name.replace(/\*/g, "").split(/\s*[[\]()/,]\s*/)) {
        for (const form of new Set([raw, raw.split(/\s+(?:de|and|y|et)\s+/)[0]!, raw.replace(/^(?:al|as|ash|ad|az|an|ar|at|adh|ath)[\s-]+/i, "")])) {
          const key = placeKey(form);
          if (key.length < 3) continue;
          const list = byName.get(key) ?? [];
          if (!list.some((r) => r.code === code)) list.push({ name: form, code, countryCode });
          byName.set(key, list);
        }
      }
    }
  }
  return byName;
}

export const REGION_TABLE: GeneratedTable = {
  file: "regions.json",
  packages: ["iso-3166-2"],
  inputs: [...FIRST_LEVEL_TYPES],
  format: 1,
  build: () => JSON.stringify([...buildIndex()]),
};

const load = once((): Map<string, Region[]> => new Map(JSON.parse(readTable(REGION_TABLE)) as [string, Region[]][]));

export const regionsByName = (name: string): readonly Region[] => load().get(placeKey(name)) ?? [];
