import { describe, expect, it } from "vitest";
import { formatProgress, formatSummary, Progress } from "../../../src/batch/progress.js";

class FakeTty {
  readonly isTTY = true;
  readonly writes: string[] = [];
  constructor(readonly columns = 120) {}
  write(s: string): boolean {
    this.writes.push(s);
    return true;
  }
  /** What the terminal shows: carriage returns and line clears applied. */
  screen(): string[] {
    const lines = [""];
    for (const ch of this.writes.join("").replace(/\r\x1b\[K/g, "\r")) {
      if (ch === "\r") lines[lines.length - 1] = "";
      else if (ch === "\n") lines.push("");
      else lines[lines.length - 1] += ch;
    }
    return lines;
  }
}

describe("progress", () => {
  it("formats done/total, failures, rate and time left", () => {
    expect(formatProgress({ done: 50, failed: 2 }, 200, 10_000)).toBe("extract: 50/200 (25%), 2 failed, 5.0/s, ETA 0:30");
    expect(formatProgress({ done: 1200, failed: 0 }, null, 60_000)).toBe("extract: 1200 done, 0 failed, 20/s");
    expect(formatProgress({ done: 10, failed: 0 }, 100_000, 1000)).toContain("ETA 2:46:39");
  });

  it("formats the summary, and why a batch stopped", () => {
    expect(formatSummary({ done: 216, failed: 2 }, 23_140, null)).toBe("extract: 216 inputs, 214 ok, 2 failed, 23.1 s");
    expect(formatSummary({ done: 1, failed: 0 }, 500, "SIGINT")).toBe("extract: stopped by SIGINT after 1 input, 1 ok, 0 failed, 0.5 s");
  });

  it("redraws one line in place on a terminal, at most once per interval", () => {
    let now = 0;
    const tty = new FakeTty();
    const p = new Progress(tty, true, { clock: () => now, intervalMs: 250 });
    p.setTotal(4);
    for (let i = 1; i <= 4; i++) {
      now += 100;
      p.update({ done: i, failed: 0 });
    }
    // setTotal draws at once; of the four updates 100 ms apart, only the ones 250 ms after a draw draw
    expect(tty.writes.filter((w) => w.startsWith("\r"))).toHaveLength(2);
    expect(tty.screen()).toEqual(["extract: 3/4 (75%), 0 failed, 10/s, ETA 0:00"]);
    p.finish();
    expect(tty.screen()).toEqual([""]);
  });

  it("keeps other messages on lines of their own, above the progress line", () => {
    let now = 0;
    const tty = new FakeTty();
    const p = new Progress(tty, true, { clock: () => now });
    now = 1000;
    p.update({ done: 1, failed: 0 });
    p.log("extract: b.txt: no such file or directory");
    now = 2000;
    p.update({ done: 2, failed: 1 });
    expect(tty.screen()).toEqual(["extract: b.txt: no such file or directory", "extract: 2 done, 1 failed, 1.0/s"]);
  });

  it("fits the line to the terminal's width", () => {
    const tty = new FakeTty(20);
    new Progress(tty, true, { clock: () => 5000 }).update({ done: 3, failed: 0 });
    expect(tty.screen()[0]!.length).toBeLessThan(20);
  });

  it("draws nothing when stderr is not a terminal, or when told to be quiet", () => {
    const pipe = { writes: [] as string[], write(s: string) { this.writes.push(s); return true; } };
    const p = new Progress(pipe, true);
    p.update({ done: 1, failed: 0 });
    p.log("extract: a message");
    p.finish();
    expect(pipe.writes).toEqual(["extract: a message\n"]);
    const tty = new FakeTty();
    new Progress(tty, false).update({ done: 1, failed: 0 });
    expect(tty.writes).toEqual([]);
  });
});
