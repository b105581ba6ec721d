// The input layer: every input named on the command line or in a list becomes records, in input
// order. What an input is (an article, gzip, tar, zip, WARC, NDJSON) is told by its bytes.
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { errorRecord } from "./errors.js";
import { expandPath } from "./files.js";
import { compileGlob } from "./glob.js";
import { gunzip } from "./gzip.js";
import { readNdjson } from "./ndjson.js";
import { SNIFF_BYTES, sniffKind, unsupportedFormat } from "./sniff.js";
import { formatBytes, peek, readLimited, splitLines, tooLarge, type Bytes } from "./streams.js";
import { fetchUrl, hostOf, isUrl } from "./url.js";
import { InputFailure, type InputOptions, type InputRecord, type SourceRef } from "./types.js";

// The archive readers and their libraries (tar-stream, yauzl, warcio with pako: most of this
// layer's code) load when an archive is met, not to read a plain article.
const readZip = async function* (...args: Parameters<typeof import("./zip.js").readZip>): AsyncGenerator<InputRecord> {
  yield* (await import("./zip.js")).readZip(...args);
};
const readTar = async function* (...args: Parameters<typeof import("./tar.js").readTar>): AsyncGenerator<InputRecord> {
  yield* (await import("./tar.js")).readTar(...args);
};
const readWarc = async function* (...args: Parameters<typeof import("./warc.js").readWarc>): AsyncGenerator<InputRecord> {
  yield* (await import("./warc.js")).readWarc(...args);
};

export type { InputOptions, InputRecord, SourceRef } from "./types.js";
export { DEFAULT_LIMITS } from "./types.js";
export { countInputs } from "./count.js";

type Spec = { readonly kind: "path"; readonly path: string } | { readonly kind: "stdin" } | { readonly kind: "url"; readonly url: string } | InputRecord;

/** URLs fetched ahead of the one being printed, at most this many. */
const LOOKAHEAD = 16;

interface Where {
  /** The file itself, when the bytes are a file's (a zip is read from it directly). */
  readonly file: string | null;
  /** Its size when known: an article larger than --max-bytes is refused before reading it. */
  readonly size: number | null;
  /** A walked file without an article extension: read only if it is an archive or NDJSON. */
  readonly sniffOnly: boolean;
}

class Reader {
  private stdinTaken = false;

  /** `stdin` is asked for only when an input is stdin (making node's stdin stream costs a cold start). */
  constructor(private readonly options: InputOptions, private readonly stdin: () => Readable) {}

  takeStdin(what: string): Readable | InputRecord {
    if (this.stdinTaken) return { kind: "error", source: { path: null }, code: "unreadable", message: `stdin was already read (${what})` };
    this.stdinTaken = true;
    return this.stdin();
  }

  /** The bytes of one input, by what they are. `source` describes the input as a whole. */
  async *fromBytes(stream: Bytes, source: SourceRef, where: Where, depth = 0): AsyncGenerator<InputRecord> {
    let sniffed: { head: Uint8Array; all: Bytes };
    try {
      sniffed = await peek(stream, SNIFF_BYTES);
    } catch (err) {
      yield errorRecord(source, err);
      return;
    }
    const { head, all } = sniffed;
    try {
      const kind = sniffKind(head);
      if (where.sniffOnly && (kind === "article" || kind === "unsupported")) return;
      const limits = this.options;
      if (kind === "gzip" && depth === 0) {
        yield* this.fromBytes(gunzip(all, limits), source, { file: null, size: null, sniffOnly: false }, depth + 1);
      } else if (kind === "zip") {
        yield* where.file ? readZip(where.file, source, limits) : this.spooledZip(all, source);
      } else if (kind === "tar") {
        yield* readTar(all, source, limits);
      } else if (kind === "warc") {
        yield* readWarc(all, source, limits);
      } else if (kind === "ndjson" || this.options.inputFormat === "ndjson") {
        yield* readNdjson(all, source, limits);
      } else if (kind === "unsupported") {
        yield { kind: "error", source, code: "binary", message: `${unsupportedFormat(head)}-compressed data is not read: decompress it first` };
      } else if (where.size !== null && where.size > limits.maxBytes) {
        yield errorRecord(source, tooLarge(limits.maxBytes));
      } else {
        yield { kind: "input", source, bytes: await readLimited(all, limits.maxBytes) };
      }
    } catch (err) {
      yield errorRecord(source, err);
    }
  }

  /** yauzl needs to seek: a zip that is not a file of its own is copied to a temporary one first. */
  async *spooledZip(stream: Bytes, source: SourceRef): AsyncGenerator<InputRecord> {
    const dir = await mkdtemp(join(tmpdir(), "extract-zip-"));
    try {
      const file = join(dir, "input.zip");
      let written = 0;
      const max = this.options.maxExpandedBytes;
      async function* capped(): AsyncGenerator<Uint8Array> {
        for await (const chunk of stream) {
          written += chunk.length;
          if (written > max) throw new InputFailure("archive-limit", `the zip archive is larger than ${formatBytes(max)} (--max-expanded-bytes)`);
          yield chunk;
        }
      }
      await pipeline(capped(), createWriteStream(file));
      yield* readZip(file, source, this.options);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async *fromFile(path: string, sniffOnly: boolean): AsyncGenerator<InputRecord> {
    let size: number | null = null;
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR", syscall: "stat" });
      size = info.isFile() ? info.size : null;
      await new Promise<void>((resolve, reject) => {
        // Open errors (permission, a file gone since the walk) surface here, not mid-stream.
        const probe = createReadStream(path, { start: 0, end: 0 });
        probe.once("open", () => (probe.destroy(), resolve())).once("error", reject);
      });
    } catch (err) {
      yield errorRecord({ path }, err);
      return;
    }
    const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
    try {
      yield* this.fromBytes(stream, { path }, { file: size === null ? null : path, size, sniffOnly });
    } finally {
      stream.destroy();
    }
  }

  async *fromSpec(spec: Spec): AsyncGenerator<InputRecord> {
    if (spec.kind === "input" || spec.kind === "error") {
      yield spec;
    } else if (spec.kind === "stdin") {
      const stdin = this.takeStdin("more than one input is stdin");
      if (!("read" in stdin)) yield stdin;
      else if (await isDirectoryFd(stdin)) yield { kind: "error", source: { path: null }, code: "is-directory", message: "stdin is a directory" };
      else yield* this.fromBytes(stdin as AsyncIterable<Uint8Array>, { path: null }, { file: null, size: null, sniffOnly: false });
    } else if (spec.kind === "path") {
      const filter = { include: this.options.include.map(compileGlob), exclude: this.options.exclude.map(compileGlob) };
      for await (const item of expandPath(spec.path, filter)) {
        if (item.kind === "file") yield* this.fromFile(item.path, item.sniffOnly);
        else yield item;
      }
    }
  }
}

/** `extract < folder`: the shell opens a directory as stdin, and reading it gives nothing useful. */
async function isDirectoryFd(stream: Readable): Promise<boolean> {
  const fd = (stream as Readable & { fd?: unknown }).fd;
  if (typeof fd !== "number") return false;
  const { fstat } = await import("node:fs");
  return new Promise((resolve) => fstat(fd, (err, info) => resolve(!err && info.isDirectory())));
}

/** The entries of a list file (--files-from, --urls-from), "-" being stdin. */
async function* listEntries(reader: Reader, list: string, separator: number, what: string): AsyncGenerator<string | InputRecord> {
  let stream: Bytes;
  if (list === "-") {
    const stdin = reader.takeStdin(what);
    if (!("read" in stdin)) {
      yield stdin;
      return;
    }
    stream = stdin as AsyncIterable<Uint8Array>;
  } else {
    stream = createReadStream(list);
  }
  const decoder = new TextDecoder();
  try {
    for await (const line of splitLines(stream, separator, 64 * 1024)) {
      if ("tooLong" in line) {
        yield { kind: "error", source: { path: list, line: line.number }, code: "bad-record", message: `${what}: the line is longer than 64 KB` };
        continue;
      }
      const entry = separator === 0 ? decoder.decode(line.bytes) : decoder.decode(line.bytes).replace(/\r$/, "");
      if (entry.trim() === "") continue;
      yield entry;
    }
  } catch (err) {
    yield errorRecord({ path: list === "-" ? null : list }, err);
  }
}

async function* allSpecs(specs: readonly string[], options: InputOptions, reader: Reader): AsyncGenerator<Spec> {
  const toSpec = (s: string): Spec => (s === "-" ? { kind: "stdin" } : isUrl(s) ? { kind: "url", url: s } : { kind: "path", path: s });
  if (specs.length === 0 && !options.filesFrom && !options.urlsFrom) yield { kind: "stdin" };
  for (const s of specs) yield toSpec(s);
  if (options.filesFrom) {
    for await (const e of listEntries(reader, options.filesFrom, options.nulSeparated ? 0 : 0x0a, "--files-from")) {
      yield typeof e === "string" ? toSpec(e) : e;
    }
  }
  if (options.urlsFrom) {
    for await (const e of listEntries(reader, options.urlsFrom, 0x0a, "--urls-from")) {
      if (typeof e !== "string") yield e;
      else if (e.trimStart().startsWith("#")) continue;
      else if (isUrl(e.trim())) yield { kind: "url", url: e.trim() };
      else yield { kind: "error", source: { path: null, url: e.trim() }, code: "fetch-failed", message: "not an http(s) URL" };
    }
  }
}

interface Pending {
  readonly spec: Spec;
  result?: Promise<InputRecord>;
}

/**
 * Every record of every input, in input order. URLs are fetched ahead (a few per host, more
 * overall) while earlier inputs are read, and still come out in their place.
 */
export async function* readInputs(specs: readonly string[], options: InputOptions, stdin: () => Readable): AsyncGenerator<InputRecord> {
  const reader = new Reader(options, stdin);
  const source = allSpecs(specs, options, reader)[Symbol.asyncIterator]();
  const queue: Pending[] = [];
  const inFlight = new Map<string, number>();
  let running = 0;
  let exhausted = false;
  const start = (p: Pending & { spec: { kind: "url"; url: string } }): void => {
    const host = hostOf(p.spec.url);
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    running++;
    p.result = fetchUrl(p.spec.url, options.fetch, options).finally(() => {
      inFlight.set(host, inFlight.get(host)! - 1);
      running--;
    });
  };
  for (;;) {
    // Look ahead only when the next input is a URL: reading files needs no head start.
    while (!exhausted && queue.length < LOOKAHEAD && (queue.length === 0 || queue[queue.length - 1]!.spec.kind === "url")) {
      const next = await source.next();
      if (next.done) exhausted = true;
      else queue.push({ spec: next.value });
    }
    for (const p of queue) {
      if (p.spec.kind !== "url" || p.result) continue;
      if (running >= options.fetch.concurrency) break;
      if ((inFlight.get(hostOf(p.spec.url)) ?? 0) < options.fetch.perHost) start(p as Pending & { spec: { kind: "url"; url: string } });
    }
    const head = queue.shift();
    if (!head) return;
    if (head.spec.kind === "url") {
      if (!head.result) start(head as Pending & { spec: { kind: "url"; url: string } });
      yield await head.result!;
    } else {
      yield* reader.fromSpec(head.spec);
    }
  }
}
