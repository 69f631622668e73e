import type { KmCurve } from './kaplanMeier.ts';

/**
 * The Kaplan–Meier estimate at time t: the survival after the last step at or before t
 * (right-continuous, 1 before the first step). Assumes `curve.time` is increasing.
 * Example: `survivalAt({ time: [1, 3], survival: [0.5, 0.25], … }, 2) // 0.5`.
 */
export function survivalAt(curve: Pick<KmCurve, 'time' | 'survival'>, t: number): number {
  let s = 1;
  for (let i = 0; i < curve.time.length && curve.time[i] <= t; i++) s = curve.survival[i];
  return s;
}
