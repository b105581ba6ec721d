// Streaming a large WARC.gz: generates one under the system's temp folder and reports the peak RSS
// and time of `extract --ndjson` over it. The file is built like a crawl's: per captured page a
// request, an HTML response (a ~5 KB article), an image response (incompressible bytes, skipped
// by extract) and a metadata record, each record gzipped on its own.
// EXTRACT_BENCH_WARC_MB sets the compressed size (default 16; 1024 for the 1 GB acceptance run).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./util.mjs";

const PEOPLE = ["Angela Merkel", "Joe Biden", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Pedro Sanchez", "Rishi Sunak", "Fumio Kishida"];
const PLACES = ["Berlin", "Washington", "Paris", "Rome", "Madrid", "London", "Tokyo", "Brussels", "Geneva", "Ottawa"];
const ORGS = ["the European Union", "NATO", "the United Nations", "the World Bank", "Siemens", "Toyota Motor Corp"];
const VERBS = ["said", "told reporters", "added", "warned"];

function article(i) {
  const pick = (xs, k) => xs[(i * 7 + k * 13) % xs.length];
  const sentences = [];
  for (let k = 0; k < 40; k++) {
    sentences.push(`${pick(PEOPLE, k)} met officials of ${pick(ORGS, k + 1)} in ${pick(PLACES, k + 2)} on ${["Monday", "Tuesday", "Friday"][k % 3]} to discuss item ${i}-${k} of the trade talks.`);
    if (k % 5 === 0) sentences.push(`"We agreed to keep working on it," ${pick(PEOPLE, k + 3)} ${pick(VERBS, k)}.`);
  }
  return `<!doctype html><html><head><title>Talks ${i} in ${pick(PLACES, 0)}</title></head><body><article><h1>Talks ${i}</h1>${sentences.map((s) => `<p>${s}</p>`).join("")}</article></body></html>`;
}

function record(type, uri, block, contentType) {
  const head = [
    "WARC/1.0", `WARC-Type: ${type}`, `WARC-Record-ID: <urn:uuid:${randomBytes(16).toString("hex")}>`,
    "WARC-Date: 2026-03-02T10:00:00Z", `WARC-Target-URI: ${uri}`, `Content-Type: ${contentType}`, `Content-Length: ${block.length}`,
  ].join("\r\n");
  return gzipSync(Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from("\r\n\r\n")]), { level: 1 });
}

const http = (type, body) => Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n\r\n`), body]);

function generate(path, targetBytes) {
  const fd = openSync(path, "w");
  let written = 0;
  let pages = 0;
  try {
    while (written < targetBytes) {
      const uri = `https://news.example/${pages}`;
      for (const chunk of [
        record("request", uri, Buffer.from(`GET /${pages} HTTP/1.1\r\nHost: news.example\r\n\r\n`), "application/http; msgtype=request"),
        record("response", uri, http("text/html; charset=utf-8", Buffer.from(article(pages))), "application/http; msgtype=response"),
        record("response", `${uri}/photo.jpg`, http("image/jpeg", randomBytes(1024 * 1024)), "application/http; msgtype=response"),
        record("metadata", uri, Buffer.from(`fetchTimeMs: ${pages % 900}\r\n`), "application/warc-fields"),
      ]) {
        writeSync(fd, chunk);
        written += chunk.length;
      }
      pages++;
    }
  } finally {
    closeSync(fd);
  }
  return pages;
}

/** Peak RSS (from /usr/bin/time), wall and CPU seconds, and the lines printed, of one run. */
function measure(args) {
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-f", "%M %e %U %S", join(ROOT, "bin/extract"), ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let lines = 0;
    let stderr = "";
    child.stdout.on("data", (c) => { for (const b of c) if (b === 10) lines++; });
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", () => {
      const m = /(\d+) ([\d.]+) ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
      if (!m) return reject(new Error(`no timing from /usr/bin/time: ${stderr.slice(-500)}`));
      resolve({ rssMb: Number(m[1]) / 1024, wall: Number(m[2]), cpu: Number(m[3]) + Number(m[4]), lines });
    });
  });
}

export async function run() {
  const mb = Number(process.env.EXTRACT_BENCH_WARC_MB ?? 16);
  const dir = mkdtempSync(join(tmpdir(), "extract-bench-warc-"));
  try {
    const path = join(dir, "crawl.warc.gz");
    const pages = generate(path, mb * 1024 * 1024);
    const size = statSync(path).size / 1024 / 1024;
    const r = await measure(["--ndjson", path]);
    console.log(`warc: ${size.toFixed(0)} MB WARC.gz, ${pages} pages (${pages * 4} records): ${r.lines} records out in ${r.wall.toFixed(1)} s (${r.cpu.toFixed(1)} s CPU), peak RSS ${r.rssMb.toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
