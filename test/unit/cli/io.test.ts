import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { Output } from "../../../src/cli/io.js";

describe("Output", () => {
  it("stops writing quietly once the reader has gone", async () => {
    const sink = new Writable({ write(_c, _e, cb) { cb(Object.assign(new Error("EPIPE"), { code: "EPIPE" })); } });
    const out = new Output(sink);
    await out.write("first\n");
    await new Promise((r) => setImmediate(r));
    expect(out.closed).toBe(true);
    expect(out.failure).toBeNull();
    await out.write("second\n");
  });

  it("waits for the reader when the stream is full", async () => {
    const pipe = new PassThrough({ highWaterMark: 4 });
    const out = new Output(pipe);
    const chunks: string[] = [];
    const done = out.write("0123456789").then(() => chunks.push("written"));
    pipe.on("data", (c: Buffer) => chunks.push(c.toString()));
    await done;
    expect(chunks).toContain("written");
  });
});
