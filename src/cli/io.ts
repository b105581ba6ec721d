// The CLI's output: writing records to a stream that may be a pipe closed early
// (`extract dir/ | head -1`). Reading inputs is the input layer's (src/inputs/).
import type { Writable } from "node:stream";

/**
 * Writes to a stream with backpressure, and notices when the reader went away (EPIPE): then
 * `closed` turns true and further writes are dropped, so the caller can stop quietly. Any other
 * write error (a full disk) is kept in `failure` for the caller to report.
 */
export class Output {
  closed = false;
  failure: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on("error", (err: NodeJS.ErrnoException) => this.failed(err));
  }

  private failed(err: NodeJS.ErrnoException): void {
    this.closed = true;
    if (err.code !== "EPIPE" && err.code !== "ERR_STREAM_DESTROYED") this.failure ??= err;
  }

  /** Resolves once what was written has reached the stream's destination, or failed to. */
  async flushed(): Promise<void> {
    if (this.closed) return;
    await new Promise<void>((resolve) => {
      this.stream.write("", (err?: Error | null) => {
        if (err) this.failed(err as NodeJS.ErrnoException);
        resolve();
      });
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.closed) return;
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off("drain", done).off("close", done).off("error", done);
        resolve();
      };
      this.stream.on("drain", done).on("close", done).on("error", done);
    });
  }
}
