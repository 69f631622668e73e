import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { SimonDesign, SimonDesigns } from '../../engine/design/index.ts';
import type { Frame } from '../frame';
import { legendLayout, type LegendEntry } from '../legendLayout';
import { round } from '../round';

/** One design on the chart, in plot coordinates. */
export interface DesignPoint {
  design: SimonDesign;
  x: number;
  y: number;
  /** Simon's named designs, the other admissible ones, and the rest of the curve. */
  kind: 'minimax' | 'optimal' | 'admissible' | 'other';
  /** The letter clinfun's plot writes: M for minimax, O for optimal. */
  label: 'M' | 'O' | null;
}

/** Everything the designs chart draws, in plot coordinates (pixels from the frame's margin). */
export interface DesignsGeometry {
  frame: Frame;
  /** EN(p0) against n through every design shown. */
  path: string;
  /** The admissible designs joined in order: the lower convex hull from minimax to optimal. */
  hull: string;
  points: DesignPoint[];
  /** The design in use, when it is on the chart. */
  chosen: { x: number; y: number } | null;
  /** Legend entries in the order given, in absolute coordinates of the `<svg>`. */
  legend: LegendEntry[];
  /** How many ticks fit each axis. */
  ticks: { x: number; y: number };
}

/** Height of the plotting area. */
export const DESIGNS_PLOT_HEIGHT = 260;
/** Designs shown past the optimal one, as clinfun's plot does. */
const PAST_OPTIMAL = 5;
const MARGIN = { top: 46, right: 28, bottom: 52, left: 64 } as const;

/**
 * Lays out the chart of two-stage designs: the expected number of patients under p0 against the
 * maximum number n, one point per n from the minimax design to five past the optimal one, joined
 * by a line (as R clinfun's `plot.ph2simon`, after Jung et al. 2001), with the minimax (M),
 * optimal (O) and admissible designs marked, the admissible ones also joined (their lower convex
 * hull), and the chosen design, when given by its n. Coordinates are rounded to 0.01 px so an SVG
 * drawn from them snapshots stably.
 * Assumes `designs` as `simonDesigns` returns it (candidates by ascending n).
 * Reference: Jung, Carey & Kim (2001), Controlled Clinical Trials 22:367; Jung et al. (2004).
 * Example: `designsGeometry(simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 })!, { width: 640 }).points[0].label === 'M'`.
 */
export function designsGeometry(
  designs: Pick<SimonDesigns, 'candidates' | 'minimax' | 'optimal' | 'admissible'>,
  options: { width: number; chosen?: number | null; legend?: readonly string[] },
): DesignsGeometry {
  const { candidates, minimax, optimal, admissible } = designs;
  const last = Math.min(candidates.length, candidates.indexOf(optimal) + 1 + PAST_OPTIMAL);
  const shown = candidates.slice(0, Math.max(1, last));
  const [nLo, nHi] = extent(shown, (d) => d.n) as [number, number];
  const [enLo, enHi] = extent(shown, (d) => d.en0) as [number, number];

  const legend = legendLayout(options.legend ?? [], options.width - 24);
  const margin = { ...MARGIN, top: MARGIN.top + legend.height };
  const innerWidth = Math.max(100, options.width - margin.left - margin.right);
  const x = scaleLinear()
    .domain([nLo - 1, nHi + 1])
    .nice()
    .range([0, innerWidth]);
  const y = scaleLinear()
    .domain([enLo - 0.5, enHi + 0.5])
    .nice()
    .range([DESIGNS_PLOT_HEIGHT, 0]);

  const admissibleN = new Set(admissible.map((d) => d.n));
  const kind = (d: SimonDesign): DesignPoint['kind'] => {
    if (d.n === minimax.n) return 'minimax';
    if (d.n === optimal.n) return 'optimal';
    return admissibleN.has(d.n) ? 'admissible' : 'other';
  };
  const points = shown.map((d) => {
    const k = kind(d);
    const label: DesignPoint['label'] = k === 'minimax' ? 'M' : k === 'optimal' ? 'O' : null;
    return { design: d, x: round(x(d.n)), y: round(y(d.en0)), kind: k, label };
  });
  const draw = line().digits(2);
  const chosen = points.find((p) => p.design.n === options.chosen);
  return {
    frame: {
      width: options.width,
      height: margin.top + DESIGNS_PLOT_HEIGHT + margin.bottom,
      margin,
      x,
      y,
    },
    path: draw(points.map((p) => [p.x, p.y])) ?? '',
    hull: draw(points.filter((p) => p.kind !== 'other').map((p) => [p.x, p.y])) ?? '',
    points,
    chosen: chosen ? { x: chosen.x, y: chosen.y } : null,
    legend: legend.entries.map((e) => ({ ...e, x: e.x + 12, y: e.y + 40 })),
    ticks: {
      x: Math.max(2, Math.min(10, Math.floor(innerWidth / 60))),
      y: Math.max(2, Math.min(6, Math.floor(DESIGNS_PLOT_HEIGHT / 50))),
    },
  };
}
