// Progress of a batch on stderr, only when stderr is a terminal: one line redrawn in place, at most
// a few times a second; and the one-line summary printed at the end of a batch.

export interface Tally {
  /** Inputs finished (ok or failed). */
  readonly done: number;
  readonly failed: number;
}

/** The part of a stream that progress needs; a terminal has isTTY and columns. */
export interface ProgressStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface ProgressOptions {
  /** Milliseconds, monotonic. */
  readonly clock?: () => number;
  /** Least time between two redraws. */
  readonly intervalMs?: number;
}

const CLEAR = "\r\x1b[K";

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** The progress line: done/total when the total is known, rate, errors, time left. */
export function formatProgress(tally: Tally, total: number | null, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? tally.done / seconds : 0;
  const parts = [total !== null ? `${tally.done}/${total} (${Math.floor((100 * tally.done) / Math.max(total, 1))}%)` : `${tally.done} done`];
  parts.push(`${tally.failed} failed`);
  parts.push(`${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s`);
  if (total !== null && rate > 0 && tally.done < total) parts.push(`ETA ${duration((total - tally.done) / rate)}`);
  return `extract: ${parts.join(", ")}`;
}

/** The summary: `extract: 216 inputs, 214 ok, 2 failed, 23.1 s`, with why the batch stopped early. */
export function formatSummary(tally: Tally, elapsedMs: number, stoppedBy: string | null): string {
  const counts = `${tally.done} ${tally.done === 1 ? "input" : "inputs"}, ${tally.done - tally.failed} ok, ${tally.failed} failed, ${(elapsedMs / 1000).toFixed(1)} s`;
  return stoppedBy ? `extract: stopped by ${stoppedBy} after ${counts}` : `extract: ${counts}`;
}

/**
 * Draws the progress line on a terminal. Other messages for stderr go through log(), which clears
 * the line first, so that they never end up glued to it. On anything but a terminal it draws
 * nothing and log() writes straight through.
 */
export class Progress {
  private readonly clock: () => number;
  private readonly intervalMs: number;
  private readonly start: number;
  private lastDraw = -Infinity;
  private shown = false;
  private total: number | null = null;
  private tally: Tally = { done: 0, failed: 0 };
  readonly active: boolean;

  constructor(private readonly stream: ProgressStream, enabled: boolean, options: ProgressOptions = {}) {
    this.clock = options.clock ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? 250;
    this.start = this.clock();
    this.active = enabled && stream.isTTY === true;
  }

  /** Milliseconds since the batch started. */
  elapsed(): number {
    return this.clock() - this.start;
  }

  setTotal(total: number): void {
    this.total = total;
    this.draw(true);
  }

  update(tally: Tally): void {
    this.tally = tally;
    this.draw(false);
  }

  log(line: string): void {
    if (this.shown) this.stream.write(CLEAR);
    this.shown = false;
    this.stream.write(line.endsWith("\n") ? line : `${line}\n`);
    this.draw(false);
  }

  /** Removes the line, before the summary or when the batch ends. */
  finish(): void {
    if (this.shown) this.stream.write(CLEAR);
    this.shown = false;
  }

  private draw(force: boolean): void {
    if (!this.active) return;
    const now = this.clock();
    if (!force && now - this.lastDraw < this.intervalMs) return;
    this.lastDraw = now;
    let line = formatProgress(this.tally, this.total, now - this.start);
    const width = this.stream.columns;
    if (width && line.length >= width) line = line.slice(0, Math.max(0, width - 1));
    this.stream.write(`${CLEAR}${line}`);
    this.shown = true;
  }
}
