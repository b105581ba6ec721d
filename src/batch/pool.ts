// A pool of worker threads, each loading the pipeline once and serving many inputs. Workers start
// lazily (one article never pays for N threads); a worker that crashes, runs out of memory or
// overruns the time budget is terminated and replaced, and its input gets an error record: every
// input given to run() settles with exactly one result, nothing is retried or lost. Each worker
// holds its next input while it runs one, so that it never waits for the main thread between two
// inputs; an input held but not started when its worker is ended goes back to the queue.
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { TaskMessage, WorkerData, WorkerMessage } from "./protocol.js";
import type { Executor, JobResult, JobSettings, WorkItem } from "./types.js";

export interface PoolOptions {
  /** Most workers running at once. */
  readonly size: number;
  /** Per-input budget in milliseconds, counted from the moment the input reaches a ready worker; null: none. */
  readonly timeoutMs: number | null;
  readonly settings: JobSettings;
  /** The worker's script; tests pass their own to simulate crashes and stuck inputs. */
  readonly workerUrl?: URL;
  readonly resourceLimits?: ResourceLimits;
}

const DEFAULT_WORKER = new URL("./worker.js", import.meta.url);

/** Workers that die before they are ready this many times in a row mean they cannot start at all. */
const MAX_START_FAILURES = 3;

/**
 * Inputs a worker holds: the one it runs and the next. A worker that had to ask for its next input
 * idled for a round trip through the main thread each time, and longer whenever that thread was
 * busy reading inputs or writing records; more than one waiting would only keep inputs from an
 * idle worker while a slow one finishes.
 */
const DEPTH = 2;

interface Task {
  readonly id: number;
  readonly item: WorkItem;
  readonly settle: (result: JobResult) => void;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  /** Set when the pool itself ends the worker (timeout, close): its exit is then expected. */
  retired: boolean;
  /** The inputs sent to this worker, in the order it runs them: the first is running. */
  readonly tasks: Task[];
  /** The budget of the running input, armed when it starts: when its worker gets it, or finishes the one before. */
  timer: NodeJS.Timeout | null;
  error: Error | null;
}

const failure = (outcome: "input-failed" | "internal", code: "timeout" | "internal", message: string): JobResult => ({ outcome, code, message, debug: [] });

/** The input's bytes as an ArrayBuffer that can be transferred without detaching anyone else's memory. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  // A Buffer may be a slice of Node's shared allocation pool: transferring that would detach the
  // pool, so such bytes (small inputs only) are copied once into a buffer of their own.
  return whole && bytes.byteLength > 0 ? (bytes.buffer as ArrayBuffer) : new Uint8Array(bytes).buffer;
}

export class WorkerPool implements Executor {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private startFailures = 0;
  private closed = false;
  /** The flags workers are started with; null once Worker has refused them. */
  private execArgv: string[] | null = workerExecArgv(process.execArgv);

  constructor(private readonly options: PoolOptions) {
    if (!(options.size >= 1)) throw new RangeError("a pool needs at least one worker");
  }

  /** The number of live workers (for tests and progress). */
  get workers(): number {
    return this.slots.size;
  }

  run(item: WorkItem): Promise<JobResult> {
    if (this.closed) return Promise.resolve(failure("internal", "internal", "internal error: the batch was stopped"));
    return new Promise((settle) => {
      this.queue.push({ id: this.nextId++, item, settle });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.settle(failure("internal", "internal", "internal error: the batch was stopped"));
    const ending: Promise<number>[] = [];
    for (const slot of this.slots) {
      this.retire(slot);
      for (const task of slot.tasks.splice(0)) task.settle(failure("internal", "internal", "internal error: the batch was stopped"));
      ending.push(slot.worker.terminate());
    }
    this.slots.clear();
    await Promise.allSettled(ending);
  }

  private dispatch(): void {
    if (this.closed) return;
    const starting = [...this.slots].filter((s) => !s.ready).length;
    // Idle workers first; then those that can hold a next input, but leaving one input for each
    // worker still starting.
    for (let held = 0; held < DEPTH; held++) {
      for (const slot of this.slots) {
        if (this.queue.length <= (held === 0 ? 0 : starting)) break;
        if (slot.ready && slot.tasks.length === held) this.assign(slot, this.queue.shift()!);
      }
    }
    // Start a worker for each input that no starting worker will take, up to the pool's size.
    for (let n = this.queue.length - starting; n > 0 && this.slots.size < this.options.size; n--) this.spawn();
  }

  private assign(slot: Slot, task: Task): void {
    slot.tasks.push(task);
    const { item } = task;
    // The input the worker runs now gets the bytes themselves; one it holds for later gets a copy,
    // so that the bytes are still here to send again if that worker ends before it starts it.
    const running = slot.tasks.length === 1;
    const message: TaskMessage = {
      id: task.id,
      source: item.source,
      buffer: running ? ownBuffer(item.bytes) : new Uint8Array(item.bytes).buffer,
      ...(item.format === undefined ? {} : { format: item.format }),
      ...(item.referenceDate === undefined ? {} : { referenceDate: item.referenceDate }),
    };
    slot.worker.postMessage(message, [message.buffer]);
    if (running) this.arm(slot);
  }

  private arm(slot: Slot): void {
    const ms = this.options.timeoutMs;
    if (ms !== null) slot.timer = setTimeout(() => this.timeOut(slot), ms);
  }

  private timeOut(slot: Slot): void {
    const [task, ...held] = slot.tasks.splice(0);
    this.retire(slot);
    this.slots.delete(slot);
    void slot.worker.terminate();
    this.requeue(held);
    if (task) task.settle(failure("input-failed", "timeout", `processing took longer than ${(this.options.timeoutMs ?? 0) / 1000} s (--timeout); the input was abandoned`));
    this.dispatch();
  }

  /** Inputs a worker held but never started go back to the head of the queue, in input order. */
  private requeue(held: readonly Task[]): void {
    if (held.length === 0) return;
    this.queue.unshift(...held);
    this.queue.sort((a, b) => a.id - b.id);
  }

  private retire(slot: Slot): void {
    slot.retired = true;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private spawn(): void {
    const worker = this.newWorker();
    worker.stdout.resume();
    const slot: Slot = { worker, ready: false, retired: false, tasks: [], timer: null, error: null };
    this.slots.add(slot);
    worker.on("message", (m: WorkerMessage) => this.onMessage(slot, m));
    worker.on("error", (err) => {
      slot.error = err;
    });
    worker.on("exit", (code) => this.onExit(slot, code));
  }

  private newWorker(): Worker {
    const options = {
      workerData: { settings: this.options.settings } satisfies WorkerData,
      // Records reach stdout only through results, in input order: anything a worker printed
      // there itself would corrupt the output, so its stdout is drained and dropped.
      stdout: true,
      ...(this.options.resourceLimits ? { resourceLimits: this.options.resourceLimits } : {}),
    };
    const url = this.options.workerUrl ?? DEFAULT_WORKER;
    if (this.execArgv !== null) {
      try {
        // The flags node was started with, less those that name the main script's source
        // (`node --input-type=module -e ...` would make every worker fail to start).
        return new Worker(url, { ...options, execArgv: this.execArgv });
      } catch (err) {
        // Worker refuses V8 flags given by name (`node --expose-gc bin/extract`). They are
        // process-wide and hold in every worker anyway, so the workers start without the list.
        if ((err as NodeJS.ErrnoException).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw err;
        this.execArgv = null;
      }
    }
    return new Worker(url, { ...options, execArgv: [] });
  }

  private onMessage(slot: Slot, m: WorkerMessage): void {
    if (slot.retired) return;
    if (m.type === "ready") {
      slot.ready = true;
      this.startFailures = 0;
    } else {
      const at = slot.tasks.findIndex((t) => t.id === m.id);
      if (at >= 0) {
        const [task] = slot.tasks.splice(at, 1);
        // A worker runs its inputs in the order it got them: once the running one is done, the next starts.
        if (at === 0) {
          if (slot.timer) clearTimeout(slot.timer);
          slot.timer = null;
          if (slot.tasks.length > 0) this.arm(slot);
        }
        task!.settle(m.result);
      }
    }
    this.dispatch();
  }

  private onExit(slot: Slot, code: number): void {
    if (slot.retired) return;
    this.retire(slot);
    this.slots.delete(slot);
    const why = slot.error ? describeError(slot.error) : `it exited with code ${code}`;
    const [task, ...held] = slot.tasks.splice(0);
    this.requeue(held);
    if (task) {
      task.settle(failure("internal", "internal", `internal error: the worker processing this input stopped (${why}); it was replaced`));
    } else if (!slot.ready && ++this.startFailures >= MAX_START_FAILURES) {
      // Nothing can run: fail what is queued rather than start workers forever.
      for (const task of this.queue.splice(0)) task.settle(failure("internal", "internal", `internal error: the workers cannot start (${why})`));
      this.startFailures = 0;
      return;
    }
    this.dispatch();
  }
}

function describeError(err: Error): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY") return "out of memory";
  return err.message || String(err);
}

/** Flags a worker inherits: all but those about the main script's own source. */
export function workerExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-e" || a === "--eval" || a === "-p" || a === "--print") {
      i++;
      continue;
    }
    if (a.startsWith("--input-type") || a.startsWith("--eval=") || a.startsWith("--print=")) continue;
    out.push(a);
  }
  return out;
}
