import type { ProportionMethod } from '../report.ts';
import { expectedWidthAt } from './expectedWidthAt.ts';

/**
 * The expected width of a proportion interval for every study size n = 1, 2, …, nMax at a true
 * rate p, by exact enumeration (entry n - 1 is for n patients); see `expectedWidthAt`.
 * Assumes 0 <= p <= 1 and nMax >= 1. A page should compute long ranges a few n at a time with
 * `expectedWidthAt` instead, as Clopper–Pearson and Jeffreys bounds are slow the first time.
 * Reference: Brown, Cai & DasGupta (2001), Statistical Science 16:101, section 4.2.
 * @example expectedWidthByN(0.5, 2, { method: 'wald' }) // [0, 0.6929...]
 */
export function expectedWidthByN(
  p: number,
  nMax: number,
  options: { method: ProportionMethod; level?: number },
): number[] {
  if (!Number.isInteger(nMax) || nMax < 1) {
    throw new RangeError(`nMax must be an integer >= 1, got ${nMax}`);
  }
  return Array.from({ length: nMax }, (_, i) => expectedWidthAt(i + 1, p, options));
}
