// http(s):// inputs, fetched with Node's fetch: redirects followed by hand (to report the final
// URL and keep a limit), one timeout for the whole exchange, the body read up to --max-bytes,
// and the charset of the Content-Type passed on to decoding.
import { formatOfContentType, withDeclaredCharset } from "./charset.js";
import { tooLarge } from "./streams.js";
import { readLimited, type Bytes } from "./streams.js";
import { type FetchOptions, InputFailure, type InputLimits, type InputRecord, type SourceRef } from "./types.js";

export const isUrl = (spec: string): boolean => /^https?:\/\//i.test(spec);

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** How often the fetch deadline is checked; a longer gap between checks means the process was busy. */
const TICK_MS = 100;

/**
 * An abort signal for a time budget that counts only the time the process could wait: while the
 * pipeline keeps the event loop busy with another article, a prefetched response that has already
 * arrived must not be declared late.
 */
function budget(ms: number): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController();
  let left = ms;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    left -= Math.min(now - last, 2 * TICK_MS);
    last = now;
    if (left <= 0) {
      clearInterval(timer);
      controller.abort(new DOMException("the fetch took too long", "TimeoutError"));
    }
  }, TICK_MS);
  timer.unref();
  return { signal: controller.signal, done: () => clearInterval(timer) };
}

function failure(err: unknown, options: FetchOptions, timedOut: boolean): { code: "timeout" | "fetch-failed" | "too-large"; message: string } {
  if (err instanceof InputFailure && err.code === "too-large") return { code: "too-large", message: err.message };
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (timedOut) return { code: "timeout", message: `no complete response within ${options.timeoutMs / 1000} s (--fetch-timeout)` };
  const cause = e?.cause ? `: ${e.cause.code ?? e.cause.message ?? ""}` : "";
  return { code: "fetch-failed", message: `${e?.message ?? String(err)}${cause}` };
}

export async function fetchUrl(url: string, options: FetchOptions, limits: InputLimits): Promise<InputRecord> {
  let current = url;
  const source = (extra: Partial<SourceRef> = {}): SourceRef => ({ path: null, url, ...extra });
  const { signal, done } = budget(options.timeoutMs);
  try {
    let response: Response;
    for (let redirects = 0; ; redirects++) {
      try {
        new URL(current);
      } catch {
        return { kind: "error", source: source(), code: "fetch-failed", message: `not a valid URL: ${current}` };
      }
      response = await fetch(current, {
        redirect: "manual",
        signal,
        headers: { "user-agent": options.userAgent, accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5" },
      });
      const location = response.headers.get("location");
      if (!REDIRECTS.has(response.status) || !location) break;
      await response.body?.cancel();
      const next = new URL(location, current).href;
      if (!isUrl(next)) return { kind: "error", source: source({ finalUrl: current, status: response.status }), code: "fetch-failed", message: `a redirect leads to ${next}, which is not http(s)` };
      if (redirects >= options.maxRedirects) {
        return { kind: "error", source: source({ finalUrl: current, status: response.status }), code: "fetch-failed", message: `more than ${options.maxRedirects} redirects` };
      }
      current = next;
    }
    const at = source({ finalUrl: current, status: response.status });
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: "error", source: at, code: "http-status", message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}` };
    }
    const declared = Number(response.headers.get("content-length") ?? NaN);
    if (declared > limits.maxBytes) {
      await response.body?.cancel();
      return { kind: "error", source: at, code: "too-large", message: tooLarge(limits.maxBytes).message };
    }
    const body = response.body ? await readLimited(response.body as unknown as Bytes, limits.maxBytes) : new Uint8Array();
    const contentType = response.headers.get("content-type");
    const format = formatOfContentType(contentType);
    return { kind: "input", source: at, bytes: withDeclaredCharset(body, contentType), ...(format ? { format } : {}) };
  } catch (err) {
    return { kind: "error", source: source(current === url ? {} : { finalUrl: current }), ...failure(err, options, signal.aborted) };
  } finally {
    done();
  }
}
