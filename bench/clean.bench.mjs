// Cleaning alone (sniff, decode, clean) on HTML pages, one core, one process: the speed target is
// 100 pages/s. Set EXTRACT_BENCH_HTML to a folder of pages to measure on real ones; otherwise the
// HTML fixtures are used.
import { htmlPages, timeIt } from "./util.mjs";

export async function run() {
  const { contextFrom } = await import("../dist/index.js");
  const { newDoc } = await import("../dist/pipeline/doc.js");
  const { sniff } = await import("../dist/pipeline/sniff.js");
  const { decode } = await import("../dist/pipeline/decode.js");
  const { clean } = await import("../dist/pipeline/clean/index.js");
  const ctx = contextFrom({});
  const pages = htmlPages().map((text) => new TextEncoder().encode(text));
  if (!pages.length) {
    console.log("clean: no HTML pages to measure");
    return;
  }
  const bytes = pages.reduce((n, p) => n + p.byteLength, 0);
  const once = () => {
    for (const raw of pages) {
      let doc = newDoc(raw, null, "");
      for (const stage of [sniff, decode, clean]) doc = stage.run(doc, ctx);
    }
  };
  const ms = timeIt(once, { repeat: 3 });
  // CPU time of this process as well: on a shared machine the wall clock also counts other work.
  once();
  const cpu0 = process.cpuUsage();
  once();
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const rate = (n) => (pages.length / (n / 1000)).toFixed(0);
  console.log(`clean: ${pages.length} HTML pages, ${(bytes / 1024 / 1024).toFixed(1)} MB: ${ms.toFixed(0)} ms wall = ${rate(ms)} pages/s; ${cpuMs.toFixed(0)} ms CPU = ${rate(cpuMs)} pages/s per core`);
}
