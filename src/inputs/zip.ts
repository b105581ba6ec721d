// zip: read with yauzl from its central directory, so it needs a file it can seek in (a zip on
// stdin or inside gzip is spooled to a temporary file first). One record per file member, in
// central-directory order; a member whose data is corrupt (bad deflate data, wrong size, CRC
// mismatch) is an error record of its own and the other members are still read.
import { crc32 } from "node:zlib";
import yauzl from "yauzl";
import { expandedFailure, ratioExceeded, ratioFailure } from "./gzip.js";
import { readLimited, tooLarge, type Bytes } from "./streams.js";
import { InputFailure, type InputLimits, type InputRecord, type SourceRef } from "./types.js";

function open(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
    };
    const onEntry = (e: yauzl.Entry): void => (cleanup(), resolve(e));
    const onEnd = (): void => (cleanup(), resolve(null));
    const onError = (err: Error): void => (cleanup(), reject(err));
    zip.on("entry", onEntry).on("end", onEnd).on("error", onError);
    zip.readEntry();
  });
}

function readMember(zip: yauzl.ZipFile, entry: yauzl.Entry, max: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      readLimited(stream as unknown as Bytes, max).then(resolve, (e: unknown) => {
        stream.destroy();
        reject(e);
      });
    });
  });
}

const corrupt = (source: SourceRef, message: string): InputRecord => ({ kind: "error", source, code: "corrupt-archive", message });

export async function* readZip(file: string, source: SourceRef, limits: InputLimits): AsyncGenerator<InputRecord> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(file);
  } catch (err) {
    yield corrupt(source, `not a readable zip archive: ${(err as Error).message}`);
    return;
  }
  let members = 0;
  let expanded = 0;
  try {
    for (;;) {
      let entry: yauzl.Entry | null;
      try {
        entry = await nextEntry(zip);
      } catch (err) {
        yield corrupt(source, `the zip archive's directory is corrupt after ${members} members: ${(err as Error).message}`);
        return;
      }
      if (!entry) return;
      if (entry.fileName.endsWith("/")) continue;
      const at: SourceRef = { ...source, member: entry.fileName };
      if (++members > limits.maxMembers) {
        yield { kind: "error", source, code: "archive-limit", message: `the archive has more than ${limits.maxMembers} members (--max-members)` };
        return;
      }
      expanded += entry.uncompressedSize;
      if (expanded > limits.maxExpandedBytes) {
        yield { kind: "error", source: at, code: "archive-limit", message: expandedFailure(limits).message };
        return;
      }
      if (ratioExceeded(entry.uncompressedSize, entry.compressedSize, limits)) {
        yield { kind: "error", source: at, code: "archive-limit", message: ratioFailure(limits).message };
        continue;
      }
      if (entry.uncompressedSize > limits.maxBytes) {
        yield { kind: "error", source: at, code: "too-large", message: tooLarge(limits.maxBytes).message };
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await readMember(zip, entry, limits.maxBytes);
      } catch (err) {
        if (err instanceof InputFailure) yield { kind: "error", source: at, code: err.code, message: err.message };
        else yield corrupt(at, `the member is corrupt: ${(err as Error).message}`);
        continue;
      }
      if (crc32(bytes) !== entry.crc32) {
        yield corrupt(at, "the member is corrupt: its CRC-32 does not match");
        continue;
      }
      yield { kind: "input", source: at, bytes };
    }
  } finally {
    zip.close();
  }
}
