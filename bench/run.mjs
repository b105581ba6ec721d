#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs in name order against the built library (dist/).
// Each bench file exports `run()` and prints its own result lines; benches measure with
// performance.now() over repeated runs and never assert: targets are read off their output.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const here = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(here).filter((f) => f.endsWith(".bench.mjs")).sort()) {
  if (only && !file.includes(only)) continue;
  const { run } = await import(pathToFileURL(join(here, file)).href);
  console.log(`# ${file.replace(/\.bench\.mjs$/, "")}`);
  await run();
}
