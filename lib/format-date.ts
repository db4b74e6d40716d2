/**
 * Dates as the app writes them, on every page and in the PDF: "30 Nov 2026", and with a time
 * "30 Nov 2026, 14:05 UTC". Always UTC so server, browser and PDF agree. Month names come from a
 * fixed list, not Intl, whose short month names differ between ICU versions ("Sep" or "Sept").
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** A Date, an ISO timestamp, or a calendar date ("2026-11-30", read as that day in UTC). Null when it is not a date. */
function asDate(value: Date | string): Date | null {
  const date = typeof value === "string" ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "30 Nov 2026". A string that is not a date is returned as it is. */
export function formatDay(value: Date | string): string {
  const date = asDate(value);
  if (!date) return String(value);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "30 Nov 2026, 14:05 UTC". A string that is not a date is returned as it is. */
export function formatDayTime(value: Date | string): string {
  const date = asDate(value);
  if (!date) return String(value);
  return `${formatDay(date)}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** Kept for code written before dates had one form: the same output as formatDay. */
export const formatLongDay = formatDay;
/** Kept for code written before dates had one form: the same output as formatDayTime. */
export const formatLongDayTime = formatDayTime;
