/** Nearer 0 than this, a number reads as "< 0.000001": its digits would be a row of zeros. */
const TINY = 1e-6;

/**
 * A model parameter or a time as the page shows it, rounded: three significant digits (whole
 * numbers from 100 on), thousands separated, no exponent ("< 0.000001" for a value nearer 0
 * than that, such as a fitted rate that reached its plateau), "∞" for an infinite value and
 * "—" for none. The link and the JSON keep every digit; only what is read is rounded.
 * Example: `shortNumber(0.5522593) === '0.552'`, `shortNumber(1234.5) === '1,235'`, `shortNumber(5e-19) === '< 0.000001'`.
 */
export function shortNumber(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en');
  if (value !== 0 && Math.abs(value) < TINY) return value > 0 ? '< 0.000001' : '> −0.000001';
  return value.toLocaleString('en', { maximumSignificantDigits: 3 });
}
