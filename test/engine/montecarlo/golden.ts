import { readFileSync, writeFileSync } from 'node:fs';
import { fitScenario } from '../../../src/engine/montecarlo/index.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';

/** Where the golden results live; `UPDATE_GOLDEN=1 npx vitest run test/engine/montecarlo/golden.test.ts` rewrites it. */
export const GOLDEN_PATH = new URL('../../fixtures/golden/montecarlo.json', import.meta.url);

/** The fixed inputs of the golden results: the built-in cohort, fixed seeds and sizes. */
export function goldenInputs() {
  const cohort = hlhCohort();
  return {
    cohort,
    bootstrap: { reps: 20_000, seed: 'golden-bootstrap' },
    scenario: fitScenario(cohort).scenario,
    simulate: { trials: 300, seed: 'golden-simulate' },
  };
}

/** The committed golden results as JSON text per part. */
export function readGolden(): { bootstrap: string; simulate: string } {
  const golden = JSON.parse(readFileSync(GOLDEN_PATH, 'utf8'));
  return { bootstrap: JSON.stringify(golden.bootstrap), simulate: JSON.stringify(golden.simulate) };
}

/** Writes fresh golden results (only on request). */
export function writeGolden(parts: { bootstrap: unknown; simulate: unknown }): void {
  writeFileSync(GOLDEN_PATH, JSON.stringify(parts, null, 1) + '\n');
}
