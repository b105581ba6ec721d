// Whole-pipeline throughput on the fixture articles, in one process (as `extract --ndjson dir/`).
import { fixtureInputs, timeIt } from "./util.mjs";

export async function run() {
  const { contextFrom } = await import("../dist/index.js");
  const { runPipeline } = await import("../dist/pipeline/index.js");
  const ctx = contextFrom({ referenceDate: "2026-02-01" });
  const inputs = fixtureInputs().map((x) => ({ ...x, bytes: new TextEncoder().encode(x.text) }));
  const bytes = inputs.reduce((n, x) => n + x.bytes.byteLength, 0);
  const ms = timeIt(() => { for (const x of inputs) runPipeline(x.bytes, x.path, ctx); }, { repeat: 5 });
  console.log(`pipeline: ${inputs.length} fixtures, ${(bytes / 1024).toFixed(1)} KB in ${ms.toFixed(1)} ms = ${((bytes / 1024) / (ms / 1000)).toFixed(0)} KB/s`);
}
