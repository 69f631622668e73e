import { scaleLinear } from 'd3-scale';
import type { KmCurve } from '../../engine/kaplanMeier';
import { riskTable } from '../../engine/riskTable';
import type { Frame } from '../frame';
import { legendLayout, type LegendEntry } from '../legendLayout';
import { groupColours } from '../palette';
import { round } from '../round';
import { bandPath } from './bandPath';
import { KM_MARGIN, KM_PLOT_HEIGHT } from './geometry';
import { riskTableGeometry, type RiskTableLine, RISK_ROWS } from './riskTableGeometry';
import { stepPath } from './stepPath';

/** One group's curve to draw: its label, Kaplan–Meier curve and optional pointwise band. */
export interface KmSeriesInput {
  label: string;
  curve: KmCurve;
  band?: { lower: (number | null)[]; upper: (number | null)[] } | null;
}

/** One drawn group: colour, dash pattern (after the palette runs out), step path, band, censor ticks. */
export interface KmSeries {
  label: string;
  colour: string;
  dash: string | null;
  steps: string;
  band: string;
  censors: { x: number; y: number }[];
}

/** Everything a plot of several Kaplan–Meier curves draws, in plot coordinates. */
export interface MultiKmGeometry {
  frame: Frame;
  series: KmSeries[];
  /** The x ticks, which are also the table's breaks. */
  breaks: number[];
  /** The table under the axis: lines from its top at `tableTop` (below the axis label). */
  table: { top: number; lines: RiskTableLine[]; headings: { group: string; y: number }[] };
  legend: (LegendEntry & { colour: string; dash: string | null })[];
}

const DASHES = [null, '6 4', '2 3'];

/**
 * Lays out several Kaplan–Meier curves on one plot, each in its own colour (and dash pattern after
 * eight), with a table under the axis: per group the number at risk (`table: 'at-risk'`, the
 * default) or the KMunicate rows at risk, cumulative events and cumulative censored, at the x
 * ticks (or the given breaks) so the table lines up with the axis. `scale: 'event'` draws the
 * rising cumulative share with the event (1 − S, bands flipped), as survminer's `fun = "event"`.
 * Example: `multiKmGeometry([{ label: 'F', curve: kmF }, { label: 'M', curve: kmM }], { width: 640 })`.
 */
export function multiKmGeometry(
  groups: readonly KmSeriesInput[],
  options: {
    width: number;
    scale?: 'survival' | 'event';
    breaks?: readonly number[];
    table?: 'at-risk' | 'kmunicate';
  },
): MultiKmGeometry {
  const flip = options.scale === 'event';
  const legend = legendLayout(
    groups.map((g) => g.label),
    options.width - 24,
  );
  const lastTime = Math.max(0, ...groups.map((g) => g.curve.time.at(-1) ?? 0));
  const plotWidth = Math.max(100, options.width - KM_MARGIN.left - KM_MARGIN.right);
  const x = scaleLinear()
    .domain([0, Math.max(1, lastTime, ...(options.breaks ?? []))])
    .nice()
    .range([0, plotWidth]);
  const y = scaleLinear().domain([0, 1]).range([KM_PLOT_HEIGHT, 0]);
  const X = (t: number) => round(x(t));
  const Y = (s: number) => round(y(flip ? 1 - s : s));
  const breaks = options.breaks
    ? [...options.breaks]
    : x.ticks(Math.max(2, Math.min(8, Math.floor(plotWidth / 60))));
  const style = (i: number) => ({
    colour: groupColours[i % groupColours.length],
    dash: DASHES[Math.floor(i / groupColours.length) % DASHES.length],
  });
  const series = groups.map((g, i) => ({
    label: g.label,
    ...style(i),
    steps: stepPath(g.curve.time, g.curve.survival, 1, X, Y),
    band: g.band ? bandPath(g.curve.time, g.band.lower, g.band.upper, 1, X, Y) : '',
    censors: g.curve.time.flatMap((t, j) =>
      g.curve.nCensor[j] > 0 ? [{ x: X(t), y: Y(g.curve.survival[j]) }] : [],
    ),
  }));
  const kinds =
    options.table === 'kmunicate'
      ? (Object.keys(RISK_ROWS) as (keyof typeof RISK_ROWS)[])
      : (['atRisk'] as const);
  const table = riskTableGeometry(
    groups.map((g) => ({ group: g.label, columns: riskTable(g.curve, breaks) })),
    X,
    { kinds, headings: groups.length > 1 },
  );
  // Under the plot: the axis and its label take 56 px, then the table's title line.
  const tableTop = KM_PLOT_HEIGHT + 56 + 22;
  const margin = {
    ...KM_MARGIN,
    top: KM_MARGIN.top + legend.height,
    bottom: Math.max(KM_MARGIN.bottom, tableTop - KM_PLOT_HEIGHT + table.height + 12),
  };
  return {
    frame: {
      width: options.width,
      height: margin.top + KM_PLOT_HEIGHT + margin.bottom,
      margin,
      x,
      y,
    },
    series,
    breaks,
    table: { top: tableTop, lines: table.lines, headings: table.headings },
    legend: legend.entries.map((e, i) => ({ ...e, x: e.x + 12, y: e.y + 40, ...style(i) })),
  };
}
