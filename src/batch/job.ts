// One input through the library, as both the main thread (--jobs 1) and each worker run it: the
// pipeline is loaded once per thread and serves every input after that.
import { render } from "../cli/render.js";
import type { JobResult, JobSettings, WorkItem } from "./types.js";

export type Job = (item: WorkItem) => Promise<JobResult>;

export async function loadJob(settings: JobSettings): Promise<Job> {
  const { extract } = await import("../extract.js");
  return async (item) => {
    const debug: string[] = [];
    try {
      const result = await extract(item.bytes, {
        source: item.source,
        format: settings.format === "auto" ? item.format ?? "auto" : settings.format,
        referenceDate: item.referenceDate ?? settings.referenceDate,
        keepBoilerplate: settings.keepBoilerplate,
        includeNegated: settings.includeNegated,
        ...(settings.debug ? { debug: (m: string) => void debug.push(m) } : {}),
      });
      if (result.ok) return { outcome: "ok", output: render(result.article, settings.pretty), debug };
      return { outcome: result.code === "internal" ? "internal" : "input-failed", code: result.code, message: result.message, debug };
    } catch (err) {
      // The pipeline reports failures as results; anything thrown past it is a bug, kept to this input.
      return { outcome: "internal", code: "internal", message: `internal error: ${(err as Error)?.message ?? String(err)}`, debug };
    }
  };
}

/** A short article that makes a fresh worker build its data (places, word lists) before its first timed input. */
export const WARM_UP: WorkItem = {
  kind: "input",
  source: { path: null },
  bytes: new TextEncoder().encode("PARIS, Jan. 31 (Reuters) - French President Emmanuel Macron and the Acme Corp board agreed on Monday to extend the accord until 2027, officials said. \"We will sign it,\" he said.\n"),
};
