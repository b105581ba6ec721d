#!/usr/bin/env node
// Build step: writes the precomputed data tables (src/data/generated.ts) into dist/generated/,
// from the compiled modules in dist/, so that a process reads them instead of building them.
import { mkdirSync, writeFileSync } from "node:fs";

const modules = [
  ["../dist/data/places/cities.js", "CITY_TABLE"],
  ["../dist/data/places/countries.js", "COUNTRY_TABLE"],
  ["../dist/data/places/regions.js", "REGION_TABLE"],
  ["../dist/data/english.js", "ENGLISH_WORD_TABLE"],
  ["../dist/nlp/chrono.js", "CHRONO_TABLE"],
];
const { generatedFile } = await import("../dist/data/generated.js");
const dir = new URL("../dist/generated/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [path, name] of modules) {
  const table = (await import(path))[name];
  writeFileSync(new URL(table.file, dir), generatedFile(table));
}
