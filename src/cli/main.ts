// The shell around the library: parse flags, list the inputs, run each through the pipeline and
// print one record per input. It returns the exit code and never calls process.exit().
import { Command, CommanderError, Option } from "commander";
import type { Readable, Writable } from "node:stream";
import { ExitCode, exitCodeFor, type Outcome } from "./exit-codes.js";
import { listInputs, Output, readInput, InputReadError } from "./io.js";
import { FORMATS, toOptions, UsageError, type CliOptions, type RawFlags } from "./options.js";
import { render } from "./render.js";
import { version } from "./version.js";

export interface Io {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** The clock, read only for `--reference-date now`. */
  readonly today: () => Date;
}

const EXAMPLES = `
Examples:
  $ extract article.txt                        one input: pretty JSON
  $ extract page.html | jq '.people[].name'    names of the people in a page
  $ extract --ndjson archive/ > out.ndjson     a directory, walked recursively: one JSON line per file
  $ extract --ndjson archive/ | jq -c 'select(.error == null) | {title, places: [.places[].countryCode]}'
  $ cat article.txt | extract --reference-date 2026-02-01 -
  $ extract --schema > extract.schema.json     the JSON Schema of every record printed

Exit codes: 0 every input processed, 1 some inputs failed (the others were printed),
2 usage error, 70 internal error, 74 output could not be written.`;

function program(io: Io): Command {
  return new Command("extract")
    .description("Turn news articles (plain text or HTML) into structured JSON: people, organizations, places, dates, agreements and quotes.")
    .argument("[inputs...]", 'files or directories to read; "-" or nothing reads stdin')
    .option("--ndjson", "print one compact JSON object per input, one per line (the default for several inputs)")
    .option("--pretty", "print indented JSON")
    .option("--compact", "print each record on one line")
    .addOption(new Option("--format <kind>", "how to read the input (auto sniffs the bytes)").choices(FORMATS).default("auto"))
    .option("--reference-date <YYYY-MM-DD>", 'anchor for relative dates when the article has no date of its own ("now" uses today)')
    .option("--keep-boilerplate", "keep removed blocks in text (they are still listed in removed)")
    .option("--include-negated", 'also list refused and failed agreements ("did not sign"), with status "negated"')
    .option("--schema", "print the JSON Schema of the output and exit")
    .option("--debug", "trace what each stage did on stderr")
    .version(version, "-V, --version")
    .helpOption("-h, --help", "show this help")
    .addHelpText("after", EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const cmd = program(io);
  let options: CliOptions;
  try {
    cmd.parse([...argv], { from: "user" });
    const flags = cmd.opts<RawFlags>();
    options = toOptions(await withStrayPath(cmd.args, flags, io), flags, io.today);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    if (err instanceof UsageError) {
      io.stderr.write(`extract: ${err.message}\n(see extract --help)\n`);
      return ExitCode.Usage;
    }
    throw err;
  }
  if (options.schema) {
    const { jsonSchema } = await import("../schema/json-schema.js");
    io.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
    return ExitCode.Ok;
  }
  return run(options, io);
}

async function run(options: CliOptions, io: Io): Promise<number> {
  // Loaded only now, so that --help, --version and usage errors stay instant.
  const { extract } = await import("../index.js");
  const out = new Output(io.stdout);
  const manyRecords = options.ndjson || options.inputs.length > 1 || (await anyDirectory(options.inputs));
  const pretty = options.pretty ?? !manyRecords;
  const outcomes: Outcome[] = [];
  const debug = options.debug ? (m: string) => void io.stderr.write(`extract: debug: ${m}\n`) : undefined;

  for await (const item of listInputs(options.inputs)) {
    if (out.closed) break;
    const path = item.kind === "stdin" ? null : item.path;
    const label = path ?? "<stdin>";
    let failure: { code: string; message: string } | null = item.kind === "error" ? item : null;
    let outcome: Outcome = "input-failed";
    if (item.kind !== "error") {
      try {
        const bytes = await readInput(item, io.stdin);
        const result = await extract(bytes, { path, format: options.format, referenceDate: options.referenceDate, keepBoilerplate: options.keepBoilerplate, includeNegated: options.includeNegated, ...(debug ? { debug } : {}) });
        if (result.ok) {
          await out.write(render(result.article, pretty));
          outcome = "ok";
        } else {
          failure = result;
          if (result.code === "internal") outcome = "internal";
        }
      } catch (err) {
        if (!(err instanceof InputReadError)) throw err;
        failure = err;
      }
    }
    if (failure) {
      io.stderr.write(`extract: ${label}: ${failure.message}\n`);
      if (manyRecords) await out.write(render({ source: { path }, error: { code: failure.code, message: failure.message } }, pretty));
    }
    outcomes.push(outcome);
  }
  if (out.failure) {
    io.stderr.write(`extract: cannot write the output: ${out.failure.message}\n`);
    return ExitCode.OutputFailed;
  }
  return exitCodeFor(outcomes);
}

/**
 * `--reference-date $REF file...` with REF empty reaches us as `--reference-date file...`: when the
 * value is not a date but an existing path, it is read as the first input, with a warning, and
 * no reference date.
 */
async function withStrayPath(args: readonly string[], flags: RawFlags, io: Io): Promise<string[]> {
  const value = flags.referenceDate;
  if (value === undefined || value === "now" || /^\d{4}-\d{2}-\d{2}$/.test(value)) return [...args];
  const { stat } = await import("node:fs/promises");
  if (!(await stat(value).then(() => true, () => false))) return [...args];
  io.stderr.write(`extract: warning: --reference-date was given the path ${JSON.stringify(value)}, not a date: it is read as an input, with no reference date\n`);
  delete flags.referenceDate;
  return [value, ...args];
}

async function anyDirectory(inputs: readonly string[]): Promise<boolean> {
  const { stat } = await import("node:fs/promises");
  for (const input of inputs) {
    if (input !== "-" && (await stat(input).then((s) => s.isDirectory(), () => false))) return true;
  }
  return false;
}
