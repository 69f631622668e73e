const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a calendar date `YYYY-MM-DD` (ISO 8601) strictly, as whole days since 1970-01-01;
 * `null` when malformed or not a real date (2025-02-30, 2025-13-01).
 * Example: `isoDateDays('1970-01-08')` is 7.
 */
export function isoDateDays(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const back = new Date(0);
  back.setUTCFullYear(year, month - 1, day);
  const ms = back.getTime();
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1) return null;
  if (back.getUTCDate() !== day) return null;
  return Math.round(ms / 86_400_000);
}
