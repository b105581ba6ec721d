// Unit tests of the input layer's pure parts: the sniffer, globs, line splitting, sizes.
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseSize } from "../../src/cli/options.js";
import { withDeclaredCharset } from "../../src/inputs/charset.js";
import { compileGlob } from "../../src/inputs/glob.js";
import { dayOf } from "../../src/inputs/ndjson.js";
import { sniffKind } from "../../src/inputs/sniff.js";
import { peek, splitLines } from "../../src/inputs/streams.js";
import { tarOf, warcRecord, zipOf } from "./make.js";

const bytes = (s: string): Uint8Array => Buffer.from(s, "latin1");

describe("sniffKind", () => {
  it("tells archives by their magic bytes", async () => {
    expect(sniffKind(gzipSync("x"))).toBe("gzip");
    expect(sniffKind(zipOf([{ name: "a.txt", content: "x" }]))).toBe("zip");
    expect(sniffKind(await tarOf({ "a.txt": "x" }))).toBe("tar");
    expect(sniffKind(warcRecord({ type: "warcinfo", block: "x" }))).toBe("warc");
  });

  it("names compressions it does not read", () => {
    expect(sniffKind(bytes("BZh91AY&SY"))).toBe("unsupported");
    expect(sniffKind(Uint8Array.of(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1))).toBe("unsupported");
    expect(sniffKind(Uint8Array.of(0x28, 0xb5, 0x2f, 0xfd, 1))).toBe("unsupported");
  });

  it("takes NDJSON only when the first line is an object with text or html", () => {
    expect(sniffKind(bytes('{"id":1,"text":"Hello."}\n{"text":"x"}\n'))).toBe("ndjson");
    expect(sniffKind(bytes('\n  {"html":"<p>x</p>"}\n'))).toBe("ndjson");
    expect(sniffKind(bytes('{"name":"package"}\n'))).toBe("article");
    expect(sniffKind(bytes('{\n  "text": "pretty-printed"\n}\n'))).toBe("article");
    expect(sniffKind(bytes('{"text":"no newline yet'))).toBe("article");
  });

  it("leaves text and HTML to the pipeline, whatever they look like", () => {
    expect(sniffKind(bytes("<!doctype html><html><body>WARC/1.0</body></html>"))).toBe("article");
    expect(sniffKind(bytes("PK is how the paper began.\n"))).toBe("article");
    expect(sniffKind(new Uint8Array())).toBe("article");
  });
});

describe("compileGlob", () => {
  it("matches base names at any depth without a slash, whole relative paths with one", () => {
    expect(compileGlob("*.html").matches("a/b/page.html")).toBe(true);
    expect(compileGlob("*.html").matches("a/page.htm")).toBe(false);
    expect(compileGlob("drafts").matches("x/drafts")).toBe(true);
    expect(compileGlob("2024/*.txt").matches("2024/a.txt")).toBe(true);
    expect(compileGlob("2024/*.txt").matches("2024/05/a.txt")).toBe(false);
    expect(compileGlob("2024/**/*.txt").matches("2024/05/a.txt")).toBe(true);
    expect(compileGlob("2024/**/*.txt").matches("2024/a.txt")).toBe(true);
    expect(compileGlob("*.{htm,html}").matches("a.htm")).toBe(true);
    expect(compileGlob("[ab].txt").matches("b.txt")).toBe(true);
    expect(compileGlob("[!ab].txt").matches("b.txt")).toBe(false);
    expect(compileGlob("a+b(1).txt").matches("a+b(1).txt")).toBe(true);
  });
});

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("splitLines", () => {
  it("splits across chunks, numbers lines and skips over-long ones without keeping them", async () => {
    const chunks = [Buffer.from("ab\ncd"), Buffer.from("ef\n"), Buffer.from("x".repeat(50)), Buffer.from("\nlast")];
    const got = await collect(splitLines(Readable.from(chunks), 0x0a, 10));
    expect(got.map((l) => ("tooLong" in l ? [l.number, "too long"] : [l.number, Buffer.from(l.bytes).toString()]))).toEqual([
      [1, "ab"], [2, "cdef"], [3, "too long"], [4, "last"],
    ]);
  });

  it("splits on NUL", async () => {
    const got = await collect(splitLines(Readable.from([Buffer.from("a\nb\0c\0")]), 0, 100));
    expect(got.map((l) => ("bytes" in l ? Buffer.from(l.bytes).toString() : null))).toEqual(["a\nb", "c"]);
  });
});

describe("peek", () => {
  it("returns the head and a stream that still starts with it", async () => {
    const { head, all } = await peek(Readable.from([Buffer.from("abc"), Buffer.from("def"), Buffer.from("ghi")]), 4);
    expect(Buffer.from(head).toString()).toBe("abcd");
    expect(Buffer.concat(await collect(all)).toString()).toBe("abcdefghi");
  });
});

describe("sizes, dates and charsets", () => {
  it("reads sizes with units", () => {
    expect(parseSize("--max-bytes", "20MB")).toBe(20 * 1024 * 1024);
    expect(parseSize("--max-bytes", "512k")).toBe(512 * 1024);
    expect(parseSize("--max-bytes", "1000")).toBe(1000);
    expect(() => parseSize("--max-bytes", "lots")).toThrow(/--max-bytes/);
  });

  it("takes the day of an ISO or RFC date", () => {
    expect(dayOf("2026-03-02T23:59:59Z")).toBe("2026-03-02");
    expect(dayOf("Mon, 02 Mar 2026 10:00:00 GMT")).toBe("2026-03-02");
    expect(dayOf("soon")).toBeNull();
  });

  it("turns a declared legacy charset into UTF-8 behind a BOM, and leaves UTF-8 alone", () => {
    const latin = Uint8Array.of(0x63, 0x61, 0x66, 0xe9);
    expect(Buffer.from(withDeclaredCharset(latin, "text/html; charset=iso-8859-1")).toString("utf8")).toBe("\ufeffcafé");
    expect(withDeclaredCharset(latin, "text/html")).toBe(latin);
    expect(withDeclaredCharset(latin, "text/html; charset=UTF-8")).toBe(latin);
  });
});
