/**
 * A model parameter or a time as the page shows it, rounded: three significant digits (whole
 * numbers from 100 on), thousands separated, no exponent, "∞" for an infinite value and "—" for
 * none. The link and the JSON keep every digit; only what is read is rounded.
 * Example: `shortNumber(0.5522593) === '0.552'`, `shortNumber(1234.5) === '1,235'`.
 */
export function shortNumber(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en');
  return value.toLocaleString('en', { maximumSignificantDigits: 3 });
}
