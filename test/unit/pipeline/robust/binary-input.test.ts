// What is not text gets an error code, whatever --format says; text in an unexpected encoding or
// full of control characters is read, never a crash.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { extract } from "../../../../src/index.js";
import { signatureOf, utf16Order } from "../../../../src/pipeline/sniff.js";
import { runBin } from "../../../helpers/run-bin.js";

const ARTICLE = "Angela Merkel met Boris Johnson in Berlin on Monday. \u201cWe agreed on a plan,\u201d Merkel said.\n\n";
const bytes = (...xs: Array<number | string>) => new Uint8Array(xs.flatMap((x) => (typeof x === "string" ? [...Buffer.from(x, "latin1")] : [x])));

async function failure(input: Uint8Array | string, format: "auto" | "text" | "html" = "auto") {
  const r = await extract(input, { format });
  return r.ok ? null : { code: r.code, message: r.message };
}

describe("binary files", () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ["PDF", bytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"), "a PDF document"],
    ["PNG", bytes(0x89, "PNG\r\n", 0x1a, "\n", 0, 0, 0, 13, "IHDR"), "a PNG image"],
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, "JFIF"), "a JPEG image"],
    ["gzip", new Uint8Array(gzipSync(ARTICLE)), "gzip-compressed data"],
    ["zip", bytes("PK", 3, 4, 20, 0, "article.txt"), "a zip archive"],
    ["ELF", bytes(0x7f, "ELF", 2, 1, 1), "an executable"],
  ];
  for (const [name, input, kind] of cases) {
    it(`refuses ${name} as binary, also with --format text or html`, async () => {
      for (const format of ["auto", "text", "html"] as const) {
        expect(await failure(input, format)).toEqual({ code: "binary", message: `the input is ${kind}, not text or HTML` });
      }
    });
  }

  it("refuses bytes made of control characters", async () => {
    const noise = new Uint8Array(4096).map((_, i) => 1 + ((i * 7919) % 31));
    expect((await failure(noise))?.code).toBe("binary");
  });

  it("refuses text with NUL bytes at its start", async () => {
    expect((await failure("Paris\0London\0".repeat(10_000)))?.code).toBe("binary");
  });

  it("does not take text that starts like a signature for a file", () => {
    expect(signatureOf(new TextEncoder().encode("BZh, the town, was quiet."))).toBeNull();
    expect(signatureOf(new TextEncoder().encode("PK said it would sign."))).toBeNull();
  });
});

describe("text that is not plain UTF-8", () => {
  it("reads UTF-16 without a byte order mark", async () => {
    for (const order of ["utf-16le", "utf-16be"] as const) {
      const le = Buffer.from(ARTICLE, "utf16le");
      const input = order === "utf-16le" ? le : Buffer.from(le).swap16();
      expect(utf16Order(input)).toBe(order);
      const r = await extract(new Uint8Array(input));
      expect(r.ok && r.article.people.map((p) => p.name)).toEqual(["Angela Merkel", "Boris Johnson"]);
    }
  });

  it("reads windows-1252 bytes", async () => {
    const r = await extract(bytes(0x93, "Wir haben es geschafft", 0x94, ", sagte Angela Merkel in Z", 0xfc, "rich."));
    expect(r.ok && r.article.text).toContain("Zürich");
  });

  it("reads NUL and other control characters after the start as spaces", async () => {
    const r = await extract(`${ARTICLE.repeat(60)}${"Paris\0London\u0001".repeat(2000)}`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(r.article.places.map((p) => p.name)).toContain("Berlin");
    // The names once separated by NUL are words now; a run of them is cut into names of at most 12 words.
    for (const e of [...r.article.places, ...r.article.organizations, ...r.article.people]) expect(e.name.split(" ").length).toBeLessThanOrEqual(12);
  });
});

describe("empty input", () => {
  it("gives empty for no bytes and for white space only", async () => {
    expect((await failure(""))?.code).toBe("empty");
    expect((await failure(" \n\t\r\n "))?.code).toBe("empty");
    expect((await failure("<html><body>  </body></html>", "html"))).not.toEqual(expect.objectContaining({ code: "internal" }));
  });
});

describe("through the binary", () => {
  it("prints an error record with its code for each refused input, and exits 1", async () => {
    // A gzip is a container that the input layer opens; a PDF is what reaches the pipeline as binary.
    const r = await runBin(["--ndjson", "--format", "text", "-"], { stdin: new TextEncoder().encode(`%PDF-1.7\n${ARTICLE}`) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ source: { path: null }, error: { code: "binary", message: "the input is a PDF document, not text or HTML" } });
  });
});
