import { scaleLinear } from 'd3-scale';
import type { KmCurve } from '../../engine/kaplanMeier';
import { riskTable } from '../../engine/riskTable';
import type { Frame, Margin } from '../frame';
import { legendLayout, type LegendEntry } from '../legendLayout';
import { round } from '../round';
import { bandPath } from './bandPath';
import {
  RISK_LINE_HEIGHT,
  riskTableGeometry,
  type RiskRowKind,
  type RiskTableLayout,
} from './riskTableGeometry';
import { stepPath } from './stepPath';

/** A median with its interval; `null` means not reached. */
export interface KmMedian {
  median: number | null;
  lower: number | null;
  upper: number | null;
}

/** How a Kaplan–Meier curve is drawn: falling survival S(t), or the rising share with the event, 1 − S(t). */
export type KmScale = 'survival' | 'event';

/** Which table goes under the axis: the number at risk, or the KMunicate rows. */
export type KmTable = 'at-risk' | 'kmunicate';

/** The table under a Kaplan–Meier plot, placed: lines and headings from `top` (plot coordinates). */
export type PlacedRiskTable = RiskTableLayout & { top: number };

/** Everything a Kaplan–Meier plot draws, in plot coordinates (pixels from the frame's margin). */
export interface KmGeometry {
  frame: Frame;
  /** The step curve through (0, 1) and every (time, survival), or 1 − survival on the event scale. */
  steps: string;
  /** The pointwise band as one area path with gaps where a bound is `null`. */
  band: string;
  censors: { x: number; y: number }[];
  /** Median marker, its dashed guides and interval; `x` is `null` when not reached. */
  median: { x: number | null; y: number; lower: number; upper: number; upperOpen: boolean };
  /** The x ticks, which are also the table's breaks. */
  breaks: number[];
  /** The table under the axis. */
  table: PlacedRiskTable;
  /** Legend entries in the order given, in absolute coordinates of the `<svg>`. */
  legend: LegendEntry[];
}

/** Height of the plotting area and the space under it for the axis and at-risk table. */
export const KM_PLOT_HEIGHT = 260;
export const KM_MARGIN = { top: 50, right: 28, bottom: 96, left: 64 } as const;

/** Baseline of the table's first line below the plotting area (its title sits a line above). */
const TABLE_TOP = KM_PLOT_HEIGHT + 74;
/** Most room the table's row labels take left of the axis; longer labels are shortened. */
export const KM_MAX_LABEL_WIDTH = 120;

/** The rows of each kind of table. */
export const KM_TABLE_ROWS: Record<KmTable, readonly RiskRowKind[]> = {
  'at-risk': ['atRisk'],
  kmunicate: ['atRisk', 'events', 'censored'],
};

/**
 * The x scale, breaks, table and margins a Kaplan–Meier plot of these curves shares with every
 * other: x in weeks from 0 to the last time (or the last break, rounded up to a nice value); the
 * breaks are the user's or as many x ticks as fit; the table sits under the axis with room for
 * its row labels on the left.
 * Example: `kmLayout([{ group: 'all', curve }], { width: 640, legendHeight: 20, table: 'kmunicate' })`.
 */
export function kmLayout(
  groups: readonly { group: string; curve: KmCurve }[],
  options: {
    width: number;
    legendHeight: number;
    breaks?: readonly number[];
    table?: KmTable;
    lastTime?: number;
  },
): {
  margin: Margin;
  x: ReturnType<typeof scaleLinear<number, number>>;
  breaks: number[];
  table: PlacedRiskTable;
} {
  const kinds = KM_TABLE_ROWS[options.table ?? 'at-risk'];
  const userBreaks = options.breaks && options.breaks.length > 0 ? [...options.breaks] : null;
  const lastTime = options.lastTime ?? Math.max(0, ...groups.map((g) => g.curve.time.at(-1) ?? 0));
  // the labels' room, from the counts at time 0 (the widest under the axis: n at risk)
  const sized = riskTableGeometry(
    groups.map((g) => ({ group: g.group, columns: riskTable(g.curve, [0]) })),
    (t) => t,
    { kinds },
  );
  const left = Math.max(
    KM_MARGIN.left,
    Math.min(KM_MAX_LABEL_WIDTH, sized.labelWidth) - sized.labelX,
  );
  const plotWidth = Math.max(100, options.width - left - KM_MARGIN.right);
  const x = scaleLinear()
    .domain([0, Math.max(1, lastTime, ...(userBreaks ?? []))])
    .nice()
    .range([0, plotWidth]);
  const breaks = userBreaks ?? x.ticks(Math.max(2, Math.min(8, Math.floor(plotWidth / 60))));
  const table = riskTableGeometry(
    groups.map((g) => ({ group: g.group, columns: riskTable(g.curve, breaks) })),
    (t) => round(x(t)),
    { kinds },
  );
  const margin = {
    top: KM_MARGIN.top + options.legendHeight,
    right: KM_MARGIN.right,
    bottom: Math.max(
      KM_MARGIN.bottom,
      TABLE_TOP - KM_PLOT_HEIGHT + table.height - RISK_LINE_HEIGHT + 16,
    ),
    left,
  };
  return { margin, x, breaks, table: { ...table, top: TABLE_TOP } };
}

/**
 * Lays out a Kaplan–Meier plot: x in weeks from 0 to the last time (rounded up to a nice
 * value), y from 0 to 1 — survival falling from 1, or on the event scale (`scale: 'event'`,
 * survminer's `fun = "event"`) the share with the event rising from 0; the band uses the given
 * bounds (as from `kmBand`), drawn as steps like the curve and interrupted where a bound is
 * `null`. The median sits at 50% on either scale. Under the axis, the number at risk (`table:
 * 'at-risk'`, the default) or the KMunicate rows at the x ticks or the given `breaks`; legend
 * labels wrap into rows under the title.
 * Example: `kmGeometry(curve, kmBand(curve, { transform: 'log' }), kmMedian(curve), { width: 640 })`.
 */
export function kmGeometry(
  curve: KmCurve,
  band: { lower: (number | null)[]; upper: (number | null)[] },
  median: KmMedian,
  options: {
    width: number;
    legend?: readonly string[];
    scale?: KmScale;
    breaks?: readonly number[];
    table?: KmTable;
  },
): KmGeometry {
  const legend = legendLayout(options.legend ?? [], options.width - 24);
  const { margin, x, breaks, table } = kmLayout([{ group: 'all', curve }], {
    width: options.width,
    legendHeight: legend.height,
    breaks: options.breaks,
    table: options.table,
  });
  const flip = options.scale === 'event';
  const y = scaleLinear().domain([0, 1]).range([KM_PLOT_HEIGHT, 0]);
  const X = (t: number) => round(x(t));
  const Y = (s: number) => round(y(flip ? 1 - s : s));

  const [, xMax] = x.range();
  return {
    frame: {
      width: options.width,
      height: margin.top + KM_PLOT_HEIGHT + margin.bottom,
      margin,
      x,
      y,
    },
    steps: stepPath(curve.time, curve.survival, 1, X, Y),
    band: bandPath(curve.time, band.lower, band.upper, 1, X, Y),
    censors: curve.time.flatMap((t, i) =>
      curve.nCensor[i] > 0 ? [{ x: X(t), y: Y(curve.survival[i]) }] : [],
    ),
    median: {
      x: median.median === null ? null : X(median.median),
      y: Y(0.5),
      lower: median.lower === null ? 0 : X(median.lower),
      upper: median.upper === null ? xMax : X(median.upper),
      upperOpen: median.upper === null,
    },
    breaks,
    table,
    legend: legend.entries.map((e) => ({ ...e, x: e.x + 12, y: e.y + 40 })),
  };
}
