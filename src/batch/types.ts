// What the batch layer consumes and produces. The input layer yields InputRecords in input order;
// the pool turns each into exactly one JobResult, whatever happens to the worker that ran it.
import type { ErrorCode } from "../schema/article.js";
import type { InputFormat } from "../pipeline/doc.js";

export type { InputRecord, SourceRef } from "../inputs/types.js";
import type { InputRecord } from "../inputs/types.js";

export type WorkItem = Extract<InputRecord, { kind: "input" }>;

/** The settings of a whole run: the same for every input, sent once to each worker. */
export interface JobSettings {
  readonly format: InputFormat;
  readonly referenceDate: string | null;
  readonly keepBoilerplate: boolean;
  readonly includeNegated: boolean;
  readonly pretty: boolean;
  readonly debug: boolean;
}

/**
 * One input's result. A success carries its record already rendered (so that workers, not the
 * main thread, pay for JSON.stringify); `debug` holds the --debug trace, printed in input order.
 */
export type JobResult =
  | { readonly outcome: "ok"; readonly output: string; readonly debug: readonly string[] }
  | {
      readonly outcome: "input-failed" | "internal";
      readonly code: ErrorCode;
      readonly message: string;
      readonly debug: readonly string[];
    };

/** Runs inputs: in this thread, or on a pool of worker threads. */
export interface Executor {
  run(item: WorkItem): Promise<JobResult>;
  /** Stops all work: running inputs are abandoned, workers terminated. */
  close(): Promise<void>;
}
