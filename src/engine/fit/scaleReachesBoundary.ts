import { maximize } from './maximize.ts';

/**
 * Whether a fitted likelihood has no maximum in the direction of a smaller scale: with the
 * parameter at index `scaleIndex` (a log scale) lowered by 1 and the others re-maximized, the
 * log-likelihood is as high as at the fit (within 1e-6). Then the "fit" is only a point on a
 * ridge that rises toward a degenerate model (all times at one point or one visit interval).
 * @example scaleReachesBoundary(loglik, { x: [0.1, -2], value: -3.67 }, 1) // true for 14 of 15 times in one interval
 */
export function scaleReachesBoundary(
  loglik: (x: number[]) => number,
  fit: { x: number[]; value: number },
  scaleIndex: number,
): boolean {
  const fixed = fit.x[scaleIndex] - 1;
  const others = fit.x.filter((_, i) => i !== scaleIndex);
  const at = (rest: number[]) => {
    const x = [...rest];
    x.splice(scaleIndex, 0, fixed);
    return loglik(x);
  };
  const profile = maximize(at, [others, others.map((v) => v - 1), others.map((v) => v + 1)]);
  return profile.value >= fit.value - 1e-6;
}
