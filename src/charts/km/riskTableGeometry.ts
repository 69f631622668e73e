import type { RiskTableColumn } from '../../engine/riskTable';
import { round } from '../round';

/** Height of one line of the table under a Kaplan–Meier plot, in pixels. */
export const RISK_LINE_HEIGHT = 18;

/** The kinds of row a KMunicate table can show, with their labels. */
export const RISK_ROWS = {
  atRisk: 'At risk',
  events: 'Events',
  censored: 'Censored',
} as const;

/** One laid-out line of the table: its labels, its y (from the table's top) and its cells. */
export interface RiskTableLine {
  group: string;
  /** Which count: at risk, cumulative events or cumulative censored. */
  kind: keyof typeof RISK_ROWS;
  label: string;
  y: number;
  cells: { x: number; time: number; text: string }[];
}

/**
 * Lays out a KMunicate-style table under a plot: per group, a heading line and one line per kind
 * of count (default at risk, cumulative events, cumulative censored), each count centred under
 * its break on the plot's x scale so the table is aligned with the axis.
 * Reference: Morris et al. (2019), BMJ Open 9:e030215.
 * Example: `riskTableGeometry([{ group: 'F', columns: riskTable(curve, [0, 4, 8]) }], x)`.
 */
export function riskTableGeometry(
  groups: readonly { group: string; columns: readonly RiskTableColumn[] }[],
  x: (t: number) => number,
  options: { kinds?: readonly (keyof typeof RISK_ROWS)[]; headings?: boolean } = {},
): { lines: RiskTableLine[]; headings: { group: string; y: number }[]; height: number } {
  const kinds = options.kinds ?? (['atRisk', 'events', 'censored'] as const);
  const withHeadings = options.headings ?? groups.length > 1;
  const lines: RiskTableLine[] = [];
  const headings: { group: string; y: number }[] = [];
  let y = 0;
  for (const { group, columns } of groups) {
    if (withHeadings) {
      headings.push({ group, y });
      y += RISK_LINE_HEIGHT;
    }
    for (const kind of kinds) {
      lines.push({
        group,
        kind,
        label: RISK_ROWS[kind],
        y,
        cells: columns.map((c) => ({ x: round(x(c.time)), time: c.time, text: String(c[kind]) })),
      });
      y += RISK_LINE_HEIGHT;
    }
  }
  return { lines, headings, height: y };
}
