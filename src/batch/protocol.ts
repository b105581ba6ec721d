// The messages between the pool and its workers.
import type { JobResult, JobSettings, SourceRef } from "./types.js";

export interface WorkerData {
  readonly settings: JobSettings;
}

/** An input sent to a worker: its bytes travel as a transferred ArrayBuffer, never copied. */
export interface TaskMessage {
  readonly id: number;
  readonly source: SourceRef;
  readonly buffer: ArrayBuffer;
  readonly format?: "text" | "html";
  readonly referenceDate?: string | null;
}

export type WorkerMessage =
  /** The pipeline is loaded and warmed up: inputs sent from now on are timed from dispatch. */
  | { readonly type: "ready" }
  | { readonly type: "result"; readonly id: number; readonly result: JobResult };
