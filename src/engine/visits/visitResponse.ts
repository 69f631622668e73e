/**
 * Responses assessed at one visit, best first: complete, partial, improvement, stable disease,
 * no response, progression (including relapse, reactivation and loss of response), not evaluable.
 */
export const VISIT_RESPONSES = ['CR', 'PR', 'IMP', 'SD', 'NR', 'PD', 'NE'] as const;

/** One visit response. */
export type VisitResponse = (typeof VISIT_RESPONSES)[number];

const RANK: Record<VisitResponse, number> = { CR: 4, PR: 3, IMP: 2, SD: 1, NR: 1, PD: 0, NE: -1 };

/**
 * How good a visit response is, for choosing the best: CR 4 > PR 3 > IMP 2 > SD = NR 1 > NE -1;
 * PD (0) is never chosen as best while an evaluable assessment precedes it.
 * @example visitRank('PR') > visitRank('SD') // true
 */
export function visitRank(response: VisitResponse): number {
  return RANK[response];
}
