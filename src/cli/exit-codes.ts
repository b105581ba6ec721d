// The exit code is a pure function of what happened to each input (attw's getExitCode idea); the
// shell sets process.exitCode from it and never calls process.exit(), which would cut piped output.
export const ExitCode = { Ok: 0, InputFailed: 1, Usage: 2, Internal: 70, OutputFailed: 74, Interrupted: 130, Terminated: 143 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export type Outcome = "ok" | "input-failed" | "internal";

export function exitCodeFor(outcomes: Iterable<Outcome>): ExitCode {
  let code: ExitCode = ExitCode.Ok;
  for (const o of outcomes) {
    if (o === "internal") return ExitCode.Internal;
    if (o === "input-failed") code = ExitCode.InputFailed;
  }
  return code;
}

/** A batch stopped by a signal exits as a shell expects of a process killed by it: 128 + its number. */
export function exitCodeForStop(signal: "SIGINT" | "SIGTERM"): ExitCode {
  return signal === "SIGINT" ? ExitCode.Interrupted : ExitCode.Terminated;
}
