// Byte-stream helpers shared by the readers: look at the head of a stream without losing it, read
// a stream up to a limit, split it into lines of bounded length. Nothing here holds more than one
// article (or one line) in memory.
import { InputFailure } from "./types.js";

export type Bytes = AsyncIterable<Uint8Array>;

/**
 * The first `n` bytes (fewer if the stream is shorter) and the whole stream, head included. An
 * error met while reading the head is thrown by `all` after the head: the bytes before a
 * truncation are still read, as they would have been without the peek.
 */
export async function peek(stream: Bytes, n: number): Promise<{ head: Uint8Array; all: Bytes }> {
  const it = stream[Symbol.asyncIterator]();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  let failure: { error: unknown } | null = null;
  while (total < n) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await it.next();
    } catch (error) {
      failure = { error };
      ended = true;
      break;
    }
    if (next.done) {
      ended = true;
      break;
    }
    chunks.push(next.value);
    total += next.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* all(): AsyncGenerator<Uint8Array> {
    try {
      if (head.length > 0) yield head;
      if (failure) throw failure.error;
      if (ended) return;
      for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    } finally {
      // Abandoned early: let the source close its file or socket.
      if (!ended) await it.return?.();
    }
  }
  return { head: head.subarray(0, n), all: all() };
}

export const tooLarge = (max: number): InputFailure =>
  new InputFailure("too-large", `the input is larger than the limit of ${formatBytes(max)} (--max-bytes)`);

/** The whole stream, or `too-large` as soon as it passes `max` bytes (the rest is not read). */
export async function readLimited(stream: Bytes, max: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > max) throw tooLarge(max);
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

export function formatBytes(n: number): string {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1 && v % 1024 === 0) {
    v /= 1024;
    i++;
  }
  return `${v} ${units[i]}`;
}

export type Line = { readonly number: number; readonly bytes: Uint8Array } | { readonly number: number; readonly tooLong: true };

/**
 * The lines of a stream, split on `separator` (newline or NUL), numbered from 1. A line longer
 * than `max` bytes is reported as too long and skipped without being held in memory. A last line
 * without its separator is still a line.
 */
export async function* splitLines(stream: Bytes, separator: number, max: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let skipping = false;
  let number = 1;
  for await (const chunk of stream) {
    let from = 0;
    while (from <= chunk.length) {
      const at = chunk.indexOf(separator, from);
      const end = at < 0 ? chunk.length : at;
      if (!skipping) {
        if (length + (end - from) > max) {
          skipping = true;
          parts = [];
          length = 0;
        } else if (end > from) {
          parts.push(chunk.subarray(from, end));
          length += end - from;
        }
      }
      if (at < 0) break;
      yield skipping ? { number, tooLong: true } : { number, bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts) };
      number++;
      parts = [];
      length = 0;
      skipping = false;
      from = at + 1;
    }
  }
  if (skipping) yield { number, tooLong: true };
  else if (length > 0) yield { number, bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts) };
}
