import { scaleLinear } from 'd3-scale';
import type { KmCurve } from '../../engine/kaplanMeier';
import type { Frame } from '../frame';
import { legendLayout, type LegendEntry } from '../legendLayout';
import { groupColours } from '../palette';
import { round } from '../round';
import { bandPath } from './bandPath';
import {
  KM_PLOT_HEIGHT,
  kmLayout,
  type KmScale,
  type KmTable,
  type PlacedRiskTable,
} from './geometry';
import { stepPath } from './stepPath';

/** One group's curve to draw: its label, Kaplan–Meier curve and optional pointwise band. */
export interface KmSeriesInput {
  label: string;
  curve: KmCurve;
  band?: { lower: (number | null)[]; upper: (number | null)[] } | null;
  /** The legend's text for the group (its median, say); the label when left out. */
  legend?: string;
}

/** One drawn group: colour, dash pattern, step path, band, censor ticks. */
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
  /** The table under the axis: lines and headings from its `top`. */
  table: PlacedRiskTable;
  legend: (LegendEntry & { colour: string; dash: string | null })[];
}

/** Dash patterns that, with the colours, tell the groups apart in greyscale too. */
export const GROUP_DASHES = [null, '8 4', '2 3', '10 3 2 3'] as const;

/**
 * The colour and dash pattern of group i: the Okabe–Ito colours in order, and from the second
 * group on a dash pattern as well, so curves stay apart in greyscale and on a projector; after
 * eight groups the colours repeat with another pattern.
 * Example: `groupStyle(1) // { colour: '#d55e00', dash: '8 4' }`.
 */
export function groupStyle(i: number): { colour: string; dash: string | null } {
  return {
    colour: groupColours[i % groupColours.length],
    dash: GROUP_DASHES[(i + Math.floor(i / groupColours.length)) % GROUP_DASHES.length],
  };
}

/**
 * Lays out several Kaplan–Meier curves on one plot, each in its own colour and dash pattern
 * (`groupStyle`), with a table under the axis: per group the number at risk (`table: 'at-risk'`,
 * the default: one line per group, labelled with it) or the KMunicate rows at risk, cumulative
 * events and cumulative censored, at the x ticks (or the given breaks) so the table lines up with
 * the axis. `scale: 'event'` draws the rising cumulative share with the event (1 − S, bands
 * flipped), as survminer's `fun = "event"`.
 * Example: `multiKmGeometry([{ label: 'F', curve: kmF }, { label: 'M', curve: kmM }], { width: 640 })`.
 */
export function multiKmGeometry(
  groups: readonly KmSeriesInput[],
  options: {
    width: number;
    scale?: KmScale;
    breaks?: readonly number[];
    table?: KmTable;
  },
): MultiKmGeometry {
  const flip = options.scale === 'event';
  const legend = legendLayout(
    groups.map((g) => g.legend ?? g.label),
    options.width - 24,
  );
  const { margin, x, breaks, table } = kmLayout(
    groups.map((g) => ({ group: g.label, curve: g.curve })),
    {
      width: options.width,
      legendHeight: legend.height,
      breaks: options.breaks,
      table: options.table,
    },
  );
  const y = scaleLinear().domain([0, 1]).range([KM_PLOT_HEIGHT, 0]);
  const X = (t: number) => round(x(t));
  const Y = (s: number) => round(y(flip ? 1 - s : s));
  const series = groups.map((g, i) => ({
    label: g.label,
    ...groupStyle(i),
    steps: stepPath(g.curve.time, g.curve.survival, 1, X, Y),
    band: g.band ? bandPath(g.curve.time, g.band.lower, g.band.upper, 1, X, Y) : '',
    censors: g.curve.time.flatMap((t, j) =>
      g.curve.nCensor[j] > 0 ? [{ x: X(t), y: Y(g.curve.survival[j]) }] : [],
    ),
  }));
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
    table,
    legend: legend.entries.map((e, i) => ({ ...e, x: e.x + 12, y: e.y + 40, ...groupStyle(i) })),
  };
}
