const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** Days from 1970-01-01 back to 1960-01-01, SAS day 0. */
const SAS_EPOCH_DAYS = -3653;

const days = (year: number, month: number, day: number): number | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(date.getTime() / 86_400_000);
};

/**
 * Reads an ADaM date as days since 1970-01-01: ISO 8601 text (`2025-01-15`, a time part is
 * ignored), SAS `DATE9.` text (`15JAN2025`), or a SAS date number (days since 1960-01-01, as a
 * `*DT` variable holds). `null` for a blank cell; `undefined` when it is not a date.
 * @example adamDate('15JAN2025') // 20103
 */
export function adamDate(cell: unknown): number | null | undefined {
  if (cell === undefined || cell === null || cell === '') return null;
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? SAS_EPOCH_DAYS + Math.floor(cell) : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim().toUpperCase();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]*)?$/.exec(text);
  if (iso) return days(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? undefined;
  const date9 = /^(\d{1,2})([A-Z]{3})(\d{4})$/.exec(text);
  if (date9) {
    const month = MONTHS.indexOf(date9[2]) + 1;
    return month > 0 ? (days(Number(date9[3]), month, Number(date9[1])) ?? undefined) : undefined;
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) return SAS_EPOCH_DAYS + Math.floor(Number(text));
  return undefined;
}
