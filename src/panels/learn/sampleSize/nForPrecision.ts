/**
 * The number of patients needed for a wanted "± half" precision: the first n whose expected
 * interval width is at most 2 · half, read off a curve of widths for n = 1, 2, …; `null` when no n
 * on the curve is enough.
 * Assumes `widths[n - 1]` is the expected width for n patients (as `expectedWidths` gives) and
 * half > 0. Widths ripple slightly with n, so a few larger n may still be wider than the target.
 * Example: `nForPrecision([0.5, 0.3, 0.19, 0.21], 0.1) // 3`.
 */
export function nForPrecision(widths: readonly number[], half: number): number | null {
  const i = widths.findIndex((w) => w <= 2 * half);
  return i < 0 ? null : i + 1;
}
