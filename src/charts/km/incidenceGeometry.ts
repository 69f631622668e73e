import { scaleLinear } from 'd3-scale';
import { area, curveStepAfter } from 'd3-shape';
import type { CompetingCurve } from '../../engine/aalenJohansen';
import { confidenceBand } from '../../engine/confidenceBand';
import type { KmCurve } from '../../engine/kaplanMeier';
import type { KmTransform } from '../../engine/report';
import type { Frame } from '../frame';
import { legendLayout, type LegendEntry } from '../legendLayout';
import { groupColours } from '../palette';
import { round } from '../round';
import { bandPath } from './bandPath';
import { KM_MARGIN, KM_PLOT_HEIGHT } from './geometry';
import { stepPath } from './stepPath';

/**
 * One cause drawn in a panel: its Aalen–Johansen steps (stacked: the top of its area), band and
 * the naive 1 − KM beside it.
 */
export interface IncidencePanel {
  cause: string;
  colour: string;
  /** Left edge of the panel within the plotting area (0 for stacked and the first panel). */
  offset: number;
  steps: string;
  band: string;
  /** The naive 1 − Kaplan–Meier of this cause (others censored), dashed; '' when not drawn. */
  naive: string;
}

/** Everything a cumulative incidence plot draws, in plot coordinates. */
export interface IncidenceGeometry {
  frame: Frame;
  layout: 'stacked' | 'side-by-side';
  /** Panel width (the whole plot when stacked) and the gap between side-by-side panels. */
  panelWidth: number;
  panels: IncidencePanel[];
  /** Stacked layout: one filled area per cause, the first at the bottom. */
  areas: { cause: string; colour: string; path: string }[];
  legend: (LegendEntry & { kind: 'cause' | 'naive'; cause: string; colour: string })[];
}

const PANEL_GAP = 40;

/**
 * Lays out the cumulative incidence of competing causes (Aalen–Johansen) with the naive
 * 1 − Kaplan–Meier that overstates it: `side-by-side` gives one panel per cause with its step
 * curve, pointwise band (transform default "log") and the naive curve dashed; `stacked` fills the
 * causes on top of each other (their sum is 1 − the event-free probability) and dashes the naive
 * curve of the first cause, whose area starts at 0. Both share the y scale 0–1.
 * Reference: Putter, Fiocco & Geskus (2007), Stat Med 26:2389.
 * Example: `incidenceGeometry(aalenJohansen(obs, causes), { loss: kmLoss, death: kmDeath }, { width: 640, layout: 'stacked' })`.
 */
export function incidenceGeometry<C extends string>(
  fit: CompetingCurve<C>,
  naive: Record<C, KmCurve>,
  options: {
    width: number;
    layout: 'stacked' | 'side-by-side';
    transform?: KmTransform;
    level?: number;
    labels?: Partial<Record<C, string>>;
  },
): IncidenceGeometry {
  const causes = fit.causes;
  const label = (c: C) => options.labels?.[c] ?? c;
  const sideBySide = options.layout === 'side-by-side';
  const keys = causes.flatMap((c, k) =>
    sideBySide || k === 0
      ? [
          { label: label(c), kind: 'cause' as const, k },
          { label: `${label(c)}: naive 1 − KM`, kind: 'naive' as const, k },
        ]
      : [{ label: label(c), kind: 'cause' as const, k }],
  );
  const legend = legendLayout(
    keys.map((key) => key.label),
    options.width - 24,
  );
  // Under the plot only the axis and its label: no table.
  const margin = { ...KM_MARGIN, top: KM_MARGIN.top + legend.height, bottom: 56 };
  const plotWidth = Math.max(100, options.width - margin.left - margin.right);
  const panelWidth = sideBySide
    ? Math.max(60, (plotWidth - PANEL_GAP * (causes.length - 1)) / causes.length)
    : plotWidth;
  const x = scaleLinear()
    .domain([0, Math.max(1, fit.time.at(-1) ?? 0)])
    .nice()
    .range([0, panelWidth]);
  const y = scaleLinear().domain([0, 1]).range([KM_PLOT_HEIGHT, 0]);
  const X = (t: number) => round(x(t));
  const Y = (v: number) => round(y(v));
  const colour = (k: number) => groupColours[k % groupColours.length];
  const naivePath = (c: C) =>
    stepPath(
      naive[c].time,
      naive[c].survival.map((s) => 1 - s),
      0,
      X,
      Y,
    );
  const panels: IncidencePanel[] = causes.map((c, k) => {
    const estimate = fit.incidence[c];
    const band = confidenceBand(
      estimate,
      fit.stdErr[c].map((se, i) => (se === 0 ? 0 : se / estimate[i])),
      { transform: options.transform ?? 'log', level: options.level },
    );
    const drawNaive = sideBySide || k === 0;
    return {
      cause: c,
      colour: colour(k),
      offset: sideBySide ? round(k * (panelWidth + PANEL_GAP)) : 0,
      // Stacked, a cause's line is the top of its area: its incidence plus those below it.
      steps: stepPath(
        fit.time,
        sideBySide
          ? estimate
          : fit.time.map((_, i) =>
              causes.slice(0, k + 1).reduce((s, p) => s + fit.incidence[p][i], 0),
            ),
        0,
        X,
        Y,
      ),
      band: sideBySide ? bandPath(fit.time, band.lower, band.upper, 0, X, Y) : '',
      naive: drawNaive ? naivePath(c) : '',
    };
  });
  const areas = sideBySide
    ? []
    : causes.map((c, k) => {
        const below = (i: number) =>
          causes.slice(0, k).reduce((s, prior) => s + fit.incidence[prior][i], 0);
        const points = [
          { t: 0, lo: 0, hi: 0 },
          ...fit.time.map((t, i) => ({ t, lo: below(i), hi: below(i) + fit.incidence[c][i] })),
        ];
        const path =
          area<{ t: number; lo: number; hi: number }>()
            .curve(curveStepAfter)
            .x((p) => X(p.t))
            .y0((p) => Y(p.lo))
            .y1((p) => Y(p.hi))
            .digits(2)(points) ?? '';
        return { cause: c, colour: colour(k), path: fit.time.length ? path : '' };
      });
  return {
    frame: {
      width: options.width,
      height: margin.top + KM_PLOT_HEIGHT + margin.bottom,
      margin,
      x,
      y,
    },
    layout: options.layout,
    panelWidth: round(panelWidth),
    panels,
    areas,
    legend: legend.entries.map((e, i) => ({
      ...e,
      x: e.x + 12,
      y: e.y + 40,
      kind: keys[i].kind,
      cause: causes[keys[i].k],
      colour: colour(keys[i].k),
    })),
  };
}
