import { median } from '../median.ts';
import { chunkRng } from '../montecarlo/chunkRng.ts';
import type { Scenario } from '../montecarlo/scenario.ts';
import { simulateCohort } from '../montecarlo/simulateCohort.ts';
import type { KmTransform } from '../report.ts';
import { replicateEstimates } from './replicateEstimates.ts';

/** How precisely studies of one size estimate the median DOR. */
export interface DorWidth {
  n: number;
  /** The median width (weeks) of the closed intervals, or null when none was closed. */
  width: number | null;
  /** Share of studies whose interval has no upper limit (or no median at all). */
  open: number;
}

/**
 * The typical width of the Kaplan–Meier interval for the median duration of response in `reps`
 * studies simulated from a scenario (study k from stream k of `seed`), and the share left open.
 * The median DOR has no exact sampling distribution, hence the simulation.
 * Assumes a valid scenario and reps >= 1; intervals at `level` (default 0.95).
 * Reference: Brookmeyer & Crowley (1982), Biometrics 38:29.
 * @example dorWidthAt(adjustScenario(s, { n: 50 }), { reps: 200, seed: 'w' }).width // e.g. 2.1
 */
export function dorWidthAt(
  scenario: Scenario,
  {
    reps,
    seed,
    level = 0.95,
    transform = 'log-log',
  }: { reps: number; seed: string; level?: number; transform?: KmTransform },
): DorWidth {
  if (!Number.isInteger(reps) || reps < 1) {
    throw new RangeError(`reps must be a whole number >= 1, got ${reps}`);
  }
  const widths: number[] = [];
  for (let k = 0; k < reps; k++) {
    const study = simulateCohort(scenario, { rng: chunkRng(seed, k) });
    const e = replicateEstimates(study, { level, transform });
    if (e.dorMedian !== null && e.dorLower !== null && e.dorUpper !== null) {
      widths.push(e.dorUpper - e.dorLower);
    }
  }
  return { n: scenario.n, width: median(widths), open: 1 - widths.length / reps };
}
