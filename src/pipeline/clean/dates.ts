// Dates as pages write them in their metadata, normalised to an ISO date (YYYY-MM-DD). Only forms
// that say year, month and day without doubt are read; anything else is left unknown rather than
// guessed, because the dates stage anchors relative dates on it.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, januar: 1, janvier: 1, jänner: 1,
  feb: 2, february: 2, februar: 2, février: 2,
  mar: 3, march: 3, märz: 3, mars: 3,
  apr: 4, april: 4, avril: 4,
  may: 5, mai: 5,
  jun: 6, june: 6, juni: 6, juin: 6,
  jul: 7, july: 7, juli: 7, juillet: 7,
  aug: 8, august: 8, août: 8,
  sep: 9, sept: 9, september: 9, septembre: 9,
  oct: 10, october: 10, okt: 10, oktober: 10, octobre: 10,
  nov: 11, november: 11, novembre: 11,
  dec: 12, december: 12, dez: 12, dezember: 12, décembre: 12,
};

/** Years outside this range are typos or placeholders (0000-00-00, 1970 epochs), not article dates. */
const MIN_YEAR = 1980;
const MAX_YEAR = 2100;

function iso(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s))) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  // 19.10.2019: day first, as German, Polish and French pages write it.
  if ((m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(s))) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  // 19 October 2019, 19. Oktober 2019, October 19, 2019, Sat, 19 Oct 2019 10:00:00 GMT
  if ((m = /\b(\d{1,2})\.?\s+([\p{L}]+)\.?,?\s+(\d{4})\b/u.exec(s))) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month) return iso(Number(m[3]), month, Number(m[1]));
  }
  if ((m = /\b([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(s))) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month) return iso(Number(m[3]), month, Number(m[2]));
  }
  return null;
}
