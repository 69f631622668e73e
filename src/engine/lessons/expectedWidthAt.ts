import type { ProportionMethod } from '../report.ts';
import { cachedInterval } from './cachedInterval.ts';
import { expectedWidth } from './expectedWidth.ts';

/**
 * The expected width of a proportion interval for n patients at a true rate p, by exact
 * enumeration (see `expectedWidth`), with the intervals remembered by `cachedInterval`.
 * Assumes n >= 1 integer and 0 <= p <= 1; the level is two-sided (default 0.95).
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101, section 4.2.
 * @example expectedWidthAt(2, 0.5, { method: 'wald' }) // 0.6929...
 */
export function expectedWidthAt(
  n: number,
  p: number,
  options: { method: ProportionMethod; level?: number },
): number {
  return expectedWidth(n, p, (x) => cachedInterval(x, n, options.method, options.level));
}
