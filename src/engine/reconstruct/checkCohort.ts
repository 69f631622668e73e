import type { Cohort } from '../cohort.ts';
import { RESPONSE_CODES } from '../cohort.ts';
import type { CohortSummary } from './cohortSummary.ts';
import { summaryFigures } from './summaryFigures.ts';

const TOLERANCE = 1e-9;

/**
 * Lists every summary constraint a cohort breaks, each as "field: found X, expected Y"; an empty
 * list means the engine reproduces every figure of the summary from the cohort.
 * Medians are compared to 1e-9, counts exactly; follow-up must fit between enrolment and cut-off.
 * @example checkCohort(cohort, summary) // [] or ['dor.median_wk: found 2, expected 1']
 */
export function checkCohort(cohort: Cohort, summary: CohortSummary): string[] {
  const figures = summaryFigures(cohort, summary);
  const expected: Record<string, number> = { n: summary.n };
  for (const code of RESPONSE_CODES)
    expected[`best_response.${code}`] = summary.best_response[code] ?? 0;
  if (summary.response?.median_wk !== undefined)
    expected['response.median_wk'] = summary.response.median_wk;
  for (const [w, c] of Object.entries(summary.response?.by_week ?? {})) {
    expected[`response.by_week.${Number(w)}`] = c;
  }
  if (summary.dor) expected['dor.median_wk'] = summary.dor.median_wk;
  if (summary.gc_halved) {
    expected['gc_halved.count'] = summary.gc_halved.count;
    expected['gc_halved.denominator'] = summary.n;
    if (summary.gc_halved.median_wk !== undefined) {
      expected['gc_halved.median_wk'] = summary.gc_halved.median_wk;
    }
  }
  if (summary.fever) {
    expected['fever.baseline'] = summary.fever.baseline;
    expected['fever.resolved'] = summary.fever.resolved;
    for (const [w, c] of Object.entries(summary.fever.resolved_by_week ?? {})) {
      expected[`fever.resolved_by_week.${Number(w)}`] = c;
    }
  }
  if (summary.sex) {
    expected['sex.female'] = summary.sex.female;
    expected['sex.male'] = summary.sex.male;
  }
  if (summary.age) expected['age.median'] = summary.age.median;
  if (summary.sae_related !== undefined) expected.sae_related = summary.sae_related;
  const problems: string[] = [];
  for (const [field, value] of Object.entries(expected)) {
    const found = figures[field];
    if (found === null || found === undefined || Math.abs(found - value) > TOLERANCE) {
      problems.push(`${field}: found ${found ?? 'none'}, expected ${value}`);
    }
  }
  const day = 86_400_000;
  const longest = (Date.parse(summary.cutoff) - Date.parse(summary.enrolment.start)) / day / 7;
  const late = cohort.patients.find((p) => p.followupWk > longest + TOLERANCE);
  if (late) {
    problems.push(
      `cutoff: ${late.id} is followed ${late.followupWk} weeks, past enrolment to cut-off`,
    );
  }
  return problems;
}
