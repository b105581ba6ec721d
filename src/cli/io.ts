// The CLI's I/O: which inputs an argument list names, reading them, and writing records to a
// stream that may be a pipe closed early (`extract dir/ | head -1`).
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import type { ErrorCode } from "../schema/article.js";

/** Larger inputs are refused: no article is this long, and the whole input is held in memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export type InputItem =
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "stdin" }
  | { readonly kind: "error"; readonly path: string; readonly code: ErrorCode; readonly message: string };

export class InputReadError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

function describe(err: unknown): { code: ErrorCode; message: string } {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return { code: "not-found", message: "no such file or directory" };
  if (code === "EACCES" || code === "EPERM") return { code: "unreadable", message: "permission denied" };
  if (code === "ELOOP") return { code: "directory-loop", message: "too many levels of symbolic links" };
  if (code === "EISDIR") return { code: "is-directory", message: "is a directory" };
  return { code: "unreadable", message: (err as Error)?.message ?? String(err) };
}

const isHidden = (name: string): boolean => name.startsWith(".");

/**
 * The inputs named by the arguments, in order: "-" is stdin, a directory is walked recursively
 * (entries sorted, hidden ones skipped, symbolic links followed unless they lead back into a
 * directory being walked), anything else is a file that is read later.
 */
export async function* listInputs(args: readonly string[]): AsyncGenerator<InputItem> {
  if (args.length === 0) {
    yield { kind: "stdin" };
    return;
  }
  for (const arg of args) {
    if (arg === "-") {
      yield { kind: "stdin" };
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      yield { kind: "error", path: arg, ...describe(err) };
      continue;
    }
    if (info.isDirectory()) yield* walk(arg, []);
    else yield { kind: "file", path: arg };
  }
}

async function* walk(dir: string, ancestors: readonly string[]): AsyncGenerator<InputItem> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    if (ancestors.includes(real)) {
      yield { kind: "error", path: dir, code: "directory-loop", message: "a symbolic link leads back into a directory that contains it" };
      return;
    }
    names = (await readdir(dir)).filter((n) => !isHidden(n)).sort();
  } catch (err) {
    yield { kind: "error", path: dir, ...describe(err) };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { kind: "error", path, ...describe(err) };
      continue;
    }
    if (info.isDirectory()) yield* walk(path, [...ancestors, real]);
    else if (info.isFile()) yield { kind: "file", path };
  }
}

async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > MAX_INPUT_BYTES) throw new InputReadError("too-large", `the input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export async function readInput(item: Exclude<InputItem, { kind: "error" }>, stdin: Readable): Promise<Uint8Array> {
  if (item.kind === "stdin") return readStream(stdin);
  try {
    const info = await stat(item.path);
    if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (info.size > MAX_INPUT_BYTES) throw new InputReadError("too-large", `the input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    return await readFile(item.path);
  } catch (err) {
    if (err instanceof InputReadError) throw err;
    const d = describe(err);
    throw new InputReadError(d.code, d.message);
  }
}

/**
 * Writes to a stream with backpressure, and notices when the reader went away (EPIPE): then
 * `closed` turns true and further writes are dropped, so the caller can stop quietly. Any other
 * write error (a full disk) is kept in `failure` for the caller to report.
 */
export class Output {
  closed = false;
  failure: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      this.closed = true;
      if (err.code !== "EPIPE" && err.code !== "ERR_STREAM_DESTROYED") this.failure = err;
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.closed) return;
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off("drain", done).off("close", done).off("error", done);
        resolve();
      };
      this.stream.on("drain", done).on("close", done).on("error", done);
    });
  }
}
