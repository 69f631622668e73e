import { scaleLinear } from 'd3-scale';
import type { KmCurve } from '../../engine/kaplanMeier';
import type { Frame } from '../frame';
import { legendLayout, type LegendEntry } from '../legendLayout';
import { round } from '../round';
import { atRisk } from '../../engine/atRisk';
import { bandPath } from './bandPath';
import { stepPath } from './stepPath';

/** A median with its interval; `null` means not reached. */
export interface KmMedian {
  median: number | null;
  lower: number | null;
  upper: number | null;
}

/** Everything a Kaplan–Meier plot draws, in plot coordinates (pixels from the frame's margin). */
export interface KmGeometry {
  frame: Frame;
  /** The step curve through (0, 1) and every (time, survival). */
  steps: string;
  /** The pointwise band as one area path with gaps where a bound is `null`. */
  band: string;
  censors: { x: number; y: number }[];
  /** Median marker, its dashed guides and interval; `x` is `null` when not reached. */
  median: { x: number | null; y: number; lower: number; upper: number; upperOpen: boolean };
  /** Number at risk under each x tick. */
  atRisk: { x: number; time: number; n: number }[];
  /** Legend entries in the order given, in absolute coordinates of the `<svg>`. */
  legend: LegendEntry[];
}

/** Height of the plotting area and the space under it for the axis and at-risk table. */
export const KM_PLOT_HEIGHT = 260;
export const KM_MARGIN = { top: 50, right: 28, bottom: 96, left: 64 } as const;

/**
 * Lays out a Kaplan–Meier plot: x in weeks from 0 to the last time (rounded up to a nice
 * value), y survival from 0 to 1; the band uses the given bounds (as from `kmBand`), drawn as
 * steps like the curve and interrupted where a bound is `null`. The number at risk is given
 * under as many x ticks as fit the width; legend labels wrap into rows under the title.
 * Example: `kmGeometry(curve, kmBand(curve, { transform: 'log' }), kmMedian(curve), { width: 640 })`.
 */
export function kmGeometry(
  curve: KmCurve,
  band: { lower: (number | null)[]; upper: (number | null)[] },
  median: KmMedian,
  options: { width: number; legend?: readonly string[] },
): KmGeometry {
  const legend = legendLayout(options.legend ?? [], options.width - 24);
  const margin = { ...KM_MARGIN, top: KM_MARGIN.top + legend.height };
  const lastTime = curve.time.at(-1) ?? 0;
  const x = scaleLinear()
    .domain([0, Math.max(1, lastTime)])
    .nice()
    .range([0, Math.max(100, options.width - margin.left - margin.right)]);
  const y = scaleLinear().domain([0, 1]).range([KM_PLOT_HEIGHT, 0]);
  const X = (t: number) => round(x(t));
  const Y = (s: number) => round(y(s));

  const steps = stepPath(curve.time, curve.survival, 1, X, Y);
  const bandD = bandPath(curve.time, band.lower, band.upper, 1, X, Y);

  const [, xMax] = x.range();
  return {
    frame: {
      width: options.width,
      height: margin.top + KM_PLOT_HEIGHT + margin.bottom,
      margin,
      x,
      y,
    },
    steps,
    band: bandD,
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
    atRisk: x
      .ticks(Math.max(2, Math.min(8, Math.floor(xMax / 60))))
      .map((t) => ({ x: X(t), time: t, n: atRisk(curve, t) })),
    legend: legend.entries.map((e) => ({ ...e, x: e.x + 12, y: e.y + 40 })),
  };
}
