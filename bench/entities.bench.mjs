// Entity extraction cost on top of the one compromise pass: entities and resolve over the shared
// tokens, against a plain compromise pass over the same paragraphs (the ratio line); the whole
// segment + entities + resolve path is timed too. Place data is loaded before timing (it loads
// once per process).
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
  const segmentOnly = () => { for (const d of docs) segment.run(d, ctx); };
  const repeat = Number(process.env.EXTRACT_BENCH_REPEAT ?? 5);
  // The two passes are timed in alternation and their medians compared: on a shared machine the
  // speed drifts between minutes, and alternation exposes both timings to the same drift.
  const time = (fn) => { const t0 = performance.now(); fn(); return performance.now() - t0; };
  plain(); full();
  const plains = [], fulls = [], segments = [];
  for (let r = 0; r < repeat; r++) { plains.push(time(plain)); segments.push(time(segmentOnly)); fulls.push(time(full)); }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const tPlain = median(plains), tFull = median(fulls), tSegment = median(segments);
  const segmented = docs.map((d) => segment.run(d, ctx));
  const tExtract = timeIt(() => { for (const d of segmented) resolve.run(entities.run(d, ctx), ctx); }, { repeat });
  console.log(`entities: ${docs.length} documents, ${(chars / 1024).toFixed(1)} KB`);
  console.log(`entities: plain compromise pass ${tPlain.toFixed(1)} ms; segment ${tSegment.toFixed(1)} ms; segment + entities + resolve ${tFull.toFixed(1)} ms (entities + resolve alone ${tExtract.toFixed(1)} ms)`);
  // The extraction's own share is reported too: it does not depend on how compromise's two
  // timings drift.
  console.log(`entities: whole segment + entities + resolve against the plain pass ${(tFull / tPlain).toFixed(2)}x; segment alone ${(tSegment / tPlain).toFixed(2)}x`);
  console.log(`entities: ratio to a plain compromise pass ${((tPlain + tExtract) / tPlain).toFixed(2)}x (target <= 1.20x): the compromise pass plus entities + resolve`);
}
