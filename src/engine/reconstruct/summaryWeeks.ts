import type { CohortSummary } from './cohortSummary.ts';

/**
 * The landmark weeks a summary mentions (responses and fever resolution by week), ascending,
 * to pass to `analyze` as `byWeek` so every count can be checked.
 * @example summaryWeeks({ response: { by_week: { '1': 14 } }, fever: { resolved_by_week: { '2': 3 } } }) // [1, 2]
 */
export function summaryWeeks(summary: Pick<CohortSummary, 'response' | 'fever'>): number[] {
  const keys = [
    ...Object.keys(summary.response?.by_week ?? {}),
    ...Object.keys(summary.fever?.resolved_by_week ?? {}),
  ];
  return [...new Set(keys.map(Number))].sort((a, b) => a - b);
}
