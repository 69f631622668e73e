import { nelderMead } from './nelderMead.ts';
import { newtonPolish } from './newtonPolish.ts';

/**
 * Maximizes a log-likelihood over unconstrained parameters from several starts: a rough
 * Nelder–Mead from each start (values agreeing to 1e-6), a fine one (1e-11) restarted from the
 * best (a simplex can stall), then Newton's method with a line search, so the maximum is found
 * to about 1e-8 in the parameters when it is smooth there. Returns the best point and value (`-Infinity` when no start gave a finite value).
 * Reference: Nelder & Mead (1965); Nocedal & Wright (2006), §3.
 * @example maximize(([a, b]) => -(a - 1) ** 2 - (b + 2) ** 2, [[0, 0], [5, 5]]).x // [1, -2]
 */
export function maximize(
  f: (x: number[]) => number,
  starts: readonly (readonly number[])[],
): { x: number[]; value: number } {
  let best = { x: starts[0].slice(), value: -Infinity };
  for (const start of starts) {
    const result = nelderMead(f, start, { tolerance: 1e-6 });
    if (result.value > best.value) best = result;
  }
  if (!Number.isFinite(best.value)) return best;
  const refined = nelderMead(f, best.x, { step: 0.05, tolerance: 1e-11 });
  if (refined.value >= best.value) best = refined;
  const polished = newtonPolish(f, best.x);
  return polished.value >= best.value ? polished : best;
}
