import type { BetaPrior } from './betaPrior.ts';
import { monitoringBoundaries, type MonitoringRule } from './monitoringBoundaries.ts';
import {
  operatingCharacteristics,
  type OperatingCharacteristics,
} from './operatingCharacteristics.ts';
import { simonDesigns, type SimonDesigns } from './simonDesigns.ts';

/**
 * A design computation that may take long enough to run off the page's thread: Simon's search
 * (seconds to a minute at its largest n), or a monitoring rule's boundaries with its exact
 * operating characteristics at some true rates (seconds at the largest nMax).
 */
export type DesignTask =
  | { kind: 'simon'; p0: number; p1: number; alpha: number; beta: number; nmax: number }
  | {
      kind: 'monitor';
      nMax: number;
      prior: BetaPrior;
      p0: number;
      thetaT: number;
      thetaL: number;
      thetaU: number;
      /** Interim looks (whole numbers below nMax, ascending); nMax is always the last. */
      looks: readonly number[];
      /** True rates at which to compute the exact characteristics (none: only the boundaries). */
      rates: readonly number[];
    };

/** What a design task gives: Simon's designs (null when none fits), or a rule and its characteristics. */
export type DesignResult<T extends DesignTask> = T extends { kind: 'simon' }
  ? SimonDesigns | null
  : { rule: MonitoringRule; characteristics: OperatingCharacteristics[] };

/**
 * Runs a design task with the engine: `simonDesigns` for a Simon search, `monitoringBoundaries`
 * then `operatingCharacteristics` at each rate for a monitoring rule. The same in a worker and in
 * the page; a RangeError names a bad input.
 * Assumes the inputs each engine function assumes.
 * Reference: Simon (1989); Lee & Liu (2008), Clinical Trials 5:93.
 * @example runDesignTask({ kind: 'simon', p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2, nmax: 100 })?.optimal.n // 43
 */
export function runDesignTask<T extends DesignTask>(task: T): DesignResult<T> {
  if (task.kind === 'simon') {
    const { p0, p1, alpha, beta, nmax } = task;
    return simonDesigns({ p0, p1, alpha, beta, nmax }) as DesignResult<T>;
  }
  const { nMax, prior, p0, thetaT, thetaL, thetaU, looks, rates } = task;
  const rule = monitoringBoundaries({ nMax, prior, p0, thetaT, thetaL, thetaU, looks });
  return {
    rule,
    characteristics: rates.map((p) => operatingCharacteristics(rule, { p })),
  } as DesignResult<T>;
}
