// extract(bytes, options): one article through the pipeline. Apart from the library's index so
// that the batch loads it without the schema's zod objects, which only the pipeline needs.
import type { Ctx, InputFormat } from "./pipeline/doc.js";
import type { SourceRef } from "./schema/article.js";
import type { PipelineResult } from "./pipeline/index.js";

export interface ExtractOptions {
  /** The input's path, reported in source.path (null or absent for a stream). */
  readonly path?: string | null;
  /**
   * Where the input came from (archive member, WARC record, NDJSON line, URL), copied into
   * article.source; when given, it wins over `path`.
   */
  readonly source?: SourceRef;
  /** YYYY-MM-DD: anchors relative dates when the article carries no date of its own. */
  readonly referenceDate?: string | null;
  readonly format?: InputFormat;
  readonly keepBoilerplate?: boolean;
  /** Also list refused and failed agreements, with status "negated". */
  readonly includeNegated?: boolean;
  readonly debug?: (message: string) => void;
}

export function contextFrom(options: ExtractOptions): Ctx {
  const sink = options.debug;
  return {
    referenceDate: options.referenceDate ?? null,
    format: options.format ?? "auto",
    keepBoilerplate: options.keepBoilerplate ?? false,
    includeNegated: options.includeNegated ?? false,
    debug: sink ? (message) => sink(message()) : () => {},
  };
}

/** Extract one article from its bytes (or an already decoded string). */
export async function extract(input: Uint8Array | string, options: ExtractOptions = {}): Promise<PipelineResult> {
  const { runPipeline } = await import("./pipeline/index.js");
  const raw = typeof input === "string" ? new TextEncoder().encode(input) : input;
  return runPipeline(raw, options.source ?? options.path ?? null, contextFrom(options));
}
