import type { ProportionMethod } from '../report.ts';
import { expectedWidthAt } from './expectedWidthAt.ts';

/**
 * The smallest number of patients whose interval has an expected width of at most `width` when
 * the true rate is p, or `null` when no n up to `nMax` (default 1000) is enough. For a half-width
 * ("± h") target pass width = 2h.
 * Assumes 0 < width and 0 <= p <= 1. The expected width ripples slightly with n, so a few larger
 * n can still be wider than the target; this reports the first n that meets it. The Wald interval
 * collapses to a point at n = 1, so its answer is always 1: a warning, not a design.
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101, section 4.2.
 * @example smallestNForWidth(0.8, 0.2, { method: 'wilson' }) // 59
 */
export function smallestNForWidth(
  p: number,
  width: number,
  options: { method: ProportionMethod; level?: number; nMax?: number },
): number | null {
  if (!(width > 0)) throw new RangeError(`width must be > 0, got ${width}`);
  const nMax = options.nMax ?? 1000;
  for (let n = 1; n <= nMax; n++) if (expectedWidthAt(n, p, options) <= width) return n;
  return null;
}
