// Archives through the real binary: tar, tar.gz, zip, gzip of one file, WARC.gz and WET; broken
// and hostile ones (truncated gzip, a corrupt member in the middle, bombs, member limits).
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { lines, runBin } from "../helpers/run-bin.js";
import { httpResponse, tarOf, tempDir, warcGz, warcRecord, write, zipOf } from "./make.js";

type Rec = { source: Record<string, unknown>; error?: { code: string; message: string }; text?: string; dates?: { value: string | null }[]; source_format?: string };

const ARTICLE_A = "Angela Merkel visited Berlin on Monday, officials said.\n";
const ARTICLE_B = "<html><head><title>Vote</title></head><body><article><p>Joe Biden spoke in Washington on Friday.</p></article></body></html>";
const ARTICLE_C = "Emmanuel Macron met farmers in Lyon.\n";
/** Text that gzip cannot shrink much, so that a cut in the compressed file falls inside it. */
const noise = (n: number): string => randomBytes(n).toString("base64");

let dir: string;
beforeAll(async () => {
  dir = tempDir("archives");
  const tar = await tarOf({ "a.txt": ARTICLE_A, "sub/b.html": ARTICLE_B, "c.txt": ARTICLE_C });
  write(dir, "news.tar", tar);
  write(dir, "news.tgz", gzipSync(tar));
  write(dir, "news.zip", zipOf([{ name: "a.txt", content: ARTICLE_A }, { name: "b.html", content: ARTICLE_B }]));
  write(dir, "a.txt.gz", gzipSync(ARTICLE_A));
  const big = gzipSync(await tarOf({ "1.txt": ARTICLE_A, "2.bin": randomBytes(60000), "3.txt": ARTICLE_C }));
  write(dir, "cut.tgz", big.subarray(0, Math.floor(big.length * 0.75)));
  write(dir, "cut.txt.gz", gzipSync(`${ARTICLE_A}${noise(20000)}`).subarray(0, 20000));
  write(dir, "middle.zip", zipOf([
    { name: "first.txt", content: ARTICLE_A },
    { name: "broken.txt", content: ARTICLE_C, corrupt: true },
    { name: "last.html", content: ARTICLE_B },
  ]));
  const zeros = Buffer.alloc(30 * 1024 * 1024);
  write(dir, "bomb.zip", zipOf([{ name: "zeros.txt", content: zeros }, { name: "ok.txt", content: ARTICLE_C }]));
  write(dir, "bomb.gz", gzipSync(zeros));
  write(dir, "crawl.warc.gz", warcGz([
    { type: "warcinfo", block: "software: test\r\n" },
    { type: "request", uri: "https://news.example/a", block: "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n" },
    { type: "response", uri: "https://news.example/a", id: "urn:uuid:aaaa", date: "2026-03-02T10:00:00Z", block: httpResponse("text/html; charset=utf-8", "<html><head><title>Vote</title></head><body><article><p>Joe Biden spoke in Washington on Friday.</p></article></body></html>") },
    { type: "response", uri: "https://news.example/logo.png", block: httpResponse("image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])) },
    { type: "response", uri: "https://news.example/gone", block: httpResponse("text/html", "<html><body>Not here</body></html>", "404 Not Found") },
    { type: "response", uri: "https://news.example/latin", id: "urn:uuid:bbbb", block: httpResponse("text/html; charset=iso-8859-1", Buffer.concat([Buffer.from("<html><head><meta charset=utf-8><title>Caf"), Buffer.from([0xe9]), Buffer.from("</title></head><body><article><p>Le caf\xe9 est ouvert. The mayor of Lyon, Gregory Doucet, opened the new caf\xe9 on Monday morning after two years of work.</p></article></body></html>", "latin1")])) },
  ]));
  write(dir, "crawl.wet", Buffer.concat([
    warcRecord({ type: "warcinfo", block: "software: test\r\n" }),
    warcRecord({ type: "conversion", uri: "https://news.example/c", id: "urn:uuid:cccc", date: "2026-03-02T10:00:00Z", block: "Emmanuel Macron met farmers in Lyon on Monday.\n" }),
  ]));
});

const run = (args: string[]) => runBin(["--ndjson", ...args], { cwd: dir });

describe("archives", { timeout: 240_000 }, () => {
  it("reads every member of tar, tar.gz, zip and a gzipped file, with its member name", async () => {
    const r = await run(["news.tar", "news.tgz", "news.zip", "a.txt.gz"]);
    expect(r.code).toBe(0);
    const recs = lines(r.stdout) as Rec[];
    expect(recs.map((x) => [x.source["path"], x.source["member"] ?? null, x.source["format"]])).toEqual([
      ["news.tar", "a.txt", "text"], ["news.tar", "sub/b.html", "html"], ["news.tar", "c.txt", "text"],
      ["news.tgz", "a.txt", "text"], ["news.tgz", "sub/b.html", "html"], ["news.tgz", "c.txt", "text"],
      ["news.zip", "a.txt", "text"], ["news.zip", "b.html", "html"],
      ["a.txt.gz", null, "text"],
    ]);
    expect(recs[0]!.text).toBe(ARTICLE_A.trim());
  });

  it("reads a zip and a tar.gz from stdin", async () => {
    const zip = zipOf([{ name: "a.txt", content: ARTICLE_A }]);
    const r = await runBin(["--ndjson", "-"], { stdin: zip });
    expect((lines(r.stdout) as Rec[]).map((x) => x.source)).toMatchObject([{ path: null, member: "a.txt" }]);
    const t = await runBin([], { stdin: gzipSync(await tarOf({ "x.txt": ARTICLE_C, "y.txt": ARTICLE_A })) });
    expect((lines(t.stdout) as Rec[]).map((x) => x.source["member"])).toEqual(["x.txt", "y.txt"]);
  });

  it("reports a truncated gzip and a corrupt member, and still reads everything else", async () => {
    const r = await run(["cut.tgz", "cut.txt.gz", "middle.zip", "news.zip"]);
    expect(r.code).toBe(1);
    const recs = lines(r.stdout) as Rec[];
    const summary = recs.map((x) => [x.source["path"], x.source["member"] ?? null, x.error?.code ?? "ok"]);
    expect(summary).toEqual([
      ["cut.tgz", "1.txt", "ok"], ["cut.tgz", null, "corrupt-archive"],
      ["cut.txt.gz", null, "corrupt-archive"],
      ["middle.zip", "first.txt", "ok"], ["middle.zip", "broken.txt", "corrupt-archive"], ["middle.zip", "last.html", "ok"],
      ["news.zip", "a.txt", "ok"], ["news.zip", "b.html", "ok"],
    ]);
    expect(recs[2]!.error!.message).toMatch(/truncated/);
  });

  it("stops zip and gzip bombs by their expansion ratio, and archives past the member limit", async () => {
    const r = await run(["bomb.zip", "bomb.gz"]);
    const recs = lines(r.stdout) as Rec[];
    expect(recs.map((x) => [x.source["member"] ?? null, x.error?.code ?? "ok"])).toEqual([["zeros.txt", "archive-limit"], ["ok.txt", "ok"], [null, "archive-limit"]]);
    expect(recs[0]!.error!.message).toMatch(/--max-ratio/);
    const m = await run(["--max-members", "2", "news.tar"]);
    expect((lines(m.stdout) as Rec[]).map((x) => x.error?.code ?? x.source["member"])).toEqual(["a.txt", "sub/b.html", "archive-limit"]);
    const e = await run(["--max-expanded-bytes", "1k", "news.tgz"]);
    expect((lines(e.stdout) as Rec[]).at(-1)!.error!.code).toBe("archive-limit");
  });

  it("reads the HTML responses of a WARC.gz and the conversions of a WET file, with their record fields", async () => {
    const r = await run(["crawl.warc.gz", "crawl.wet"]);
    expect(r.code).toBe(0);
    const recs = lines(r.stdout) as Rec[];
    expect(recs.map((x) => x.source)).toMatchObject([
      { path: "crawl.warc.gz", recordId: "<urn:uuid:aaaa>", targetUri: "https://news.example/a", warcDate: "2026-03-02T10:00:00Z", format: "html" },
      { path: "crawl.warc.gz", recordId: "<urn:uuid:bbbb>", targetUri: "https://news.example/latin", format: "html" },
      { path: "crawl.wet", recordId: "<urn:uuid:cccc>", targetUri: "https://news.example/c", format: "text" },
    ]);
    // The HTTP header's charset wins over the page's own (wrong) <meta charset>.
    expect(recs[1]!.text).toContain("Le café est ouvert.");
    expect(recs[1]!.text).toContain("opened the new café");
    // WARC-Date anchors "on Monday" when the page has no date of its own.
    expect(recs[2]!.dates!.map((d) => d.value)).toEqual(["2026-03-02"]);
  });
});
