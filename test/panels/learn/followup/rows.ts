import type { FollowupSummary } from '../../../../src/engine/lessons/index.ts';

/** A row of the follow-up curves in which only the fields given differ from "nothing reached". */
export function row(
  fields: Partial<FollowupSummary> & Pick<FollowupSummary, 'followupWk'>,
): FollowupSummary {
  return {
    notReached: 1,
    middle: null,
    low: null,
    high: null,
    naive: null,
    ongoing: 1,
    example: {
      n: 18,
      responders: 0,
      orr: 0,
      orrInterval: null,
      dorMedian: null,
      dorLower: null,
      dorUpper: null,
      dorEvents: 0,
      naiveDorMedian: null,
    },
    ...fields,
  };
}
