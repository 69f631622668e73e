/** A Monte Carlo run described by what drives its cost. */
export type CostedRun =
  | { kind: 'bootstrap'; patients: number; reps: number }
  | { kind: 'simulate'; patients: number; trials: number };

/** What a run will cost: its work units and the seconds they take at the rates below. */
export interface RunCost {
  /** Patients × replicates (bootstrap) or patients × studies (re-simulation). */
  units: number;
  /** Estimated seconds of wall time with `workers` workers sharing the work. */
  seconds: number;
}

/**
 * Seconds per unit of work on one thread of a 2-core machine under load (`npm run bench`): a
 * bootstrap replicate costs 0.4 µs plus 20 ns per patient drawn (575 replicates per second of
 * a 100,000-patient cohort drawn patient by patient, 1.4·10^6 per second at n = 18); a simulated
 * study 120 µs plus 4 µs per patient (10,000 studies of 18 in 1.9 s; 10^5 studies of 10,000 in
 * about 35 minutes of both cores).
 */
export const RUN_COST_RATES = {
  bootstrap: { perRun: 4e-7, perPatient: 2e-8 },
  simulate: { perRun: 1.2e-4, perPatient: 4e-6 },
} as const;

/**
 * Estimates a run's cost before it starts, from patients × replicates (or studies): an upper
 * bound for a bootstrap of a cohort with many identical records, which draws counts per
 * distinct record instead of patients. Assumes the workers share the work evenly.
 * @example runCost({ kind: 'bootstrap', patients: 23_500, reps: 1e7 }, { workers: 2 }).seconds // ≈ 2,350
 */
export function runCost(run: CostedRun, { workers }: { workers: number }): RunCost {
  const count = run.kind === 'bootstrap' ? run.reps : run.trials;
  const rate = RUN_COST_RATES[run.kind];
  const seconds = (count * (rate.perRun + run.patients * rate.perPatient)) / Math.max(1, workers);
  return { units: count * run.patients, seconds };
}
