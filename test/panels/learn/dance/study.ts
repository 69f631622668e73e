import type { ReplicateEstimates } from '../../../../src/engine/lessons/replicateEstimates.ts';

/**
 * A replicate study of 18 patients, 15 responders (ORR 83%, interval 59% to 96%) and a median
 * duration of response of 4 weeks (2 to 8), with `changes` on top.
 */
export function study(changes: Partial<ReplicateEstimates> = {}): ReplicateEstimates {
  return {
    n: 18,
    responders: 15,
    orr: 15 / 18,
    orrInterval: [0.59, 0.96],
    dorMedian: 4,
    dorLower: 2,
    dorUpper: 8,
    dorEvents: 10,
    naiveDorMedian: 3,
    ...changes,
  };
}

/** A study in which nobody responded. */
export const noResponders = study({
  responders: 0,
  orr: 0,
  orrInterval: [0, 0.19],
  dorMedian: null,
  dorLower: null,
  dorUpper: null,
  dorEvents: 0,
  naiveDorMedian: null,
});
