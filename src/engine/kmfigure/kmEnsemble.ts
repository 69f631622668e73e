import { cleanPoints } from '../digitise/cleanPoints.ts';
import type { KmPoint } from '../digitise/rgbaImage.ts';
import type { SurvivalObservation } from '../kaplanMeier.ts';
import { kaplanMeier } from '../kaplanMeier.ts';
import { kmMedian } from '../kmMedian.ts';
import { MAX_KM_ENSEMBLE_REPS } from '../limits.ts';
import { spread, type Spread } from '../reconstruct/spread.ts';
import type { AtRisk } from './atRiskTable.ts';
import { reconstructFromKm } from './reconstructFromKm.ts';

/** Options of `kmEnsemble`. */
export interface KmEnsembleOptions {
  /** Number of perturbed reconstructions (1 to 10,000). */
  reps: number;
  /** Uniform numbers in [0, 1): the ensemble depends only on them. */
  rng: () => number;
  atRisk?: readonly AtRisk[];
  n?: number;
  totalEvents?: number | null;
  /** Largest shift of a digitised time (default 0.5% of the last time). */
  timeJitter?: number;
  /** Largest shift of a digitised survival level (default 0.005). */
  survivalJitter?: number;
}

/** One reconstruction from perturbed points. */
export interface KmEnsembleMember {
  points: KmPoint[];
  patients: SurvivalObservation[];
  median: number | null;
  events: number;
}

/** Reconstructions over digitisation uncertainty, and how their median and events vary. */
export interface KmEnsemble {
  members: KmEnsembleMember[];
  spread: { median: Spread; events: Spread };
}

/**
 * Reconstructs the patients again from `reps` perturbed copies of the digitised points, to show
 * what the figure's reading leaves open: each distinct time moves by a uniform shift of at most
 * `timeJitter` and each distinct level by at most `survivalJitter` (so a drop stays vertical and
 * a flat stays flat), the copy is cleaned again (`cleanPoints`), and Guyot's algorithm runs on it
 * with the same at-risk table and events. The start (0, 1) stays. Deterministic for a given rng.
 * Throws a `RangeError` for a number of copies or a jitter out of range.
 * @example kmEnsemble(points, { reps: 100, rng: chunkRng('fig', 0), n: 50 }).spread.median.quantiles.p05
 */
export function kmEnsemble(points: readonly KmPoint[], options: KmEnsembleOptions): KmEnsemble {
  const { reps, rng } = options;
  if (!(Number.isInteger(reps) && reps >= 1 && reps <= MAX_KM_ENSEMBLE_REPS)) {
    throw new RangeError(
      `reps must be a whole number from 1 to ${MAX_KM_ENSEMBLE_REPS}, got ${reps}`,
    );
  }
  const last = points.at(-1)?.time ?? 0;
  const timeJitter = options.timeJitter ?? 0.005 * last;
  const survivalJitter = options.survivalJitter ?? 0.005;
  for (const [name, v] of [
    ['timeJitter', timeJitter],
    ['survivalJitter', survivalJitter],
  ] as const) {
    if (!(Number.isFinite(v) && v >= 0))
      throw new RangeError(`${name} must be a number ≥ 0, got ${v}`);
  }
  const times = [...new Set(points.map((p) => p.time))];
  const levels = [...new Set(points.map((p) => p.survival))];
  const members: KmEnsembleMember[] = [];
  for (let r = 0; r < reps; r++) {
    const dt = new Map(times.map((t) => [t, t === 0 ? 0 : (2 * rng() - 1) * timeJitter]));
    const ds = new Map(levels.map((s) => [s, s === 1 ? 0 : (2 * rng() - 1) * survivalJitter]));
    const moved = points.map((p) => ({
      time: p.time + dt.get(p.time)!,
      survival: p.survival + ds.get(p.survival)!,
    }));
    const cleaned = cleanPoints(moved, { percent: false }).points;
    const { patients } = reconstructFromKm(cleaned, options);
    const curve = kaplanMeier(patients);
    members.push({
      points: cleaned,
      patients,
      median: kmMedian(curve).median,
      events: curve.events,
    });
  }
  return {
    members,
    spread: {
      median: spread(members.map((m) => m.median)),
      events: spread(members.map((m) => m.events)),
    },
  };
}
