import type { Settings } from '../urlState.ts';
import type { PersistedResim } from './persistedSession.ts';

/**
 * Whether a kept re-simulation belongs to the cohort of fingerprint `key` with these settings,
 * where `scenario` is the one the settings ask for (the edited one, or the one fitted to the cohort).
 *
 * @example resimMatches(kept, csvFingerprint(csv), settings, fitScenario(cohort).scenario)
 */
export function resimMatches(
  kept: PersistedResim,
  key: string,
  settings: Settings,
  scenario: unknown,
): boolean {
  return (
    kept.cohortKey === key &&
    kept.trials === settings.resimTrials &&
    kept.seed === settings.resimSeed &&
    kept.level === settings.level &&
    JSON.stringify(kept.scenario) === JSON.stringify(scenario)
  );
}
