/** One record as printed: indented JSON, or one line (NDJSON). */
export function render(record: unknown, pretty: boolean): string {
  return `${pretty ? JSON.stringify(record, null, 2) : JSON.stringify(record)}\n`;
}
