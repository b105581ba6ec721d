// Where a batch runs: in this thread, or on a pool of worker threads, and how many. A pure
// function of what is known once the first inputs are read, so that the choice is tested without
// starting anything.
import { HEAD_RECORDS } from "./run.js";

export interface BatchShape {
  /** How many inputs were read ahead (at most HEAD_RECORDS + 1). */
  readonly inputs: number;
  /** Whether those are all the inputs. */
  readonly complete: boolean;
  /** --jobs, or null when not given. */
  readonly jobs: number | null;
  readonly cores: number;
  /** --timeout in seconds, or null when not given (0: no budget). */
  readonly timeoutSeconds: number | null;
  /** The budget workers get when --timeout is not given. */
  readonly defaultTimeoutSeconds: number;
}

export type Execution = { readonly where: "inline" } | { readonly where: "workers"; readonly size: number; readonly timeoutMs: number | null };

export function planExecution(shape: BatchShape): Execution {
  const single = shape.complete && shape.inputs <= 1;
  // Starting a worker costs about a second of CPU (it loads the whole pipeline), more than a few
  // articles take here; an explicit --jobs is obeyed all the same.
  const few = shape.complete && shape.inputs <= HEAD_RECORDS && shape.jobs === null;
  const jobs = shape.jobs ?? shape.cores;
  // Only a worker can enforce a time budget, so one asked for always gets workers.
  const budgetAsked = shape.timeoutSeconds !== null && shape.timeoutSeconds > 0;
  if ((single || few || jobs === 1) && !budgetAsked) return { where: "inline" };
  const budget = shape.timeoutSeconds ?? shape.defaultTimeoutSeconds;
  return { where: "workers", size: single ? 1 : jobs, timeoutMs: budget > 0 ? budget * 1000 : null };
}
