// From a thrown error to the code and message of an error record.
import type { ErrorCode, InputRecord, SourceRef } from "./types.js";
import { InputFailure } from "./types.js";

/** A file-system error as a user reads it. */
export function describeFsError(err: unknown): { code: ErrorCode; message: string } {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return { code: "not-found", message: "no such file or directory" };
  if (code === "EACCES" || code === "EPERM") return { code: "unreadable", message: "permission denied" };
  if (code === "ELOOP") return { code: "directory-loop", message: "too many levels of symbolic links" };
  if (code === "EISDIR") return { code: "is-directory", message: "is a directory" };
  return { code: "unreadable", message: (err as Error)?.message ?? String(err) };
}

/** The error record for `err`; errors that are neither ours nor the file system's name the archive as corrupt. */
export function errorRecord(source: SourceRef, err: unknown, otherwise: ErrorCode = "unreadable"): InputRecord {
  if (err instanceof InputFailure) return { kind: "error", source, code: err.code, message: err.message };
  if ((err as NodeJS.ErrnoException)?.syscall !== undefined) return { kind: "error", source, ...describeFsError(err) };
  return { kind: "error", source, code: otherwise, message: String((err as Error)?.message ?? err) };
}
