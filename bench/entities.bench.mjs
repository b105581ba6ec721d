// Entity extraction cost on top of the one compromise pass: the segment stage (the compromise
// pass every extractor shares) plus entities and resolve, against a plain compromise pass over the
// same paragraphs. Place data is loaded before timing (it loads once per process).
// EXTRACT_BENCH_TEXT may name a folder of .txt files or a JSONL file of {text} to measure on;
// otherwise the fixture articles are used.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fixtureInputs, timeIt } from "./util.mjs";

function texts() {
  const src = process.env.EXTRACT_BENCH_TEXT;
  if (src && existsSync(src)) {
    if (statSync(src).isDirectory()) return readdirSync(src).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(src, f), "utf8"));
    return readFileSync(src, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text);
  }
  return fixtureInputs().filter((x) => x.path.endsWith(".txt")).map((x) => x.text);
}

export async function run() {
  const { contextFrom } = await import("../dist/index.js");
  const { STAGES } = await import("../dist/pipeline/index.js");
  const { newDoc } = await import("../dist/pipeline/doc.js");
  const { nlp } = await import("../dist/nlp/compromise.js");
  const { paragraphSpans } = await import("../dist/pipeline/segment.js");
  const ctx = contextFrom({ referenceDate: "2026-02-01" });
  const stage = (name) => STAGES.find((s) => s.name === name);
  const [segment, entities, resolve] = ["segment", "entities", "resolve"].map(stage);
  // Documents cleaned once, so that both timings start from the same text.
  const docs = texts().map((t, k) => {
    let doc = newDoc(new TextEncoder().encode(t), `bench-${k}.txt`, "0".repeat(64));
    for (const s of STAGES) { if (s.name === "segment") break; doc = s.run(doc, ctx); }
    return doc;
  });
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const plain = () => { for (const d of docs) for (const p of paragraphSpans(d.text)) nlp(d.text.slice(p.start, p.end)).json({ offset: true }); };
  const full = () => { for (const d of docs) resolve.run(entities.run(segment.run(d, ctx), ctx), ctx); };
  const segmented = docs.map((d) => segment.run(d, ctx));
  const extraction = () => { for (const d of segmented) resolve.run(entities.run(d, ctx), ctx); };
  const repeat = Number(process.env.EXTRACT_BENCH_REPEAT ?? 5);
  // The plain pass is timed before and after, and the faster kept: the first runs of compromise
  // in a process are slower while the engine warms up.
  const tPlain = Math.min(timeIt(plain, { repeat }), (timeIt(full, { repeat: 1 }), timeIt(plain, { repeat })));
  const tFull = timeIt(full, { repeat });
  const tExtract = timeIt(extraction, { repeat });
  console.log(`entities: ${docs.length} documents, ${(chars / 1024).toFixed(1)} KB`);
  console.log(`entities: plain compromise pass ${tPlain.toFixed(1)} ms; segment + entities + resolve ${tFull.toFixed(1)} ms (entities + resolve alone ${tExtract.toFixed(1)} ms)`);
  // Ratio: the shared pass plus extraction, over the plain pass. The extraction share is also
  // reported on its own, since the two timings of compromise vary by a few percent between runs.
  console.log(`entities: extraction adds ${((100 * tExtract) / tPlain).toFixed(1)}% to the compromise pass`);
  console.log(`entities: ratio to a plain compromise pass ${(Math.max(tFull, tPlain + tExtract) / tPlain).toFixed(2)}x (target <= 1.20x)`);
}
