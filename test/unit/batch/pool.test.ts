import { describe, expect, it } from "vitest";
import { WorkerPool } from "../../../src/batch/pool.js";
import type { JobSettings, WorkItem } from "../../../src/batch/types.js";

const FAKE = new URL("./fake-worker.mjs", import.meta.url);
const settings: JobSettings = { format: "auto", referenceDate: null, keepBoilerplate: false, includeNegated: false, pretty: false, debug: false };
const item = (text: string): WorkItem => ({ kind: "input", source: { path: text }, bytes: new TextEncoder().encode(text) });
const summary = (r: { outcome: string; output?: string; code?: string }): string => (r.outcome === "ok" ? `ok ${r.output!.trim()}` : `${r.outcome} ${r.code}`);

describe("the worker pool", () => {
  it("gives every input its own result, whatever order the workers finish in", async () => {
    const pool = new WorkerPool({ size: 2, timeoutMs: null, settings, workerUrl: FAKE });
    const inputs = ["sleep:80", "a", "sleep:10", "b", "c"];
    const results = await Promise.all(inputs.map((t) => pool.run(item(t))));
    expect(results.map(summary)).toEqual(inputs.map((t) => `ok ${t} ${t.length}`));
    expect(pool.workers).toBe(2);
    await pool.close();
    expect(pool.workers).toBe(0);
  });

  it("sends a worker its next input while it runs one, so that it never waits for the main thread", async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: null, settings, workerUrl: FAKE });
    await pool.run(item("a")); // the worker is ready
    const settled: string[] = [];
    const results = await Promise.all(["sleep:300", "count", "c"].map((t) => pool.run(item(t)).then((r) => (settled.push(t), r))));
    // "count" reached the worker while "sleep" ran; "c" waited in the pool for a free place.
    expect(settled.indexOf("count")).toBeLessThan(settled.indexOf("sleep:300"));
    expect(results.map(summary)).toEqual(["ok sleep:300 9", "ok count 3", "ok c 1"]);
    await pool.close();
  });

  it("gives an input held by a worker that is ended before starting it to another worker, not an error", async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 300, settings, workerUrl: FAKE });
    await pool.run(item("a"));
    const results = await Promise.all(["hang", "b", "exit", "c", "d"].map((t) => pool.run(item(t))));
    expect(results.map(summary)).toEqual(["input-failed timeout", "ok b 1", "internal internal", "ok c 1", "ok d 1"]);
    await pool.close();
  });

  it("starts workers only as inputs need them", async () => {
    const pool = new WorkerPool({ size: 4, timeoutMs: null, settings, workerUrl: FAKE });
    await pool.run(item("one"));
    expect(pool.workers).toBe(1);
    await pool.close();
  });

  it.each(["exit", "throw"])("gives an internal error record to the input whose worker dies (%s), replaces it and goes on", async (verb) => {
    const pool = new WorkerPool({ size: 2, timeoutMs: null, settings, workerUrl: FAKE });
    const results = await Promise.all(["a", verb, "b", "c", verb, "d"].map((t) => pool.run(item(t))));
    expect(results.map((r) => r.outcome)).toEqual(["ok", "internal", "ok", "ok", "internal", "ok"]);
    expect(results[1]).toMatchObject({ code: "internal", message: expect.stringContaining("replaced") });
    if (verb === "throw") expect(results[1]).toMatchObject({ message: expect.stringContaining("boom") });
    await pool.close();
  });

  it("gives an internal error record to an input that makes its worker run out of memory", async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: null, settings, workerUrl: FAKE, resourceLimits: { maxOldGenerationSizeMb: 24 } });
    const [oom, after] = await Promise.all([pool.run(item("oom")), pool.run(item("after"))]);
    expect(oom).toMatchObject({ outcome: "internal", message: expect.stringContaining("out of memory") });
    expect(summary(after)).toBe("ok after 5");
    await pool.close();
  }, 30_000);

  it("abandons an input that overruns the budget with a timeout record, and the batch goes on", async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 300, settings, workerUrl: FAKE });
    const t0 = Date.now();
    const results = await Promise.all(["a", "hang", "b"].map((t) => pool.run(item(t))));
    expect(results.map(summary)).toEqual(["ok a 1", "input-failed timeout", "ok b 1"]);
    expect(results[1]).toMatchObject({ message: expect.stringContaining("--timeout") });
    expect(Date.now() - t0).toBeLessThan(20_000);
    await pool.close();
  });

  it("settles every input it holds when closed, and refuses new ones", async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: null, settings, workerUrl: FAKE });
    const running = [pool.run(item("hang")), pool.run(item("queued"))];
    await new Promise((r) => setTimeout(r, 300));
    await pool.close();
    expect((await Promise.all(running)).map((r) => r.outcome)).toEqual(["internal", "internal"]);
    expect((await pool.run(item("late"))).outcome).toBe("internal");
  });

  it("fails the queued inputs when its workers cannot start, instead of starting them forever", async () => {
    const pool = new WorkerPool({ size: 2, timeoutMs: null, settings: { ...settings, format: "html" }, workerUrl: FAKE });
    const results = await Promise.all([pool.run(item("a")), pool.run(item("b"))]);
    expect(results.map((r) => r.outcome)).toEqual(["internal", "internal"]);
    expect(results[0]).toMatchObject({ message: expect.stringContaining("cannot start") });
    await pool.close();
  });

  it("transfers an input's bytes to the worker instead of copying them, but never a slice of a shared buffer", async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: null, settings, workerUrl: FAKE });
    const own = new Uint8Array(new TextEncoder().encode("whole"));
    await pool.run({ kind: "input", source: { path: null }, bytes: own });
    expect(own.byteLength).toBe(0); // detached: it moved to the worker
    const shared = new Uint8Array(64);
    shared.set(new TextEncoder().encode("part"), 8);
    const slice = shared.subarray(8, 12);
    expect(summary(await pool.run({ kind: "input", source: { path: null }, bytes: slice }))).toBe("ok part 4");
    expect(shared.byteLength).toBe(64);
    await pool.close();
  });
});
