// Builders of the archives the input tests read, written into a temporary folder by each test:
// no binary fixture is committed, and each file says in code what it holds.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateRawSync, gzipSync } from "node:zlib";
import tar from "tar-stream";

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `extract-${prefix}-`));

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export async function tarOf(files: Record<string, string | Uint8Array>): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => pack.on("end", resolve));
  for (const [name, content] of Object.entries(files)) pack.entry({ name }, Buffer.from(content));
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

export interface ZipMember {
  readonly name: string;
  readonly content: string | Uint8Array;
  /** Replace the compressed data with bytes inflate refuses (a corrupt member). */
  readonly corrupt?: boolean;
}

/** A zip archive (deflate), written by hand: local headers, data, central directory, end record. */
export function zipOf(members: readonly ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const data = Buffer.from(m.content);
    let packed = deflateRawSync(data);
    if (m.corrupt) packed = Buffer.alloc(packed.length, 0xff);
    const name = Buffer.from(m.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

export interface WarcRecord {
  readonly type: "warcinfo" | "request" | "response" | "conversion" | "metadata";
  readonly uri?: string;
  readonly date?: string;
  readonly id?: string;
  /** For a response: the HTTP message (status line, headers, body); else the block itself. */
  readonly block: string | Uint8Array;
}

export function warcRecord(r: WarcRecord): Buffer {
  const block = Buffer.from(r.block);
  const contentType = r.type === "response" ? "application/http; msgtype=response" : r.type === "request" ? "application/http; msgtype=request" : "text/plain";
  const headers = [
    "WARC/1.0",
    `WARC-Type: ${r.type}`,
    `WARC-Record-ID: <${r.id ?? "urn:uuid:00000000-0000-0000-0000-000000000000"}>`,
    `WARC-Date: ${r.date ?? "2026-03-02T10:00:00Z"}`,
    ...(r.uri ? [`WARC-Target-URI: ${r.uri}`] : []),
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(`${headers.join("\r\n")}\r\n\r\n`), block, Buffer.from("\r\n\r\n")]);
}

export const httpResponse = (contentType: string, body: string | Uint8Array, status = "200 OK"): Buffer =>
  Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.from(body).length}\r\n\r\n`), Buffer.from(body)]);

/** A WARC.gz as crawlers write it: each record gzipped on its own, the members concatenated. */
export const warcGz = (records: readonly WarcRecord[]): Buffer => Buffer.concat(records.map((r) => gzipSync(warcRecord(r))));
