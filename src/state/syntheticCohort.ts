import type { Cohort } from '../engine/cohort.ts';
import { chunkRng } from '../engine/montecarlo/chunkRng.ts';
import { simulateCohort } from '../engine/montecarlo/simulateCohort.ts';
import { validateScenario } from '../engine/montecarlo/validateScenario.ts';

/** A synthetic cohort, or every reason the scenario was refused. */
export type SyntheticResult = { ok: true; cohort: Cohort } | { ok: false; messages: string[] };

/**
 * Draws one synthetic cohort from a scenario (validated first) with a seed: the same scenario
 * and seed always give the same patients, so a link with both reproduces the cohort.
 *
 * @example makeSyntheticCohort(fitScenario(cohort).scenario, 7).ok // true
 */
export function makeSyntheticCohort(scenario: unknown, seed: number): SyntheticResult {
  const checked = validateScenario(scenario);
  if (!checked.ok) return { ok: false, messages: checked.issues };
  const cohort = simulateCohort(checked.scenario, { rng: chunkRng(`synthetic:${seed}`, 0) });
  return { ok: true, cohort: { ...cohort, name: `Synthetic cohort (seed ${seed})` } };
}
