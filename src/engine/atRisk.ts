import type { KmCurve } from './kaplanMeier.ts';

/**
 * Number still at risk at time t: subjects whose time is at least t (0 after the last time).
 * Example: for times [1, 2, 4] each with one subject, `atRisk(curve, 2) === 2`.
 */
export function atRisk(curve: KmCurve, t: number): number {
  const i = curve.time.findIndex((time) => time >= t);
  return i === -1 ? 0 : curve.nRisk[i];
}
