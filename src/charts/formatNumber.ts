/**
 * Formats a time or estimate for chart labels: at most two decimals, no trailing zeros,
 * "NR" (not reached) for `null`. Example: `formatNumber(1.50) === '1.5'`.
 */
export function formatNumber(v: number | null): string {
  return v === null ? 'NR' : String(Math.round(v * 100) / 100);
}
