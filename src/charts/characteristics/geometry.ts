import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { OperatingCharacteristics } from '../../engine/design/index.ts';
import type { Frame } from '../frame';
import { legendLayout, type LegendEntry } from '../legendLayout';
import { round } from '../round';

/** The two chances the chart follows over the true rate. */
export const CHARACTERISTIC_SERIES = [
  { key: 'success', label: 'Chance of success' },
  { key: 'earlyStop', label: 'Chance of stopping early' },
] as const;

/** One of the chances the chart draws. */
export type CharacteristicKey = (typeof CHARACTERISTIC_SERIES)[number]['key'];

/** Everything the operating-characteristics chart draws, in plot coordinates. */
export interface CharacteristicsGeometry {
  frame: Frame;
  /** Per chance: the exact curve through the rates given, and simulated estimates as points. */
  series: {
    key: CharacteristicKey;
    label: string;
    path: string;
    simulated: { x: number; y: number }[];
  }[];
  /** Vertical marks at named rates (p0, p1, the cohort's ORR), inside the plot only. */
  marks: { label: string; x: number }[];
  /** Legend entries in the order of the series (then "Simulated" when there are points). */
  legend: LegendEntry[];
  ticks: { x: number; y: number };
}

/** Height of the plotting area. */
export const CHARACTERISTICS_PLOT_HEIGHT = 220;
const MARGIN = { top: 46, right: 28, bottom: 52, left: 64 } as const;

/**
 * Lays out the operating characteristics of a single-arm rule against the true response rate
 * (0 to 100% across, probability 0 to 1 up): the chance the study succeeds (at p0 its type I
 * error, at p1 its power) and the chance it stops early, each a line through the exact values at
 * the rates given (ascending), simulated estimates as points, and vertical marks at named rates.
 * Coordinates are rounded to 0.01 px so an SVG drawn from them snapshots stably.
 * Assumes `exact` sorted by rate (it may be empty when only simulated values exist).
 * Reference: Lee & Liu (2008), Clinical Trials 5:93, Figure 2 (characteristics over the true rate).
 * Example: `characteristicsGeometry(rates.map((p) => operatingCharacteristics(rule, { p })), { width: 640 }).series[0].key === 'success'`.
 */
export function characteristicsGeometry(
  exact: readonly OperatingCharacteristics[],
  options: {
    width: number;
    simulated?: readonly OperatingCharacteristics[];
    marks?: readonly { label: string; p: number }[];
  },
): CharacteristicsGeometry {
  const simulated = options.simulated ?? [];
  const labels = [
    ...CHARACTERISTIC_SERIES.map((s) => s.label),
    ...(simulated.length > 0 ? ['Simulated'] : []),
  ];
  const legend = legendLayout(labels, options.width - 24);
  const margin = { ...MARGIN, top: MARGIN.top + legend.height };
  const innerWidth = Math.max(100, options.width - margin.left - margin.right);
  const x = scaleLinear().domain([0, 1]).range([0, innerWidth]);
  const y = scaleLinear().domain([0, 1]).range([CHARACTERISTICS_PLOT_HEIGHT, 0]);
  const draw = line().digits(2);
  const at = (oc: OperatingCharacteristics, key: CharacteristicKey) => ({
    x: round(x(oc.p)),
    y: round(y(oc[key])),
  });
  return {
    frame: {
      width: options.width,
      height: margin.top + CHARACTERISTICS_PLOT_HEIGHT + margin.bottom,
      margin,
      x,
      y,
    },
    series: CHARACTERISTIC_SERIES.map(({ key, label }) => ({
      key,
      label,
      path: draw(exact.map((oc) => at(oc, key)).map((p) => [p.x, p.y])) ?? '',
      simulated: simulated.map((oc) => at(oc, key)),
    })),
    marks: (options.marks ?? [])
      .filter((m) => m.p >= 0 && m.p <= 1)
      .map((m) => ({ label: m.label, x: round(x(m.p)) })),
    legend: legend.entries.map((e) => ({ ...e, x: e.x + 12, y: e.y + 40 })),
    ticks: {
      x: Math.max(2, Math.min(10, Math.floor(innerWidth / 60))),
      y: 5,
    },
  };
}
