import { describe, expect, it } from "vitest";
import { Progress } from "../../../src/batch/progress.js";
import { HEAD_RECORDS, runBatch, StopSignal, type RecordSink } from "../../../src/batch/run.js";
import type { Executor, InputRecord, JobResult, WorkItem } from "../../../src/batch/types.js";

const quiet = (): Progress => new Progress({ write: () => true }, false);
const later = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Inputs named "<ms>" finish after that many milliseconds; it counts how many it holds at once. */
class SlowExecutor implements Executor {
  inFlight = 0;
  most = 0;
  closed = false;
  async run(item: WorkItem): Promise<JobResult> {
    this.most = Math.max(this.most, ++this.inFlight);
    const text = new TextDecoder().decode(item.bytes);
    await later(Number(text) || 0);
    this.inFlight--;
    return { outcome: "ok", output: `${text}\n`, debug: [] };
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

async function* records(texts: readonly string[], pulled: { n: number } = { n: 0 }): AsyncGenerator<InputRecord> {
  for (const t of texts) {
    pulled.n++;
    if (t === "missing") yield { kind: "error", source: { path: t }, code: "not-found", message: "no such file or directory" };
    else yield { kind: "input", source: { path: t }, bytes: new TextEncoder().encode(t) };
  }
}

class MemorySink implements RecordSink {
  closed = false;
  readonly chunks: string[] = [];
  constructor(private readonly delayMs = 0, private readonly closeAfter = Infinity) {}
  async write(chunk: string): Promise<void> {
    if (this.closed) return;
    this.chunks.push(chunk);
    if (this.chunks.length >= this.closeAfter) this.closed = true;
    if (this.delayMs) await later(this.delayMs);
  }
}

describe("the batch runner", () => {
  it("prints results in input order though later inputs finish first, with error records in place", async () => {
    const executor = new SlowExecutor();
    const sink = new MemorySink();
    const texts = ["60", "1", "missing", "30", "2", "0"];
    const r = await runBatch(records(texts), { executorFor: () => ({ executor, window: 4, errorRecords: true, pretty: false }), sink, progress: quiet(), stop: new StopSignal() });
    expect(sink.chunks.map((c) => c.trim())).toEqual(["60", "1", '{"source":{"path":"missing"},"error":{"code":"not-found","message":"no such file or directory"}}', "30", "2", "0"]);
    expect(r.outcomes).toEqual(["ok", "ok", "input-failed", "ok", "ok", "ok"]);
    expect(r.tally).toEqual({ done: 6, failed: 1 });
    expect(executor.closed).toBe(true);
  });

  it("holds at most its window of inputs, and stops reading while the output is slow", async () => {
    const executor = new SlowExecutor();
    const sink = new MemorySink(40);
    const pulled = { n: 0 };
    const texts = Array.from({ length: 40 }, () => "0");
    const done = runBatch(records(texts, pulled), { executorFor: () => ({ executor, window: 3, errorRecords: true, pretty: false }), sink, progress: quiet(), stop: new StopSignal() });
    await later(100);
    // a couple of records written at 40 ms each: what was read is what was written plus the window
    // (or the inputs read ahead to choose the executor, when they are more)
    expect(pulled.n).toBeLessThanOrEqual(sink.chunks.length + Math.max(3, HEAD_RECORDS + 1) + 1);
    await done;
    expect(executor.most).toBeLessThanOrEqual(3);
    expect(sink.chunks).toHaveLength(40);
  });

  it("shows the executor chooser the first inputs, and tells it when they are all the inputs", async () => {
    const seen: Array<[number, boolean]> = [];
    const sizes = [1, 2, 0, HEAD_RECORDS, HEAD_RECORDS + 1, 40];
    for (const n of sizes) {
      const executor = new SlowExecutor();
      const texts = Array.from({ length: n }, () => "0");
      await runBatch(records(texts), { executorFor: (head, complete) => (seen.push([head.length, complete]), { executor, window: 2, errorRecords: true, pretty: false }), sink: new MemorySink(), progress: quiet(), stop: new StopSignal() });
    }
    expect(seen).toEqual([[1, true], [2, true], [0, true], [HEAD_RECORDS, true], [HEAD_RECORDS + 1, false], [HEAD_RECORDS + 1, false]]);
  });

  it("stops pulling inputs once the reader has gone away", async () => {
    const pulled = { n: 0 };
    const sink = new MemorySink(0, 2);
    const r = await runBatch(records(Array.from({ length: 100 }, () => "0"), pulled), { executorFor: () => ({ executor: new SlowExecutor(), window: 2, errorRecords: true, pretty: false }), sink, progress: quiet(), stop: new StopSignal() });
    expect(sink.chunks).toHaveLength(2);
    // the inputs read ahead to choose the executor, then the window
    expect(pulled.n).toBeLessThanOrEqual(HEAD_RECORDS + 1 + 2 + 1);
    expect(r.stoppedBy).toBeNull();
  });

  it("stops on a signal without waiting for the running inputs, and says what stopped it", async () => {
    const executor = new SlowExecutor();
    const sink = new MemorySink();
    const stop = new StopSignal();
    setTimeout(() => stop.stop("SIGINT"), 150);
    const t0 = Date.now();
    const r = await runBatch(records(["0", "0", "10000", "0"]), { executorFor: () => ({ executor, window: 4, errorRecords: true, pretty: false }), sink, progress: quiet(), stop });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(r.stoppedBy).toBe("SIGINT");
    expect(r.tally.done).toBe(2);
    expect(sink.chunks).toHaveLength(2);
    expect(executor.closed).toBe(true);
  });

  it("prints a result while the next input is still being read, and does not wait for it to choose", async () => {
    const executor = new SlowExecutor();
    const sink = new MemorySink();
    const seen: boolean[] = [];
    let release: () => void = () => {};
    async function* slowProducer(): AsyncGenerator<InputRecord> {
      yield { kind: "input", source: { path: "a" }, bytes: new TextEncoder().encode("0") };
      await new Promise<void>((r) => (release = r));
      yield { kind: "input", source: { path: "b" }, bytes: new TextEncoder().encode("0") };
    }
    const done = runBatch(slowProducer(), { executorFor: (_head, complete) => (seen.push(complete), { executor, window: 4, errorRecords: true, pretty: false }), sink, progress: quiet(), stop: new StopSignal() });
    await later(300);
    expect(seen).toEqual([false]);
    expect(sink.chunks).toEqual(["0\n"]);
    release();
    expect((await done).tally.done).toBe(2);
  });
});
