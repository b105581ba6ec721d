// --jobs 1 without a time budget: inputs run in this thread, one at a time, with no worker start-up.
import { loadJob, type Job } from "./job.js";
import type { Executor, JobResult, JobSettings, WorkItem } from "./types.js";

export class InlineExecutor implements Executor {
  private job: Promise<Job> | null = null;

  constructor(private readonly settings: JobSettings) {}

  async run(item: WorkItem): Promise<JobResult> {
    this.job ??= loadJob(this.settings);
    return (await this.job)(item);
  }

  async close(): Promise<void> {}
}
