import { describe, expect, it } from "vitest";
import { ExitCode, exitCodeFor, exitCodeForStop } from "../../../src/cli/exit-codes.js";

describe("exitCodeFor", () => {
  it("is 0 when every input was processed, including an empty batch", () => {
    expect(exitCodeFor(["ok", "ok"])).toBe(ExitCode.Ok);
    expect(exitCodeFor([])).toBe(ExitCode.Ok);
  });

  it("is 1 when some inputs failed and the others were processed", () => {
    expect(exitCodeFor(["ok", "input-failed", "ok"])).toBe(ExitCode.InputFailed);
  });

  it("is 70 when any result failed its own checks, whatever else happened", () => {
    expect(exitCodeFor(["input-failed", "internal", "ok"])).toBe(ExitCode.Internal);
  });
});

describe("exitCodeForStop", () => {
  it("is 128 plus the signal's number, as for a process the signal killed", () => {
    expect(exitCodeForStop("SIGINT")).toBe(130);
    expect(exitCodeForStop("SIGTERM")).toBe(143);
  });
});
