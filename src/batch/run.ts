// The batch: pull input records, hand them to an executor, print their results in input order.
// At most `window` inputs are in flight, and the next input is pulled only once the oldest result
// has been written, so a slow reader of stdout (backpressure) stops the reading of inputs and
// memory stays bounded whatever the number of inputs.
import { render } from "../cli/render.js";
import { describeSource } from "../inputs/describe.js";
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
  /**
   * The executor and the layout of this batch, chosen once the first records are known (`head`,
   * at most HEAD_RECORDS of them): `complete` when `head` holds every input. `errorRecords`: print error records on stdout too (NDJSON
   * mode), so that every input yields one record.
   */
  readonly executorFor: (head: readonly InputRecord[], complete: boolean) => { executor: Executor; window: number; errorRecords: boolean; pretty: boolean };
  readonly sink: RecordSink;
  readonly progress: Progress;
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
const LATE: unique symbol = Symbol("late");
/** How long the batch waits for the inputs after the first before it decides there are more. */
const PEEK_MS = 50;
/**
 * Most inputs read ahead before the executor is chosen: a batch that turns out to be this small
 * can run in this thread, where starting workers (each loads the whole pipeline, about a second
 * of CPU) would cost more than the articles themselves.
 */
export const HEAD_RECORDS = 8;

export async function runBatch(records: AsyncIterable<InputRecord>, options: BatchOptions): Promise<BatchResult> {
  const { sink, progress, stop } = options;
  const it = records[Symbol.asyncIterator]();
  let exhausted = false;
  const untilStopped: Promise<typeof STOPPED> = stop.stopped.then(() => STOPPED);
  // The next record, once asked for: a pull that lost a race (to a stop, or to the peek's grace
  // time below) is kept for the next pull, so no record is ever dropped.
  let upcoming: Promise<IteratorResult<InputRecord>> | null = null;
  const pull = async (graceMs?: number): Promise<InputRecord | null | typeof LATE> => {
    if (exhausted) return null;
    upcoming ??= it.next();
    const racers: Array<Promise<IteratorResult<InputRecord> | typeof STOPPED | typeof LATE>> = [upcoming, untilStopped];
    let timer: NodeJS.Timeout | undefined;
    if (graceMs !== undefined) racers.push(new Promise((resolve) => (timer = setTimeout(() => resolve(LATE), graceMs))));
    const next = await Promise.race(racers);
    clearTimeout(timer);
    if (next === STOPPED) return null;
    if (next === LATE) return LATE;
    upcoming = null;
    if (next.done) exhausted = true;
    return next.done ? null : next.value;
  };

  // Are there only a few inputs? Then they can run without starting workers. The inputs after the
  // first are waited for only briefly (PEEK_MS in all): a slow producer (a pipe, stdin still being
  // read) makes it a batch, so that the first input does not wait for the ones after it.
  const head: InputRecord[] = [];
  const first = await pull();
  if (first && first !== LATE) {
    head.push(first);
    const until = performance.now() + PEEK_MS;
    while (head.length < HEAD_RECORDS && !exhausted) {
      const next = await pull(Math.max(0, until - performance.now()));
      if (!next || next === LATE) break;
      head.push(next);
    }
    // A head that is full may still be every input: one more look, without waiting, tells.
    if (head.length === HEAD_RECORDS && !exhausted) {
      const next = await pull(0);
      if (next && next !== LATE) head.push(next);
    }
  }
  const chosen = options.executorFor(head, exhausted);
  const executor = chosen.executor;
  const window = Math.max(1, chosen.window);
  const start = (r: InputRecord): Pending => ({
    source: r.source,
    result: r.kind === "error" ? Promise.resolve({ outcome: "input-failed", code: r.code, message: r.message, debug: [] }) : executor.run(r),
  });

  const outcomes: Outcome[] = [];
  let tally: Tally = { done: 0, failed: 0 };
  const pending: Pending[] = [];
  const halted = (): boolean => stop.reason !== null || sink.closed;
  try {
    // Reading the next input and waiting for the oldest result go on at once: a result is printed
    // as soon as it is ready, even while the next input is still being read (a slow pipe).
    let reading: Promise<InputRecord | null | typeof LATE> | null = null;
    for (;;) {
      while (!halted() && head.length > 0 && pending.length < window) pending.push(start(head.shift()!));
      if (!halted() && !reading && !exhausted && pending.length < window) reading = pull();
      const oldest = pending[0];
      if (halted() || (!oldest && !reading)) break;
      const next = await Promise.race([
        ...(reading ? [reading.then((r): { read: InputRecord | null | typeof LATE } => ({ read: r }))] : []),
        ...(oldest ? [oldest.result.then((r) => ({ done: r }))] : []),
        untilStopped,
      ]);
      if (next === STOPPED) break;
      if ("read" in next) {
        reading = null;
        const record = next.read;
        if (record && record !== LATE) pending.push(start(record));
        continue;
      }
      pending.shift();
      await emit(oldest!.source, next.done);
      outcomes.push(next.done.outcome);
      tally = { done: tally.done + 1, failed: tally.failed + (next.done.outcome === "ok" ? 0 : 1) };
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
    progress.log(`extract: ${describeSource(source)}: ${result.message}`);
    if (chosen.errorRecords) await sink.write(render({ source, error: { code: result.code, message: result.message } }, chosen.pretty));
  }
}
