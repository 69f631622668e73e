/**
 * The number of patients needed for a wanted precision: the first n whose expected interval width
 * is at most `width`, read off a curve of widths for n = 1, 2, … (entry n - 1, as
 * `expectedWidth` gives them); `null` when no n on the curve is enough. For a half-width ("± h")
 * target pass width = 2h.
 * Assumes width > 0. The expected width ripples slightly with n, so a few larger n can still be
 * wider than the target; this reports the first n that meets it. The Wald interval collapses to a
 * point at n = 1, so its answer is always 1: a warning, not a design.
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101, section 4.2.
 * @example smallestNForWidth([0.5, 0.3, 0.19, 0.21], 0.2) // 3
 */
export function smallestNForWidth(widths: readonly number[], width: number): number | null {
  if (!(width > 0)) throw new RangeError(`width must be > 0, got ${width}`);
  const i = widths.findIndex((w) => w <= width);
  return i < 0 ? null : i + 1;
}
