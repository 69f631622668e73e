import { chunkRng } from '../../../engine/montecarlo/chunkRng.ts';
import { drawLatentStudy } from '../../../engine/montecarlo/drawLatentStudy.ts';
import type { Scenario } from '../../../engine/montecarlo/scenario.ts';

/** One response in calendar time: weeks from the first patient's start. */
export interface ResponseLane {
  start: number;
  /** When the response ends, by loss or death, whether or not a cut-off has seen it yet. */
  end: number;
}

/**
 * The responses of the example study (stream 0 of `seed`, the same study the simulated summary
 * calls "the study drawn above") in calendar time, from each responder's start plus onset to the
 * earlier of loss of response and death; patients who die before responding have none.
 * Assumes a valid scenario; the cut-off plays no part (see `cutoffLanes`).
 * @example responseLanes(scenario, { seed: 'followup-1' })[0] // { start: 13.2, end: 45.8 }
 */
export function responseLanes(scenario: Scenario, { seed }: { seed: string }): ResponseLane[] {
  return drawLatentStudy(scenario, { rng: chunkRng(seed, 0) }).flatMap((p) =>
    p.onsetWk === null || p.lossWk === null || p.deathWk < p.onsetWk
      ? []
      : [{ start: p.entryWk + p.onsetWk, end: p.entryWk + Math.min(p.lossWk, p.deathWk) }],
  );
}
