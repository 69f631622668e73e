import type { RiskTableColumn } from '../../engine/riskTable';
import { round } from '../round';

/** Height of one line of the table under a Kaplan–Meier plot, in pixels. */
export const RISK_LINE_HEIGHT = 18;

/** Estimated pixels per character of a 13 px table label (nothing is measured in Node). */
const LABEL_CHAR_WIDTH = 7;
/** Widest digit of a 13 px count (DejaVu Sans digits are 0.64 em), rounded up. */
const DIGIT_WIDTH = 8.5;
/** Least room left of the axis for a row label's end, and the least gap between it and a count. */
const LABEL_GAP = 12;
const COUNT_GAP = 3;

/** The kinds of row a KMunicate table can show, with their labels. */
export const RISK_ROWS = {
  atRisk: 'At risk',
  events: 'Events',
  censored: 'Censored',
} as const;

/** One kind of row of the table. */
export type RiskRowKind = keyof typeof RISK_ROWS;

/** One laid-out line of the table: its labels, its y (from the table's top) and its cells. */
export interface RiskTableLine {
  group: string;
  /** Which count: at risk, cumulative events or cumulative censored. */
  kind: RiskRowKind;
  /** The row's label, drawn right-aligned left of the axis ('' when the title says it all). */
  label: string;
  y: number;
  cells: { x: number; time: number; text: string }[];
}

/** A laid-out table: its title, lines and group headings (y from its top), height and label room. */
export interface RiskTableLayout {
  /** What the table shows, drawn on its own line above it. */
  title: string;
  lines: RiskTableLine[];
  headings: { group: string; y: number }[];
  height: number;
  /** Pixels the row labels need left of the axis (0 when the lines have no label). */
  labelWidth: number;
  /**
   * Where the row labels end, left of the axis (negative): 12 px, or farther when a count centred
   * at time 0 is wide enough to reach the label (228 patients, 1,000).
   */
  labelX: number;
}

/**
 * Lays out a KMunicate-style table under a plot: each count centred under its break on the plot's
 * x scale, so the table is aligned with the axis. With the three kinds (at risk, cumulative
 * events, cumulative censored; the default) each group gets a heading line (when there are
 * several) and one labelled line per kind; with the number at risk alone, one group's line needs
 * no label and several groups get one line each, labelled with the group.
 * Reference: Morris et al. (2019), BMJ Open 9:e030215.
 * Example: `riskTableGeometry([{ group: 'F', columns: riskTable(curve, [0, 4, 8]) }], x)`.
 */
export function riskTableGeometry(
  groups: readonly { group: string; columns: readonly RiskTableColumn[] }[],
  x: (t: number) => number,
  options: { kinds?: readonly RiskRowKind[] } = {},
): RiskTableLayout {
  const kinds = options.kinds ?? (['atRisk', 'events', 'censored'] as const);
  const atRiskOnly = kinds.length === 1 && kinds[0] === 'atRisk';
  const withHeadings = groups.length > 1 && !atRiskOnly;
  const label = (group: string, kind: RiskRowKind) =>
    atRiskOnly ? (groups.length > 1 ? group : '') : RISK_ROWS[kind];
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
        label: label(group, kind),
        y,
        cells: columns.map((c) => ({ x: round(x(c.time)), time: c.time, text: String(c[kind]) })),
      });
      y += RISK_LINE_HEIGHT;
    }
  }
  const longest = Math.max(0, ...lines.map((l) => l.label.length));
  const atAxis = lines.flatMap((l) => l.cells.filter((c) => c.x < LABEL_GAP).map((c) => c));
  const reach = Math.max(0, ...atAxis.map((c) => (c.text.length * DIGIT_WIDTH) / 2 - c.x));
  return {
    title: atRiskOnly ? 'Number at risk' : 'Number at risk and cumulative counts',
    lines,
    headings,
    height: y,
    labelWidth: longest === 0 ? 0 : longest * LABEL_CHAR_WIDTH + 14,
    labelX: -round(Math.max(LABEL_GAP, reach + COUNT_GAP)),
  };
}
