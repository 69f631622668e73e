/** Days from 1970-01-01 back to Excel's day 0 in the 1900 system (1899-12-30, after the leap-year quirk). */
const EPOCH_1900 = -25_569;
/** Days from 1970-01-01 back to 1904-01-01, day 0 of the 1904 system. */
const EPOCH_1904 = -24_107;

/** An Excel date serial read as a calendar date, or why it is not one. */
export type SerialDate = { ok: true; iso: string; days: number } | { ok: false; reason: string };

const iso = (days: number): string => new Date(days * 86_400_000).toISOString().slice(0, 10);

/**
 * Reads an Excel date serial as a calendar date (ISO 8601), dropping any time of day.
 * In the 1900 system (the default) day 1 is 1900-01-01, and Excel counts a 29 February 1900
 * that never existed (serial 60, kept from Lotus 1-2-3), so serials from 61 on are one day
 * ahead of a plain count; serial 60 itself is refused. In the 1904 system (a workbook flag,
 * old Mac Excel) day 0 is 1904-01-01. Serials below 1 (or 0 in 1904) are times, not dates.
 * Reference: ECMA-376 Part 1, §18.17.4.1 (date representation), and Microsoft's note
 * "Excel incorrectly assumes that the year 1900 is a leap year".
 * @example excelSerialDate(45658, false) // { ok: true, iso: '2025-01-01', days: 20089 }
 */
export function excelSerialDate(serial: number, date1904: boolean): SerialDate {
  if (!Number.isFinite(serial)) return { ok: false, reason: 'is not a finite date serial' };
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0) return { ok: false, reason: 'is before 1904-01-01, day 0 of the 1904 system' };
    const days = EPOCH_1904 + whole;
    return { ok: true, iso: iso(days), days };
  }
  if (whole < 1) return { ok: false, reason: 'is a time of day without a date (serial below 1)' };
  if (whole === 60) {
    return {
      ok: false,
      reason:
        "is Excel's date serial 60, the 29 February 1900 that never existed (Excel's 1900 leap-year bug); enter the real date",
    };
  }
  const days = whole < 60 ? EPOCH_1900 + whole + 1 : EPOCH_1900 + whole;
  return { ok: true, iso: iso(days), days };
}
