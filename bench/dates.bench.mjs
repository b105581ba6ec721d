// The date stage on a 4 KB and a 400 KB article made of fixture paragraphs: the time must grow
// linearly (about 100x for 100x the text), which holds because chrono reads one paragraph at a time.
import { fixtureInputs, timeIt } from "./util.mjs";

/** Paragraphs of the fixture articles, repeated until the text reaches `bytes`. */
function articleOf(paragraphs, bytes) {
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    size += p.length + 2;
  }
  return out.join("\n\n");
}

export async function run() {
  const { contextFrom } = await import("../dist/index.js");
  const { newDoc } = await import("../dist/pipeline/doc.js");
  const { segment } = await import("../dist/pipeline/segment.js");
  const { dates } = await import("../dist/pipeline/extract/dates/index.js");
  const ctx = contextFrom({ referenceDate: "2026-02-01" });
  const paragraphs = fixtureInputs()
    .filter((x) => x.path.endsWith(".txt"))
    .flatMap((x) => x.text.split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length > 80);
  const prepared = (bytes) => {
    const text = articleOf(paragraphs, bytes);
    return segment.run({ ...newDoc(new Uint8Array(), null, ""), text }, ctx);
  };
  const small = prepared(4 * 1024);
  const large = prepared(400 * 1024);
  const smallMs = timeIt(() => dates.run(small, ctx), { repeat: 21, warmup: 3 });
  const largeMs = timeIt(() => dates.run(large, ctx), { repeat: 3, warmup: 1 });
  const found = dates.run(large, ctx).dates.length;
  console.log(`dates: 4 KB in ${smallMs.toFixed(2)} ms, 400 KB in ${largeMs.toFixed(1)} ms (${found} dates) = ${(largeMs / smallMs).toFixed(0)}x for 100x the text`);
}
