// WARC (and WARC.gz, gunzipped by zlib before warcio sees it): `response` records whose HTTP
// payload is an HTML page (status 2xx), and WET `conversion` records, which are plain text. Other
// records (requests, metadata, revisits, images, scripts) are skipped, not reported.
import { WARCParser } from "warcio";
import { formatOfContentType, withDeclaredCharset } from "./charset.js";
import { errorRecord } from "./errors.js";
import { dayOf } from "./ndjson.js";
import { readLimited, tooLarge, type Bytes } from "./streams.js";
import { InputFailure, type InputLimits, type InputRecord, type SourceRef } from "./types.js";

export async function* readWarc(stream: Bytes, source: SourceRef, limits: InputLimits): AsyncGenerator<InputRecord> {
  const parser = new WARCParser(stream);
  let records = 0;
  try {
    for await (const record of parser) {
      const type = record.warcType;
      let format: "html" | "text";
      let contentType: string | null = null;
      if (type === "conversion") {
        format = "text";
      } else if (type === "response") {
        const http = record.httpHeaders;
        const status = Number(http?.statusCode ?? 0);
        contentType = http?.headers.get("Content-Type") ?? null;
        if (status < 200 || status > 299 || formatOfContentType(contentType) !== "html") continue;
        format = "html";
      } else {
        continue;
      }
      const at: SourceRef = { ...source, ...fields("recordId", record.warcHeader("WARC-Record-ID")), ...fields("targetUri", record.warcTargetURI), ...fields("warcDate", record.warcDate) };
      if (++records > limits.maxMembers) {
        yield { kind: "error", source, code: "archive-limit", message: `the archive has more than ${limits.maxMembers} records (--max-members)` };
        return;
      }
      if (record.warcContentLength > limits.maxBytes) {
        yield errorRecord(at, tooLarge(limits.maxBytes));
        continue;
      }
      const raw = await readLimited(record, limits.maxBytes);
      const date = record.warcDate ? dayOf(record.warcDate) : null;
      yield { kind: "input", source: at, bytes: withDeclaredCharset(raw, contentType), format, referenceDate: date };
    }
  } catch (err) {
    if (err instanceof InputFailure || (err as NodeJS.ErrnoException)?.syscall !== undefined) yield errorRecord(source, err);
    else yield { kind: "error", source, code: "corrupt-archive", message: `the WARC file is corrupt after ${records} records: ${(err as Error)?.message ?? err}` };
  }
}

/** `{[key]: value}` when there is a value, else nothing: absent fields are omitted from source. */
function fields<K extends string>(key: K, value: string | null | undefined): { [k in K]?: string } {
  if (!value) return {};
  const unbracketed = key === "recordId" ? value : value.replace(/^<(.*)>$/, "$1");
  return { [key]: unbracketed } as { [k in K]?: string };
}
