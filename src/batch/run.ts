// The batch: pull input records, hand them to an executor, print their results in input order.
// At most `window` inputs are in flight, and the next input is pulled only once the oldest result
// has been written, so a slow reader of stdout (backpressure) stops the reading of inputs and
// memory stays bounded whatever the number of inputs.
import { render } from "../cli/render.js";
import type { Outcome } from "../cli/exit-codes.js";
import type { Progress, Tally } from "./progress.js";
import type { Executor, InputRecord, JobResult, SourceRef } from "./types.js";

/** Where records go: a stream that may close early (EPIPE) or fail (a full disk). */
export interface RecordSink {
  readonly closed: boolean;
  write(chunk: string): Promise<void>;
}

/** Set by a signal handler; the batch stops pulling inputs, abandons running ones and returns. */
export class StopSignal {
  reason: string | null = null;
  private wake: () => void = () => {};
  readonly stopped: Promise<void> = new Promise((resolve) => (this.wake = resolve));

  stop(reason: string): void {
    this.reason ??= reason;
    this.wake();
  }
}

export interface BatchOptions {
  /** The executor for this batch, chosen once the first inputs are known: `single` when there is only one. */
  readonly executorFor: (single: boolean) => { executor: Executor; window: number };
  readonly sink: RecordSink;
  readonly progress: Progress;
  /** Print error records on stdout too (NDJSON mode), so that every input yields one record. */
  readonly errorRecords: boolean;
  readonly pretty: boolean;
  readonly stop: StopSignal;
}

export interface BatchResult {
  readonly outcomes: readonly Outcome[];
  readonly tally: Tally;
  /** The signal that stopped the batch, null when it ran to its end or the reader went away. */
  readonly stoppedBy: string | null;
}

interface Pending {
  readonly source: SourceRef;
  readonly result: Promise<JobResult>;
}

const STOPPED: unique symbol = Symbol("stopped");

export async function runBatch(records: AsyncIterable<InputRecord>, options: BatchOptions): Promise<BatchResult> {
  const { sink, progress, stop } = options;
  const it = records[Symbol.asyncIterator]();
  let exhausted = false;
  const untilStopped: Promise<typeof STOPPED> = stop.stopped.then(() => STOPPED);
  const pull = async (): Promise<InputRecord | null> => {
    if (exhausted) return null;
    const next = await Promise.race([it.next(), untilStopped]);
    if (next === STOPPED) return null;
    if (next.done) exhausted = true;
    return next.done ? null : next.value;
  };

  // Look at the first two inputs: a single input runs without starting workers.
  const head: InputRecord[] = [];
  for (let i = 0; i < 2; i++) {
    const r = await pull();
    if (!r) break;
    head.push(r);
  }
  const { executor, window } = options.executorFor(head.length <= 1 && exhausted);
  const start = (r: InputRecord): Pending => ({
    source: r.source,
    result: r.kind === "error" ? Promise.resolve({ outcome: "input-failed", code: r.code, message: r.message, debug: [] }) : executor.run(r),
  });

  const outcomes: Outcome[] = [];
  let tally: Tally = { done: 0, failed: 0 };
  const pending: Pending[] = [];
  const halted = (): boolean => stop.reason !== null || sink.closed;
  try {
    for (;;) {
      while (!halted() && pending.length < Math.max(1, window)) {
        const r = head.shift() ?? (await pull());
        if (!r) break;
        pending.push(start(r));
      }
      const oldest = pending.shift();
      if (!oldest || halted()) break;
      const result = await Promise.race([oldest.result, untilStopped]);
      if (result === STOPPED) break;
      await emit(oldest.source, result);
      outcomes.push(result.outcome);
      tally = { done: tally.done + 1, failed: tally.failed + (result.outcome === "ok" ? 0 : 1) };
      progress.update(tally);
    }
  } finally {
    await executor.close();
    // A reader blocked on input (a terminal, a pipe) would never answer: the generator is not awaited.
    if (!exhausted) void it.return?.()?.catch(() => {});
  }
  return { outcomes, tally, stoppedBy: stop.reason };

  async function emit(source: SourceRef, result: JobResult): Promise<void> {
    for (const m of result.debug) progress.log(`extract: debug: ${m}`);
    if (result.outcome === "ok") {
      await sink.write(result.output);
      return;
    }
    progress.log(`extract: ${source.path ?? "<stdin>"}: ${result.message}`);
    if (options.errorRecords) await sink.write(render({ source, error: { code: result.code, message: result.message } }, options.pretty));
  }
}
