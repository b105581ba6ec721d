// The inputs of a run as the batch consumes them: records in input order, each the bytes of one
// input or the reason it could not be read. This adapter reads files, directories and stdin
// through io.ts; the batch sees nothing but the records.
import type { Readable } from "node:stream";
import type { InputRecord } from "../batch/types.js";
import { InputReadError, listInputs, readInput } from "./io.js";

export async function* inputRecords(specs: readonly string[], stdin: Readable): AsyncGenerator<InputRecord> {
  for await (const item of listInputs(specs)) {
    if (item.kind === "error") {
      yield { kind: "error", source: { path: item.path }, code: item.code, message: item.message };
      continue;
    }
    const source = { path: item.kind === "stdin" ? null : item.path };
    try {
      yield { kind: "input", source, bytes: await readInput(item, stdin) };
    } catch (err) {
      if (!(err instanceof InputReadError)) throw err;
      yield { kind: "error", source, code: err.code, message: err.message };
    }
  }
}

/** How many records the inputs will give, counted without reading them (for progress); stops early when `cancelled` turns true. */
export async function countInputs(specs: readonly string[], cancelled: () => boolean): Promise<number | null> {
  let n = 0;
  for await (const _ of listInputs(specs)) {
    if (cancelled()) return null;
    n++;
  }
  return n;
}
