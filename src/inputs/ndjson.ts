// NDJSON of articles: each line `{id?, url?, date?, text | html}` is one record; a line that is not
// such an object is an error record `bad-record` with its line number, and the next line is read.
import { splitLines, type Bytes } from "./streams.js";
import type { InputLimits, InputRecord, SourceRef } from "./types.js";

const NEWLINE = 0x0a;
const utf8 = new TextDecoder("utf-8", { fatal: false });
const encoder = new TextEncoder();

/**
 * The day a date string names, as written: an ISO date ("2026-05-06", with or without a time), the
 * basic form of one ("20260506"), or any date Date.parse reads ("May 6, 2026", "Wed, 06 May 2026
 * 23:30:00 -0500"), whose day is read in its own time zone, or as written when it has none, so
 * that the machine's time zone never moves it. Null when it names no day.
 */
export function dayOf(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})(-?)(\d{2})\2(\d{2})(?=$|[T\s])/.exec(v);
  if (iso) {
    const day = `${iso[1]}-${iso[3]}-${iso[4]}`;
    return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? null : day;
  }
  const ms = Date.parse(v);
  // (Date.parse reads a bare number as a year: "12345" is no day)
  if (Number.isNaN(ms) || /^\d+$/.test(v)) return null;
  const zone = /(?:([+-])(\d{2}):?(\d{2})|\b(?:GMT|UTC|Z))$/i.exec(v);
  if (!zone) {
    // No zone written: Date.parse read the time as local, so local fields give the day as written.
    const d = new Date(ms);
    return `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  }
  const offset = zone[1] ? (zone[1] === "-" ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}

type Parsed = { ok: true; record: Omit<Extract<InputRecord, { kind: "input" }>, "kind"> } | { ok: false; source: SourceRef; message: string };

function parseLine(text: string, at: SourceRef): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, source: at, message: `not JSON: ${(err as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, source: at, message: "the line is not a JSON object" };
  const v = value as Record<string, unknown>;
  const source: { -readonly [K in keyof SourceRef]: SourceRef[K] } = { ...at };
  if (typeof v["id"] === "string" || typeof v["id"] === "number") source.id = String(v["id"]);
  if (typeof v["url"] === "string") source.url = v["url"];
  // html wins when a line carries both: it holds the page's metadata too.
  const html = typeof v["html"] === "string" ? v["html"] : null;
  const body = html ?? (typeof v["text"] === "string" ? v["text"] : null);
  if (body === null) return { ok: false, source, message: 'the object has no "text" or "html" string' };
  let referenceDate: string | null = null;
  if (v["date"] !== undefined && v["date"] !== null) {
    referenceDate = typeof v["date"] === "string" ? dayOf(v["date"]) : null;
    if (!referenceDate) return { ok: false, source, message: `"date" is not a date: ${JSON.stringify(v["date"]).slice(0, 80)}` };
  }
  return { ok: true, record: { source, bytes: encoder.encode(body), format: html !== null ? "html" : "text", referenceDate } };
}

export async function* readNdjson(stream: Bytes, source: SourceRef, limits: InputLimits): AsyncGenerator<InputRecord> {
  let records = 0;
  for await (const line of splitLines(stream, NEWLINE, limits.maxBytes)) {
    const at: SourceRef = { ...source, line: line.number };
    if ("tooLong" in line) {
      yield { kind: "error", source: at, code: "too-large", message: `the line is longer than the limit of ${limits.maxBytes} bytes (--max-bytes)` };
      continue;
    }
    const text = utf8.decode(line.bytes);
    if (text.trim() === "") continue;
    if (++records > limits.maxMembers) {
      yield { kind: "error", source, code: "archive-limit", message: `more than ${limits.maxMembers} records (--max-members)` };
      return;
    }
    const parsed = parseLine(text, at);
    yield parsed.ok ? { kind: "input", ...parsed.record } : { kind: "error", source: parsed.source, code: "bad-record", message: parsed.message };
  }
}
