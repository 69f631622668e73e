import { readSessionRecord } from './browserStorage.ts';
import type { PersistedCohort } from './persistedSession.ts';
import { readPersistedSession } from './readPersistedSession.ts';

/**
 * The cohort named `name` in the session kept in this browser, or `null` (none kept, another
 * cohort, a damaged record, or storage unavailable). A link whose address leaves the patient
 * rows out names its cohort; this is where the browser that made it finds them again.
 *
 * @example (await readKeptSessionCohort('ward7'))?.csv
 */
export async function readKeptSessionCohort(name: string): Promise<PersistedCohort | null> {
  const { session } = readPersistedSession(await readSessionRecord());
  const cohort = session?.cohort;
  return cohort && cohort.name === name ? cohort : null;
}
