import type { Settings } from '../urlState.ts';
import type { PersistedBootstrap } from './persistedSession.ts';

/**
 * Whether a kept bootstrap belongs to the cohort of fingerprint `key` with these settings and
 * responders, so that showing it again shows the numbers those inputs give.
 *
 * @example bootstrapMatches(kept, csvFingerprint(csv), settings, ['CR', 'PR', 'IMP'])
 */
export function bootstrapMatches(
  kept: PersistedBootstrap,
  key: string,
  settings: Settings,
  responders: readonly string[],
): boolean {
  return (
    kept.cohortKey === key &&
    kept.reps === settings.bootReps &&
    kept.seed === settings.bootSeed &&
    kept.level === settings.level &&
    kept.responders.length === responders.length &&
    kept.responders.every((r, i) => r === responders[i])
  );
}
