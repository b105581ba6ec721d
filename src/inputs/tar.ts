// tar (and tar.gz, once gunzip has run): streamed with tar-stream, one record per regular file
// member, in archive order. Nothing but the current member is held in memory.
import tar from "tar-stream";
import { errorRecord } from "./errors.js";
import { readLimited, tooLarge, type Bytes } from "./streams.js";
import { InputFailure, type InputLimits, type InputRecord, type SourceRef } from "./types.js";

const FILE_TYPES = new Set(["file", "contiguous-file"]);

export async function* readTar(stream: Bytes, source: SourceRef, limits: InputLimits): AsyncGenerator<InputRecord> {
  const extract = tar.extract();
  // Fed by hand rather than piped: when the bytes fail (a truncated gzip), the extractor is ended,
  // not destroyed, so that the members it already parsed still come out before the error.
  let inputFailure: unknown = null;
  let stopped = false;
  void (async () => {
    try {
      for await (const chunk of stream) {
        if (stopped) return;
        if (!extract.write(chunk)) await new Promise<void>((resolve) => extract.once("drain", () => resolve()).once("close", () => resolve()));
      }
    } catch (err) {
      inputFailure = err;
    }
    if (!stopped) (extract as unknown as { end(): void }).end();
  })();
  let members = 0;
  let member: string | undefined;
  try {
    for await (const entry of extract) {
      member = entry.header.name;
      if (!FILE_TYPES.has(entry.header.type ?? "file")) {
        entry.resume();
        continue;
      }
      const at: SourceRef = { ...source, member };
      if (++members > limits.maxMembers) {
        yield { kind: "error", source, code: "archive-limit", message: `the archive has more than ${limits.maxMembers} members (--max-members)` };
        return;
      }
      if ((entry.header.size ?? 0) > limits.maxBytes) {
        entry.resume();
        yield errorRecord(at, tooLarge(limits.maxBytes));
        continue;
      }
      yield { kind: "input", source: at, bytes: await readLimited(entry as unknown as Bytes, limits.maxBytes) };
    }
    // Cut at a member boundary, the tar itself may look complete: the failure is still reported.
    if (inputFailure) yield errorRecord(source, inputFailure);
  } catch (err) {
    // A broken header or a truncated stream: what came before was read, the rest cannot be.
    if (inputFailure) {
      yield errorRecord(source, inputFailure);
    } else if (err instanceof InputFailure || (err as NodeJS.ErrnoException)?.syscall !== undefined) {
      yield errorRecord(source, err);
    } else {
      const where = member === undefined ? "" : ` after member ${JSON.stringify(member)}`;
      yield { kind: "error", source, code: "corrupt-archive", message: `the tar archive is corrupt${where}: ${(err as Error)?.message ?? err}` };
    }
  } finally {
    stopped = true;
    extract.destroy();
  }
}
