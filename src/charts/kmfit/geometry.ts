import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { KmPoint } from '../../engine/digitise/rgbaImage';
import type { KmDiagnostics } from '../../engine/kmfigure/kmDiagnostics';
import { pointsAt } from '../../engine/kmfigure/pointsAt';
import { survivalAt } from '../../engine/survivalAt';
import type { Frame } from '../frame';
import { legendLayout, type LegendEntry } from '../legendLayout';
import { round } from '../round';

/** Everything the reconstruction check draws, in plot coordinates (pixels from the margin). */
export interface KmFitGeometry {
  frame: Frame;
  /** The digitised curve through its corners, and the corners themselves. */
  digitised: string;
  corners: { x: number; y: number }[];
  /** The Kaplan–Meier curve of the reconstructed patients, from (0, 1) to the last time. */
  reconstructed: string;
  /** Where the two curves are farthest apart: a vertical from one to the other. */
  gap: { x: number; y0: number; y1: number };
  /** Published and reconstructed numbers at risk under each published time inside the axis. */
  atRisk: { x: number; time: number; published: number; reconstructed: number; differs: boolean }[];
  /** The published times labelled on the x axis: all of them, or every k-th where they would crowd. */
  ticks: number[];
  /** Legend entries in absolute coordinates of the `<svg>`. */
  legend: LegendEntry[];
}

/** Height of the plotting area; under it the axis and the two rows of numbers at risk. */
export const KM_FIT_PLOT_HEIGHT = 240;
const MARGIN = { top: 50, right: 28, bottom: 112, left: 84 } as const;
/** Where the at-risk rows' labels end, left of the plot: clear of a four-digit count centred at time 0. */
export const KM_FIT_ROW_LABEL_X = -24;
/** Least room between two labelled times on the x axis, in pixels. */
const TICK_SPACING = 36;

/**
 * Lays out the check of a reconstruction from a Kaplan–Meier figure: the digitised curve (its
 * corners joined, as read) under the Kaplan–Meier curve of the reconstructed patients, the
 * largest gap between them, and the published against the reconstructed numbers at risk (a
 * number that differs is flagged; where the published times crowd the axis, every second or
 * third is labelled). x runs from 0 to the later of the two curves' ends, rounded up
 * to a nice value; y is survival from 0 to 1. Coordinates are rounded to 0.01 px.
 * Assumes cleaned points (from (0, 1), never increasing) and their `kmDiagnostics`.
 * Example: `kmFitGeometry(points, kmDiagnostics(points, reconstruction, options), { width: 640 }).gap`.
 */
export function kmFitGeometry(
  points: readonly KmPoint[],
  diagnostics: Pick<KmDiagnostics, 'curve' | 'maxAbsDiff' | 'maxAbsDiffAt' | 'atRisk'>,
  options: { width: number; legend?: readonly string[] },
): KmFitGeometry {
  const legend = legendLayout(options.legend ?? [], options.width - 24);
  const margin = { ...MARGIN, top: MARGIN.top + legend.height };
  const { curve } = diagnostics;
  const end = Math.max(points.at(-1)?.time ?? 0, curve.time.at(-1) ?? 0, 1e-9);
  const x = scaleLinear()
    .domain([0, end])
    .nice()
    .range([0, Math.max(100, options.width - margin.left - margin.right)]);
  const y = scaleLinear().domain([0, 1]).range([KM_FIT_PLOT_HEIGHT, 0]);
  const X = (t: number) => round(x(t));
  const Y = (s: number) => round(y(s));
  const corners = points.map((p) => ({ x: X(p.time), y: Y(p.survival) }));
  const digitised =
    line<{ x: number; y: number }>()
      .x((p) => p.x)
      .y((p) => p.y)
      .digits(2)(corners) ?? '';
  const steps: [number, number][] = [
    [X(0), Y(1)],
    ...curve.time.map((t, i) => [X(t), Y(curve.survival[i])] as [number, number]),
  ];
  const reconstructed = line().curve(curveStepAfter).digits(2)(steps) ?? '';
  const at = diagnostics.maxAbsDiffAt;
  const [, xMax] = x.range();
  const shown = diagnostics.atRisk.filter((r) => X(r.time) <= xMax);
  const closest = Math.min(...shown.slice(1).map((r, i) => X(r.time) - X(shown[i].time)));
  const every = Math.max(1, Math.ceil(TICK_SPACING / closest));
  return {
    frame: {
      width: options.width,
      height: margin.top + KM_FIT_PLOT_HEIGHT + margin.bottom,
      margin,
      x,
      y,
    },
    digitised,
    corners,
    reconstructed,
    gap: { x: X(at), y0: Y(pointsAt(points, at)), y1: Y(survivalAt(curve, at)) },
    atRisk: shown.map((r) => ({ ...r, x: X(r.time), differs: r.published !== r.reconstructed })),
    ticks: shown.filter((_, i) => i % every === 0).map((r) => r.time),
    legend: legend.entries.map((e) => ({ ...e, x: e.x + 12, y: e.y + 40 })),
  };
}
