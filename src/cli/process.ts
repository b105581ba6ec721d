// The command as a process: main() given this process's streams, clock and signals, and its exit
// code set as process.exitCode. bin/extract runs it from the bundle, and the startup snapshot
// (src/cli/snapshot.ts) from its deserialized heap, so that both behave the same.
import { main } from "./main.js";

// The first SIGINT or SIGTERM stops a batch cleanly (workers ended, complete lines printed, a
// summary); a second one, the handlers gone, ends the process at once.
function onSignal(handler: (signal: "SIGINT" | "SIGTERM") => void): () => void {
  const signals = ["SIGINT", "SIGTERM"] as const;
  const listeners = { SIGINT: () => (off(), handler("SIGINT")), SIGTERM: () => (off(), handler("SIGTERM")) };
  const off = (): void => signals.forEach((s) => process.off(s, listeners[s]));
  signals.forEach((s) => process.on(s, listeners[s]));
  return off;
}

export async function runProcess(argv: readonly string[]): Promise<void> {
  // process.stdin is a getter that makes node's stream (and loads its module) on first use: it is
  // read only when an input is stdin, which a command given files never pays for.
  let stdinUsed = false;
  const io = {
    get stdin() {
      stdinUsed = true;
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    today: () => new Date(),
    onSignal,
  };
  process.exitCode = await main(argv, io);
  // A batch stopped while reading stdin (a signal, a closed output) must not wait for more of it.
  if (stdinUsed) process.stdin.destroy();
}

// The bundle's entry (dist/bundle/main.js) is this module: main() for tests and tools, runProcess() for bin/extract.
export { main } from "./main.js";
