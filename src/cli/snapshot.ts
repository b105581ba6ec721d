// Entry of the startup snapshot (scripts/snapshot.mjs): the whole command bundled as one CommonJS
// file, run once at build time by `node --build-snapshot`, which then saves V8's heap. Loading
// that heap (bin/extract, when the blob fits the node binary) skips what a cold start otherwise
// spends before the first article: parsing and compiling the bundle, compromise's plugin merge and
// lexicon expansion, the data tables and the regular expressions of the rules. At build time the
// warm-up articles run the pipeline, so all of that is made then; at run time the deserialized
// heap runs the command exactly as bin/extract does.
import { setFlagsFromString, startupSnapshot } from "node:v8";
import { SNAPSHOT_RUN_FLAGS } from "./snapshot-flags.js";
import { runProcess } from "./process.js";
import { WARM_UP_SAMPLES } from "./warm-up.js";
import { contextFrom } from "../extract.js";
import { runPipeline } from "../pipeline/index.js";
import { releaseHeldTables } from "../data/generated.js";
import { LINE_RULES, RELATED_HEADING } from "../pipeline/clean/rules.js";
// What the command loads lazily (main.ts) is initialised here, into the heap, ahead of its use
// (not the worker pool: worker_threads is loaded at run time, when a batch needs workers).
import "../inputs/index.js";
import "../batch/run.js";
import "../batch/plan.js";
import "../batch/progress.js";
import "../batch/inline.js";
import "../batch/job.js";

if (!startupSnapshot.isBuildingSnapshot()) throw new Error("src/cli/snapshot.ts is the entry of the startup snapshot: run it with node --build-snapshot");
const ctx = contextFrom({ referenceDate: "2026-02-01" });
for (const sample of WARM_UP_SAMPLES) {
  const result = runPipeline(new TextEncoder().encode(sample), null, ctx);
  if (!result.ok) throw new Error(`startup snapshot warm-up failed: ${result.message}`);
}
// V8 compiles a regular expression on its first run, once for one-byte (Latin-1) subjects and once
// more for two-byte ones: every line of an article with one curly quote is two-byte. The warm-up
// articles reach only the rules that their few lines are short enough for, so each rule's hint, and
// the pattern of each rule without one (the pattern an ordinary line runs), is compiled here on a
// line of each kind. What a rule matches does not depend on it.
for (const rule of [...LINE_RULES, RELATED_HEADING]) {
  for (const probe of ["Warm-up line", "Warm-up line \u2019"]) {
    if (rule.hint !== undefined) rule.hint.test(probe);
    else rule.match.test(probe);
  }
}
startupSnapshot.addSerializeCallback(releaseHeldTables);
// In a process started from the snapshot, argv holds node's path and then the command's arguments.
startupSnapshot.setDeserializeMainFunction(() => {
  setFlagsFromString(SNAPSHOT_RUN_FLAGS);
  void runProcess(process.argv.slice(1));
});
