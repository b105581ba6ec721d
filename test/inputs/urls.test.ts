// URL inputs against a server on 127.0.0.1 that the test starts: a page with a charset in its
// Content-Type, a redirect, a 404, a response that never comes (timeout), a redirect loop.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lines, runBin } from "../helpers/run-bin.js";
import { tempDir, write } from "./make.js";

type Rec = { source: Record<string, unknown>; error?: { code: string; message: string }; text?: string; title?: string | null };

let server: Server;
let base = "";
let closedPort = "";
const agents: string[] = [];

const PAGE = Buffer.concat([
  Buffer.from("<html><head><title>Caf"), Buffer.from([0xe9]), Buffer.from(" du Commerce</title></head><body><article><p>Le caf"),
  Buffer.from([0xe9]), Buffer.from(" ouvre \u00e0 Lyon.</p></article></body></html>", "latin1"),
]);

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    agents.push(req.headers["user-agent"] ?? "");
    if (req.url === "/page") {
      res.writeHead(200, { "content-type": "text/html; charset=ISO-8859-1" }).end(PAGE);
    } else if (req.url === "/plain") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end("Angela Merkel visited Berlin on Monday.\n");
    } else if (req.url === "/moved") {
      res.writeHead(302, { location: "/page" }).end();
    } else if (req.url === "/loop") {
      res.writeHead(301, { location: "/loop" }).end();
    } else if (req.url === "/hang") {
      // Never answers: the client's timeout must end it.
    } else {
      res.writeHead(404, { "content-type": "text/html" }).end("<html><body>Not found</body></html>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const other = createServer();
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  closedPort = String((other.address() as AddressInfo).port);
  await new Promise((resolve) => other.close(resolve));
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("URL inputs", { timeout: 240_000 }, () => {
  it("fetches pages in input order, with final URL, status and charset, and an error record for each failure", async () => {
    const dir = tempDir("urls");
    const list = write(dir, "urls.txt", `# a comment\n${base}/plain\n\n${base}/missing\n`);
    const r = await runBin(["--ndjson", "--fetch-timeout", "2", "--max-redirects", "3", `${base}/page`, `${base}/moved`, `${base}/hang`, `${base}/loop`, `http://127.0.0.1:${closedPort}/`, "--urls-from", list]);
    expect(r.code).toBe(1);
    const recs = lines(r.stdout) as Rec[];
    expect(recs.map((x) => [x.source["url"], x.source["finalUrl"] ?? null, x.source["status"] ?? null, x.error?.code ?? "ok"])).toEqual([
      [`${base}/page`, `${base}/page`, 200, "ok"],
      [`${base}/moved`, `${base}/page`, 200, "ok"],
      [`${base}/hang`, null, null, "timeout"],
      [`${base}/loop`, `${base}/loop`, 301, "fetch-failed"],
      [`http://127.0.0.1:${closedPort}/`, null, null, "fetch-failed"],
      [`${base}/plain`, `${base}/plain`, 200, "ok"],
      [`${base}/missing`, `${base}/missing`, 404, "http-status"],
    ]);
    expect(recs[0]!.title).toBe("Café du Commerce");
    expect(recs[0]!.source["path"]).toBeNull();
    expect(recs[5]!.source["format"]).toBe("text");
    expect(recs[6]!.error!.message).toBe("HTTP 404 Not Found");
    expect(new Set(agents)).toEqual(new Set([expect.stringMatching(/^extract\/\d+\.\d+\.\d+/)]));
  });

  it("refuses a page larger than --max-bytes", async () => {
    const r = await runBin(["--ndjson", "--max-bytes", "100", `${base}/page`]);
    expect((lines(r.stdout) as Rec[]).map((x) => x.error?.code)).toEqual(["too-large"]);
  });
});
