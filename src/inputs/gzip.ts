// gzip, through zlib (faster than a reader's own inflater), with the archive limits applied as the
// bytes come out: total expanded size and expansion ratio stop a gzip bomb after a few MB of it,
// instead of after it filled the memory or the disk.
import { createGunzip } from "node:zlib";
import { formatBytes, type Bytes } from "./streams.js";
import { InputFailure, type InputLimits, MB } from "./types.js";

/** A ratio is only judged past this much output: small files of repeated markup compress well too. */
export const RATIO_GRACE_BYTES = MB;

export function ratioExceeded(expanded: number, compressed: number, limits: InputLimits): boolean {
  return expanded > RATIO_GRACE_BYTES && expanded / Math.max(compressed, 1) > limits.maxRatio;
}

export const ratioFailure = (limits: InputLimits): InputFailure =>
  new InputFailure("archive-limit", `the data expands more than ${limits.maxRatio} times its compressed size (--max-ratio): a compression bomb?`);

export const expandedFailure = (limits: InputLimits): InputFailure =>
  new InputFailure("archive-limit", `the archive expands past ${formatBytes(limits.maxExpandedBytes)} (--max-expanded-bytes)`);

/** zlib's complaints about the data itself, as opposed to I/O errors. */
export function isCorruptData(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code ?? "";
  return code.startsWith("Z_") || code === "ERR_ZLIB_INITIALIZATION_FAILED";
}

/** Expanded bytes waiting for the reader before zlib is paused: memory stays bounded. */
const QUEUE_HIGH = 4 * MB;

/**
 * The expanded bytes of a gzip stream (several members one after another are one stream, as in
 * WARC.gz). Every byte zlib produced before an error is handed on before the error is thrown, so
 * that a truncated archive still yields the members it holds in full.
 */
export async function* gunzip(compressed: Bytes, limits: InputLimits): AsyncGenerator<Uint8Array> {
  const inflater = createGunzip();
  const queue: Buffer[] = [];
  let queued = 0;
  let consumed = 0;
  let failure: unknown = null;
  let finished = false;
  let stopped = false;
  let wake: (() => void) | null = null;
  const signal = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  inflater.on("data", (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued > QUEUE_HIGH) inflater.pause();
    signal();
  });
  inflater.on("error", (err) => {
    failure ??= err;
    signal();
  });
  inflater.on("end", () => {
    finished = true;
    signal();
  });
  void (async () => {
    try {
      for await (const chunk of compressed) {
        if (stopped || failure) return;
        consumed += chunk.length;
        if (!inflater.write(chunk)) await new Promise((resolve) => inflater.once("drain", resolve).once("error", resolve).once("close", resolve));
      }
      if (!stopped) inflater.end();
    } catch (err) {
      failure ??= err;
      signal();
    }
  })();
  let expanded = 0;
  try {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        queued -= chunk.length;
        if (queued <= QUEUE_HIGH / 2 && inflater.isPaused()) inflater.resume();
        expanded += chunk.length;
        if (expanded > limits.maxExpandedBytes) throw expandedFailure(limits);
        if (ratioExceeded(expanded, consumed, limits)) throw ratioFailure(limits);
        yield chunk;
        continue;
      }
      if (failure) throw describeGzipFailure(failure);
      if (finished) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stopped = true;
    inflater.destroy();
  }
}

function describeGzipFailure(err: unknown): unknown {
  if (!isCorruptData(err)) return err;
  const truncated = (err as NodeJS.ErrnoException).code === "Z_BUF_ERROR";
  return new InputFailure("corrupt-archive", truncated ? "the gzip data is truncated (unexpected end of file)" : `the gzip data is corrupt (${(err as Error).message})`);
}
