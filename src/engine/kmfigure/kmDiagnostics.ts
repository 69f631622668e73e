import { atRisk as atRiskAt } from '../atRisk.ts';
import type { KmPoint } from '../digitise/rgbaImage.ts';
import { kaplanMeier, type KmCurve } from '../kaplanMeier.ts';
import { kmMedian } from '../kmMedian.ts';
import { atRiskTable, type AtRisk } from './atRiskTable.ts';
import { pointsAt } from './pointsAt.ts';
import type { KmReconstruction } from './reconstructFromKm.ts';
import { stepMedian } from './stepMedian.ts';

/** How well reconstructed patients reproduce the figure they came from. */
export interface KmDiagnostics {
  /** The Kaplan–Meier curve of the reconstructed patients. */
  curve: KmCurve;
  /** Largest vertical distance between it and the digitised curve, and where. */
  maxAbsDiff: number;
  maxAbsDiffAt: number;
  median: { digitised: number | null; reconstructed: number | null };
  events: { reconstructed: number; published: number | null };
  /** Published against reconstructed numbers at risk, at each published time. */
  atRisk: { time: number; published: number; reconstructed: number }[];
}

/** A Kaplan–Meier curve at t, or just before t when `before`. */
function curveAt(curve: KmCurve, t: number, before: boolean): number {
  let s = 1;
  for (let i = 0; i < curve.time.length; i++) {
    if (before ? curve.time[i] >= t : curve.time[i] > t) break;
    s = curve.survival[i];
  }
  return s;
}

/**
 * Compares a reconstruction with the figure: the reconstructed Kaplan–Meier curve, its largest
 * absolute difference from the digitised curve (both are step functions, so the supremum over the
 * digitised time range is found at, or just before, a step of either), the two medians, the
 * events against the published total, and the numbers at risk against the published table.
 * Assumes the cleaned points and the options given to `reconstructFromKm`.
 * Reference: Guyot et al. (2012), BMC Med Res Methodol 12:9 (their checks of the method).
 * @example kmDiagnostics(points, reconstructFromKm(points, { n: 20 }), { n: 20 }).maxAbsDiff // e.g. 0.004
 */
export function kmDiagnostics(
  points: readonly KmPoint[],
  reconstruction: KmReconstruction,
  options: { atRisk?: readonly AtRisk[]; n?: number; totalEvents?: number | null },
): KmDiagnostics {
  const curve = kaplanMeier(reconstruction.patients);
  const end = points.at(-1)?.time ?? 0;
  const times = [...new Set([...points.map((p) => p.time), ...curve.time])].filter((t) => t <= end);
  let maxAbsDiff = 0;
  let maxAbsDiffAt = 0;
  for (const t of times) {
    for (const before of [true, false]) {
      const diff = Math.abs(pointsAt(points, t, { before }) - curveAt(curve, t, before));
      if (diff > maxAbsDiff + 1e-12) {
        maxAbsDiff = diff;
        maxAbsDiffAt = t;
      }
    }
  }
  const table = atRiskTable(options.atRisk ?? [], { n: options.n });
  return {
    curve,
    maxAbsDiff,
    maxAbsDiffAt,
    median: { digitised: stepMedian(points), reconstructed: kmMedian(curve).median },
    events: { reconstructed: curve.events, published: options.totalEvents ?? null },
    atRisk: table.map(({ time, n }) => ({
      time,
      published: n,
      reconstructed: atRiskAt(curve, time),
    })),
  };
}
