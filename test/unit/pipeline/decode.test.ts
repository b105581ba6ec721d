import { describe, expect, it } from "vitest";
import { declaredCharset, decode, decodeBytes } from "../../../src/pipeline/decode.js";
import { sniffFormat } from "../../../src/pipeline/sniff.js";
import { newDoc } from "../../../src/pipeline/doc.js";
import { contextFrom } from "../../../src/index.js";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("decodeBytes", () => {
  it("follows a byte order mark and drops it", () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69), false)).toEqual({ text: "hi", encoding: "utf-8" });
    expect(decodeBytes(bytes(0xff, 0xfe, 0x68, 0x00, 0x69, 0x00), false)).toEqual({ text: "hi", encoding: "utf-16le" });
  });

  it("reads valid UTF-8 as UTF-8", () => {
    expect(decodeBytes(new TextEncoder().encode("Søren – “ok”"), false).text).toBe("Søren – “ok”");
  });

  it("falls back to windows-1252 when the bytes are not UTF-8", () => {
    expect(decodeBytes(bytes(0x93, 0x53, 0xf8, 0x72, 0x65, 0x6e, 0x94), false)).toEqual({ text: "“Søren”", encoding: "windows-1252" });
  });

  it("follows the charset an HTML page declares", () => {
    const page = new Uint8Array([...new TextEncoder().encode('<meta charset="shift_jis"><p>'), 0x93, 0xfa, 0x96, 0x7b]);
    expect(decodeBytes(page, true).text).toContain("日本");
  });
});

describe("declaredCharset", () => {
  it("reads <meta charset>, http-equiv and the XML declaration", () => {
    expect(declaredCharset('<meta charset="ISO-8859-1">')).toBe("windows-1252");
    expect(declaredCharset('<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">')).toBe("euc-kr");
    expect(declaredCharset('<?xml version="1.0" encoding="windows-1250"?><html>')).toBe("windows-1250");
  });

  it("ignores labels Node does not know", () => {
    expect(declaredCharset('<meta charset="klingon">')).toBeNull();
  });
});

describe("sniffFormat", () => {
  it("recognises pages by their start or by their markup", () => {
    expect(sniffFormat("<!DOCTYPE html><html>")).toBe("html");
    expect(sniffFormat("\n  <html lang=en>")).toBe("html");
    expect(sniffFormat("<div><p>a</p><p>b</p><br></div>")).toBe("html");
  });

  it("recognises a page that starts with a long style sheet, a head element or a comment", () => {
    expect(sniffFormat(`<style>\n${".grid { gap: 10px; }\n".repeat(300)}`.slice(0, 4096))).toBe("html");
    expect(sniffFormat(`<meta property="og:image" content="a.jpg">${"x".repeat(4000)}`)).toBe("html");
    expect(sniffFormat("<!-- BEGIN head --><!DOCTYPE html>")).toBe("html");
  });

  it("keeps text that only quotes a tag or two as text", () => {
    expect(sniffFormat("Use the <p> element for paragraphs.\nThat is all.")).toBe("text");
  });
});

describe("the decode stage", () => {
  const input = (text: string): string => decode.run(newDoc(new TextEncoder().encode(text), null, ""), contextFrom({})).input;

  it("turns CRLF and lone CR into line feeds, vertical tabs and form feeds into line breaks, other controls into spaces", () => {
    expect(input("a\r\nb\rc\r\r\nd\ve\ff\u0000g\u0085h\u001bi")).toBe("a\nb\nc\n\nd\ne\nf g h i");
  });

  it("leaves a text without control characters as it is", () => {
    expect(input("Paris, London\n\ttab")).toBe("Paris, London\n\ttab");
  });
});
