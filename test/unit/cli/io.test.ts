import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type InputItem, listInputs, Output, readInput } from "../../../src/cli/io.js";

async function collect(args: string[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of listInputs(args)) out.push(item);
  return out;
}

describe("listInputs", () => {
  it("reads stdin when no input is named", async () => {
    expect(await collect([])).toEqual([{ kind: "stdin" }]);
  });

  it("keeps the order of the arguments and walks directories in sorted order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-io-"));
    mkdirSync(join(dir, "z"));
    writeFileSync(join(dir, "z/2.txt"), "x");
    writeFileSync(join(dir, "z/10.txt"), "x");
    writeFileSync(join(dir, "z/.skip"), "x");
    writeFileSync(join(dir, "a.txt"), "x");
    const items = await collect([join(dir, "z"), "-", join(dir, "a.txt")]);
    expect(items).toEqual([
      { kind: "file", path: join(dir, "z/10.txt") },
      { kind: "file", path: join(dir, "z/2.txt") },
      { kind: "stdin" },
      { kind: "file", path: join(dir, "a.txt") },
    ]);
  });

  it("turns a missing path into an error item instead of throwing", async () => {
    const [item] = await collect(["does/not/exist"]);
    expect(item).toMatchObject({ kind: "error", code: "not-found", path: "does/not/exist" });
  });
});

describe("readInput", () => {
  it("reads all of stdin", async () => {
    const bytes = await readInput({ kind: "stdin" }, Readable.from([Buffer.from("ab"), Buffer.from("c")]));
    expect(Buffer.from(bytes).toString()).toBe("abc");
  });
});

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
