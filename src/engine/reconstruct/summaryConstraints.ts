import type { CohortSummary } from './cohortSummary.ts';

/**
 * Names every constraint a summary states, by its field path (as used in conflict messages).
 * @example summaryConstraints({ n: 18, best_response: { PR: 18 }, … }) // ['n', 'best_response', …]
 */
export function summaryConstraints(summary: CohortSummary): string[] {
  const names = ['n', 'best_response'];
  const weeks = (prefix: string, byWeek?: Record<string, number>) =>
    Object.keys(byWeek ?? {}).map((w) => `${prefix}.${w}`);
  if (summary.response?.median_wk !== undefined) names.push('response.median_wk');
  names.push(...weeks('response.by_week', summary.response?.by_week));
  if (summary.dor) names.push('dor.median_wk');
  if (summary.gc_halved) {
    names.push('gc_halved.count');
    if (summary.gc_halved.median_wk !== undefined) names.push('gc_halved.median_wk');
  }
  if (summary.fever) {
    names.push('fever.baseline', 'fever.resolved');
    names.push(...weeks('fever.resolved_by_week', summary.fever.resolved_by_week));
  }
  if (summary.sex) names.push('sex');
  if (summary.age) names.push('age.median');
  if (summary.sae_related !== undefined) names.push('sae_related');
  names.push('enrolment', 'cutoff');
  return names;
}
