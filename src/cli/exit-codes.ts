// The exit code is a pure function of what happened to each input (attw's getExitCode idea); the
// shell sets process.exitCode from it and never calls process.exit(), which would cut piped output.
export const ExitCode = { Ok: 0, InputFailed: 1, Usage: 2, Internal: 70, OutputFailed: 74 } as const;
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
