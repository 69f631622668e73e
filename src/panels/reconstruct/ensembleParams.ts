import {
  MAX_ENSEMBLE_BOOTSTRAP_REPS,
  MAX_ENSEMBLE_COHORTS,
  SEED_RANGE,
} from '../../engine/limits.ts';

/** The ensemble's settings as the panel keeps them in the URL: counts as text. */
export interface EnsembleParams {
  cohorts: number;
  seed: number;
  /** Bootstrap resamples per cohort for the median DOR; 0 for none. */
  boot: number;
}

/** Limits and defaults of the ensemble's settings. */
export const ENSEMBLE_LIMITS = {
  defaultCohorts: 200,
  maxCohorts: MAX_ENSEMBLE_COHORTS,
  defaultSeed: 1,
  maxSeed: SEED_RANGE.max,
  bootReps: 200,
} as const;

const whole = (text: string | undefined, min: number, max: number): number | null => {
  const t = (text ?? '').trim();
  if (!/^\d+$/.test(t)) return null;
  const v = Number(t);
  return v >= min && v <= max ? v : null;
};

/**
 * Reads the ensemble size, seed and bootstrap resamples from the URL parameters (`cohorts`,
 * `seed`, `boot`); a missing or invalid value falls back to its default (200 cohorts, seed 1,
 * no bootstrap), so a hand-edited link never breaks the panel.
 * Example: `readEnsembleParams({ cohorts: '500', seed: '7' })` is `{ cohorts: 500, seed: 7, boot: 0 }`.
 */
export function readEnsembleParams(params: Record<string, string>): EnsembleParams {
  const L = ENSEMBLE_LIMITS;
  return {
    cohorts: whole(params.cohorts, 1, L.maxCohorts) ?? L.defaultCohorts,
    seed: whole(params.seed, 0, L.maxSeed) ?? L.defaultSeed,
    boot: whole(params.boot, 0, MAX_ENSEMBLE_BOOTSTRAP_REPS) ?? 0,
  };
}

/**
 * The ensemble's settings as URL parameters; the bootstrap is left out when off.
 * Example: `writeEnsembleParams({ cohorts: 200, seed: 1, boot: 0 })` is `{ cohorts: '200', seed: '1' }`.
 */
export function writeEnsembleParams(p: EnsembleParams): Record<string, string> {
  return {
    cohorts: String(p.cohorts),
    seed: String(p.seed),
    ...(p.boot > 0 ? { boot: String(p.boot) } : {}),
  };
}
