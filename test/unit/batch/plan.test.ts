import { describe, expect, it } from "vitest";
import { planExecution, type BatchShape } from "../../../src/batch/plan.js";
import { HEAD_RECORDS } from "../../../src/batch/run.js";

const shape = (over: Partial<BatchShape>): BatchShape => ({ inputs: 1, complete: true, jobs: null, cores: 4, timeoutSeconds: null, defaultTimeoutSeconds: 60, ...over });

describe("where a batch runs", () => {
  it("runs one input, or a batch of a few when --jobs is not given, in this thread", () => {
    expect(planExecution(shape({ inputs: 1 }))).toEqual({ where: "inline" });
    expect(planExecution(shape({ inputs: 0 }))).toEqual({ where: "inline" });
    expect(planExecution(shape({ inputs: HEAD_RECORDS }))).toEqual({ where: "inline" });
  });

  it("starts one worker per core for a longer batch, or one whose end is not yet known", () => {
    expect(planExecution(shape({ inputs: HEAD_RECORDS + 1, complete: false }))).toEqual({ where: "workers", size: 4, timeoutMs: 60_000 });
    expect(planExecution(shape({ inputs: 2, complete: false }))).toEqual({ where: "workers", size: 4, timeoutMs: 60_000 });
  });

  it("obeys an explicit --jobs, even for a few inputs", () => {
    expect(planExecution(shape({ inputs: 3, jobs: 2 }))).toEqual({ where: "workers", size: 2, timeoutMs: 60_000 });
    expect(planExecution(shape({ inputs: 30, complete: false, jobs: 1 }))).toEqual({ where: "inline" });
    expect(planExecution(shape({ inputs: 1, jobs: 2 }))).toEqual({ where: "inline" });
  });

  it("uses workers whenever a time budget is asked for, since only a worker can be stopped", () => {
    expect(planExecution(shape({ inputs: 1, timeoutSeconds: 5 }))).toEqual({ where: "workers", size: 1, timeoutMs: 5000 });
    expect(planExecution(shape({ inputs: 3, timeoutSeconds: 5 }))).toEqual({ where: "workers", size: 4, timeoutMs: 5000 });
    expect(planExecution(shape({ inputs: 30, complete: false, jobs: 1, timeoutSeconds: 0 }))).toEqual({ where: "inline" });
    expect(planExecution(shape({ inputs: 30, complete: false, timeoutSeconds: 0 }))).toEqual({ where: "workers", size: 4, timeoutMs: null });
  });
});
