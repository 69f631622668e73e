import type { SimonDesign, SimonDesigns } from '../../engine/design/index.ts';

/** One row of the table of two-stage designs. */
export interface DesignRow {
  /** "Optimal", "Minimax", "Minimax and optimal" or "Admissible". */
  name: string;
  design: SimonDesign;
  /** The weights q on n for which the design is the best compromise (admissible designs). */
  q: [number, number] | null;
}

/**
 * The rows of the table of Simon designs: the admissible designs from the minimax to the optimal
 * design (Jung et al. 2004), named, each with its range of weights q; a chosen design that is not
 * admissible (picked on the chart) is added last as "Chosen".
 * Assumes `designs` as `simonDesigns` returns it.
 * Example: `designRows(simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 })!, null).map((r) => r.name)` is `['Minimax', 'Admissible', 'Optimal']`.
 */
export function designRows(designs: SimonDesigns, chosen: SimonDesign | null): DesignRow[] {
  const { minimax, optimal } = designs;
  const rows: DesignRow[] = designs.admissible.map((d) => ({
    name:
      d.n === minimax.n && d.n === optimal.n
        ? 'Minimax and optimal'
        : d.n === minimax.n
          ? 'Minimax'
          : d.n === optimal.n
            ? 'Optimal'
            : 'Admissible',
    design: d,
    q: [d.qLow, d.qHigh],
  }));
  if (chosen && !rows.some((r) => r.design.n === chosen.n)) {
    rows.push({ name: 'Chosen', design: chosen, q: null });
  }
  return rows;
}
