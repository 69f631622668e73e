import type { SimonDesign } from './simonDesign.ts';
import type { StoppingRule } from './stoppingRule.ts';

/**
 * A Simon two-stage design as a stopping rule: after n1 patients stop when x <= r1; at n succeed
 * when x > r.
 * Assumes a design from `simonDesigns` (0 <= r1 < n1 < n, r1 <= r < n).
 * Reference: Simon (1989), Controlled Clinical Trials 10:1.
 * @example simonRule({ r1: 3, n1: 13, r: 12, n: 43 }).looks[1] // { n: 43, futility: 12, efficacy: 13 }
 */
export function simonRule(design: Pick<SimonDesign, 'r1' | 'n1' | 'r' | 'n'>): StoppingRule {
  return {
    looks: [
      { n: design.n1, futility: design.r1, efficacy: null },
      { n: design.n, futility: design.r, efficacy: design.r + 1 },
    ],
  };
}
