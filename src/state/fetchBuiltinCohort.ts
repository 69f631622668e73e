import type { Cohort } from '../engine/cohort.ts';
import { formatIssue } from '../io/issue.ts';
import { parseCohort } from '../io/parseCohort.ts';
import { readCohortMeta, type CohortMeta } from './cohortMeta.ts';

/**
 * Fetches a cohort shipped with the site (`./cohorts/ID.csv` and its JSON side file) and reads
 * it; a missing side file gives plain defaults. Throws an `Error` saying what failed: the file
 * was not found, or every validation message of its CSV.
 *
 * @example const { cohort, meta } = await fetchBuiltinCohort('hlh-anakinra-2025');
 */
export async function fetchBuiltinCohort(
  id: string,
): Promise<{ cohort: Cohort; meta: CohortMeta }> {
  const [csvResponse, metaResponse] = await Promise.all([
    fetch(`./cohorts/${id}.csv`),
    fetch(`./cohorts/${id}.json`),
  ]);
  if (!csvResponse.ok) throw new Error(`cohort "${id}" was not found (${csvResponse.status})`);
  const text = await csvResponse.text();
  const meta = readCohortMeta(metaResponse.ok ? await metaResponse.json() : null, id);
  const parsed = parseCohort(text, { fileName: `${id}.csv` });
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => formatIssue(i, 'app')).join('; '));
  return { cohort: { ...parsed.cohort, name: meta.name }, meta };
}
