import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { max, min } from 'd3-array';
import type { Frame } from '../frame';
import { legendLayout, type LegendEntry } from '../legendLayout';
import { round } from '../round';

/** The data a histogram shows: a discrete distribution plus optional marks. */
export interface HistogramData {
  values: number[];
  counts: number[];
  interval?: [number | null, number | null];
  observed?: number | null;
  exact?: { values: number[]; probabilities: number[] };
}

/** One bar: its value, relative frequency and rectangle in plot coordinates. */
export interface Bar {
  value: number;
  p: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Everything a histogram draws, in plot coordinates (pixels from the frame's margin). */
export interface HistogramGeometry {
  frame: Frame;
  bars: Bar[];
  /** Shaded interval; an open (`null`) bound reaches the edge of the plot. */
  interval: { x0: number; x1: number } | null;
  observed: number | null;
  exact: { points: { x: number; y: number }[]; path: string } | null;
  /** Legend entries in the order given, in absolute coordinates of the `<svg>`. */
  legend: LegendEntry[];
  /** How many x ticks fit the width. */
  ticks: number;
}

/** Height of the plotting area. */
export const HISTOGRAM_PLOT_HEIGHT = 240;
const MARGIN = { top: 46, right: 28, bottom: 52, left: 64 } as const;

/**
 * Lays out a histogram of a discrete distribution: one bar per value, as high as its share of
 * all counts (bars sum to 1), as wide as 85% of the smallest gap between support points; the
 * x domain covers the bars, the exact distribution, the interval and the observed value.
 * An interval bound on a support value is widened by half a bar so that bar is inside the shade.
 * Legend labels wrap into rows under the title.
 * Example: `histogramGeometry({ values: [0, 1], counts: [3, 1] }, { width: 640 }).bars[0].p === 0.75`.
 */
export function histogramGeometry(
  data: HistogramData,
  options: { width: number; legend?: readonly string[] },
): HistogramGeometry {
  const total = data.counts.reduce((s, c) => s + c, 0);
  const rows = data.values
    .map((value, i) => ({ value, p: total > 0 ? data.counts[i] / total : 0 }))
    .sort((a, b) => a.value - b.value);
  const exactRows = data.exact
    ? data.exact.values.map((value, i) => ({ value, p: data.exact!.probabilities[i] }))
    : [];
  const support = [...new Set([...rows, ...exactRows].map((r) => r.value))].sort((a, b) => a - b);
  const gap = min(support.slice(1).map((v, i) => v - support[i])) ?? 1;
  const extras: (number | null | undefined)[] = [...(data.interval ?? []), data.observed];
  const marks: number[] = [...support, ...extras.filter((v): v is number => typeof v === 'number')];
  const lo = (min(marks) ?? 0) - gap / 2;
  const hi = (max(marks) ?? 1) + gap / 2;

  const legend = legendLayout(options.legend ?? [], options.width - 24);
  const margin = { ...MARGIN, top: MARGIN.top + legend.height };
  const innerWidth = Math.max(100, options.width - margin.left - margin.right);
  const x = scaleLinear().domain([lo, hi]).range([0, innerWidth]);
  const top = Math.max(max([...rows, ...exactRows], (r) => r.p) ?? 0, 0.01);
  const y = scaleLinear()
    .domain([0, top * 1.08])
    .nice()
    .range([HISTOGRAM_PLOT_HEIGHT, 0]);
  const barWidth = Math.max(1, Math.min(60, (x(lo + gap) - x(lo)) * 0.85));

  const [x0, x1] = x.range();
  const onSupport = (v: number) =>
    support.some((s) => Math.abs(s - v) <= 1e-9 * Math.max(1, Math.abs(v)));
  const half = (v: number) => (onSupport(v) ? barWidth / 2 : 0);
  const [lower, upper] = data.interval ?? [null, null];
  const interval = data.interval
    ? {
        x0: lower === null ? x0 : round(Math.max(x0, x(lower) - half(lower))),
        x1: upper === null ? x1 : round(Math.min(x1, x(upper) + half(upper))),
      }
    : null;
  const points = exactRows.map((r) => ({ x: round(x(r.value)), y: round(y(r.p)) }));

  return {
    frame: {
      width: options.width,
      height: margin.top + HISTOGRAM_PLOT_HEIGHT + margin.bottom,
      margin,
      x,
      y,
    },
    bars: rows.map((r) => ({
      value: r.value,
      p: r.p,
      x: round(x(r.value) - barWidth / 2),
      y: round(y(r.p)),
      width: round(barWidth),
      height: round(y(0) - y(r.p)),
    })),
    interval,
    observed:
      data.observed === null || data.observed === undefined ? null : round(x(data.observed)),
    exact: data.exact
      ? { points, path: line().digits(2)(points.map((p) => [p.x, p.y])) ?? '' }
      : null,
    legend: legend.entries.map((e) => ({ ...e, x: e.x + 12, y: e.y + 40 })),
    ticks: Math.max(2, Math.min(8, Math.floor(innerWidth / 75))),
  };
}
