import type { DorWidth } from '../../../engine/lessons/index.ts';
import { pct, weeks } from '../format.ts';

/**
 * The simulated precision of the median DOR in words, one study size after another: its size,
 * the typical width of the closed intervals (or that none closed) and the share left open.
 * Assumes the rows come from the 'dor-width' lesson task, sorted by n.
 * Example: `dorWidthList([{ n: 10, width: 7, open: 0.53 }, { n: 18, width: null, open: 1 }])
 * // '10 patients 7.0 wk (53% open); 18 patients no closed interval (100% open)'`.
 */
export function dorWidthList(rows: readonly DorWidth[]): string {
  return rows
    .map(
      (r) =>
        `${r.n} patients ${r.width === null ? 'no closed interval' : weeks(r.width)} (${pct(r.open, 0)} open)`,
    )
    .join('; ');
}
