// The shell around the library: parse flags, list the inputs, run each through the pipeline and
// print one record per input. It returns the exit code and never calls process.exit().
import { Command, CommanderError, Option } from "commander";
import type { Readable, Writable } from "node:stream";
import { fromContainer } from "../inputs/describe.js";
import { ExitCode, exitCodeFor, exitCodeForStop } from "./exit-codes.js";
import { Output } from "./io.js";
import { FORMATS, INPUT_FORMATS, toOptions, UsageError, type CliOptions, type RawFlags } from "./options.js";
import { version } from "./version.js";

export interface Io {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** The clock, read only for `--reference-date now`. */
  readonly today: () => Date;
  /** Calls the handler on the first SIGINT or SIGTERM (a batch then stops cleanly); returns the unsubscribe. */
  readonly onSignal?: (handler: (signal: "SIGINT" | "SIGTERM") => void) => () => void;
}

/** Seconds an input may take on a worker when --timeout is not given: generous, a normal article takes 0.1 s. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

const EXAMPLES = `
Examples:
  $ extract article.txt                        one input: pretty JSON
  $ extract page.html | jq '.people[].name'    names of the people in a page
  $ extract --ndjson archive/ > out.ndjson     a directory, walked recursively: one JSON line per file
  $ extract --ndjson archive/ | jq -c 'select(.error == null) | {title, places: [.places[].countryCode]}'
  $ cat article.txt | extract --reference-date 2026-02-01 -
  $ extract --ndjson crawl.warc.gz             each HTML response of a WARC (or WET text record)
  $ extract --ndjson pages.tar.gz site.zip     each article member of an archive
  $ find . -name '*.html' -print0 | extract --files-from - -0 --ndjson
  $ extract --input-format ndjson - < rows.ndjson   lines of {id?, url?, date?, text | html}
  $ extract https://example.com/news/1         fetch a page
  $ extract --jobs 4 --timeout 30 --ndjson archive/ > out.ndjson   four workers, 30 s per input at most
  $ extract --schema > extract.schema.json     the JSON Schema of every record printed

Exit codes: 0 every input processed, 1 some inputs failed (the others were printed),
2 usage error, 70 internal error, 74 output could not be written, 130/143 stopped by SIGINT/SIGTERM.`;

/** A repeatable option's values, in order. */
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

function program(io: Io, out: Output): Command {
  return new Command("extract")
    .description("Turn news articles (plain text or HTML) into structured JSON: people, organizations, places, dates, agreements and quotes.")
    .argument("[inputs...]", 'files, directories, archives or http(s) URLs to read; "-" or nothing reads stdin')
    .option("--ndjson", "print one compact JSON object per input, one per line (the default for several inputs)")
    .option("--pretty", "print indented JSON")
    .option("--compact", "print each record on one line")
    .addOption(new Option("--format <kind>", "how to read the input (auto sniffs the bytes)").choices(FORMATS).default("auto"))
    .option("--reference-date <YYYY-MM-DD>", 'anchor for relative dates when the article has no date of its own ("now" uses today)')
    .option("--keep-boilerplate", "keep removed blocks in text (they are still listed in removed)")
    .option("--include-negated", 'also list refused and failed agreements ("did not sign"), with status "negated"')
    .option("--schema", "print the JSON Schema of the output and exit")
    .option("--debug", "trace what each stage did on stderr")
    .addOption(new Option("--input-format <kind>", "auto sniffs archives, WARC and NDJSON from the bytes; ndjson reads every input as lines of {id?, url?, date?, text | html}").choices(INPUT_FORMATS).default("auto"))
    .option("--include <glob>", "in a directory walk, read the files that match (instead of article extensions and archives); repeatable", collect)
    .option("--exclude <glob>", "in a directory walk, skip the files and folders that match; repeatable", collect)
    .option("--files-from <file>", 'read the inputs listed in FILE, one per line ("-": stdin)')
    .option("-0, --null", "the --files-from list is separated by NUL bytes (find -print0)")
    .option("--urls-from <file>", 'fetch the URLs listed in FILE, one per line ("-": stdin)')
    .option("--max-bytes <size>", "largest article read (default 20MB); larger ones give too-large")
    .option("--max-members <n>", "most members or records read from one archive (default 1000000)")
    .option("--max-expanded-bytes <size>", "most bytes expanded from one compressed input (default 64GB)")
    .option("--max-ratio <n>", "highest expansion ratio of compressed data past its first MB (default 100)")
    .option("--fetch-timeout <seconds>", "time allowed for fetching one URL (default 30)")
    .option("--max-redirects <n>", "redirects followed for one URL (default 10)")
    .option("-j, --jobs <N>", "worker threads for a batch (default: one per core, none for a batch of up to 8 inputs; 1 runs in this process)")
    .option("--timeout <SECONDS>", `time budget per input on a worker; a stuck input gets a "timeout" error record and the batch goes on (default ${DEFAULT_TIMEOUT_SECONDS} for workers; 0: none)`)
    .option("-q, --quiet", "no progress line and no summary on stderr")
    .version(version, "-V, --version")
    .helpOption("-h, --help", "show this help")
    .addHelpText("after", EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void out.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // Every write to stdout goes through one Output, from --help on: a reader that goes away early
  // (`extract --help | head -1`) ends the output quietly, a full disk gives exit code 74.
  const out = new Output(io.stdout);
  const written = (code: number): number => (out.failure ? writeFailed(io, out.failure) : code);
  const cmd = program(io, out);
  let options: CliOptions;
  try {
    cmd.parse([...argv], { from: "user" });
    const flags = cmd.opts<RawFlags>();
    options = toOptions(await withStrayPath(cmd.args, flags, io), flags, io.today, `extract/${version}`);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode !== 0) return ExitCode.Usage;
      await out.flushed();
      return written(ExitCode.Ok);
    }
    if (err instanceof UsageError) {
      io.stderr.write(`extract: ${err.message}\n(see extract --help)\n`);
      return ExitCode.Usage;
    }
    throw err;
  }
  if (options.schema) {
    const { jsonSchema } = await import("../schema/json-schema.js");
    await out.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
    await out.flushed();
    return written(ExitCode.Ok);
  }
  return run(options, io, out);
}

function writeFailed(io: Io, failure: Error): number {
  io.stderr.write(`extract: cannot write the output: ${failure.message}\n`);
  return ExitCode.OutputFailed;
}

async function run(options: CliOptions, io: Io, out: Output): Promise<number> {
  // The input and batch layers, and with them the pipeline, are loaded only now, so that --help,
  // --version and usage errors stay instant.
  const [{ readInputs, countInputs }, { runBatch, StopSignal }, { planExecution }, { Progress, formatSummary }, { WorkerPool }, { InlineExecutor }, { availableParallelism }] = await Promise.all([
    import("../inputs/index.js"),
    import("../batch/run.js"),
    import("../batch/plan.js"),
    import("../batch/progress.js"),
    import("../batch/pool.js"),
    import("../batch/inline.js"),
    import("node:os"),
  ]);
  const input = options.input;
  const manyInputs = options.ndjson || options.inputs.length > 1 || input.filesFrom !== null || input.urlsFrom !== null || (await anyDirectory(options.inputs));
  const progress = new Progress(io.stderr, !options.quiet);
  let finished = false;
  if (progress.active) void countInputs(options.inputs, input, () => finished).then((n) => n !== null && !finished && progress.setTotal(n), () => {});

  const stop = new StopSignal();
  const unsubscribe = io.onSignal?.((signal) => stop.stop(signal)) ?? (() => {});
  let result;
  try {
    result = await runBatch(readInputs(options.inputs, input, () => io.stdin), {
      executorFor: (head, complete) => {
        // One input that turns out to hold several records (an archive, NDJSON) prints NDJSON too.
        const manyRecords = manyInputs || (head[0] !== undefined && fromContainer(head[0].source));
        const pretty = options.pretty ?? !manyRecords;
        const settings = { format: options.format, referenceDate: options.referenceDate, keepBoilerplate: options.keepBoilerplate, includeNegated: options.includeNegated, pretty, debug: options.debug };
        const layout = { errorRecords: manyRecords, pretty };
        const plan = planExecution({ inputs: head.length, complete, jobs: options.jobs, cores: availableParallelism(), timeoutSeconds: options.timeout, defaultTimeoutSeconds: DEFAULT_TIMEOUT_SECONDS });
        if (plan.where === "inline") return { executor: new InlineExecutor(settings), window: 1, ...layout };
        const pool = new WorkerPool({ size: plan.size, timeoutMs: plan.timeoutMs, settings });
        // Each worker runs one input and holds the next; as many again are read ahead, so that the
        // others go on while the records after a slow input wait for it to be printed in order.
        return { executor: pool, window: 4 * plan.size, ...layout };
      },
      sink: out,
      progress,
      stop,
    });
  } finally {
    finished = true;
    unsubscribe();
    progress.finish();
  }
  await out.flushed();
  if (out.failure) return writeFailed(io, out.failure);
  // The summary: for a batch of more than one input, or one stopped by a signal; never once the
  // reader has gone away (`| head -1` stops quietly).
  if (!options.quiet && !out.closed && (result.tally.done > 1 || result.stoppedBy)) {
    io.stderr.write(`${formatSummary(result.tally, progress.elapsed(), result.stoppedBy)}\n`);
  }
  if (result.stoppedBy === "SIGINT" || result.stoppedBy === "SIGTERM") return exitCodeForStop(result.stoppedBy);
  return exitCodeFor(result.outcomes);
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
