// Runs the real binary, as a user would, from the repository root with a pinned environment.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = "bin/extract";

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The signal that ended the process, if one did (then code is null). */
  readonly signal?: NodeJS.Signals | null;
}

/** How a run ended, for a failure message: its exit code or signal and the start of its stderr. */
export const ending = (r: RunResult): string => `exit ${r.code ?? "-"}, signal ${r.signal ?? "-"}, ${r.stdout.length} bytes of stdout, stderr: ${JSON.stringify(r.stderr.slice(0, 2000))}`;

/**
 * A run that a signal ended, when the test sent none, is a crash of the process: it is run once
 * more, and said on the test's stderr, so that a rare crash of node itself (one run in thousands,
 * seen at start-up, before any output) does not fail a test, while a crash of ours, which comes back
 * on the second run, still does.
 */
export async function againIfCrashed<T extends { readonly signal?: NodeJS.Signals | null }>(what: string, run: () => Promise<T>): Promise<T> {
  const first = await run();
  if (!first.signal) return first;
  process.stderr.write(`test: ${what} ended by ${first.signal}, run once more\n`);
  return run();
}

export function runBin(args: readonly string[], options: { stdin?: string | Uint8Array; cwd?: string } = {}): Promise<RunResult> {
  return againIfCrashed(`extract ${args.join(" ")}`, () => runOnce(args, options));
}

function runOnce(args: readonly string[], options: { stdin?: string | Uint8Array; cwd?: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL(`../../${BIN}`, import.meta.url)), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env["PATH"] ?? "", TZ: "UTC", NO_COLOR: "1" },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal: signal ?? undefined, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.end(options.stdin ?? "");
  });
}

/** Parse NDJSON output into records. */
export const lines = (stdout: string): unknown[] => stdout.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as unknown);

/**
 * Starts a command and sends it `signal` as soon as it has printed something: what a user's
 * Ctrl-C or a scheduler's stop does in the middle of a batch.
 */
export function signalAtFirstOutput(command: string, args: readonly string[], signal: NodeJS.Signals, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env });
    let stdout = "";
    let stderr = "";
    let sent = false;
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
      if (!sent) (sent = true), child.kill(signal);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
