import { curveStepAfter, line } from 'd3-shape';
import type { KmCurve } from '../../engine/kaplanMeier';
import { modelFunctions } from '../../engine/models/modelFunctions';
import type { TimeModel } from '../../engine/models/timeModel';
import { kmGeometry, type KmGeometry } from '../km/geometry';
import { palette } from '../palette';
import { round } from '../round';

/** One fitted model to draw over the Kaplan–Meier estimate. */
export interface FitOverlayCurve {
  label: string;
  model: TimeModel;
  /** Drawn thicker: the model the scenario uses. */
  chosen?: boolean;
}

/** A fitted curve laid out: its path, and a colour and dash pattern of its own. */
export interface FitOverlayPath {
  label: string;
  path: string;
  color: string;
  dash: string;
  width: number;
}

/** The Kaplan–Meier plot (curve, band, censoring ticks, at risk, legend) and the fitted curves. */
export interface FitOverlayGeometry {
  km: KmGeometry;
  fits: FitOverlayPath[];
}

/** Colour and dash of the i-th fitted curve: both differ, so nothing rests on colour alone. */
export const FIT_STYLES = [
  { color: palette.loss, dash: '' },
  { color: palette.cr, dash: '7 4' },
  { color: palette.gcHalved, dash: '2 3' },
  { color: palette.afterLoss, dash: '9 3 2 3' },
  { color: palette.ink, dash: '4 2' },
  { color: palette.feverResolved, dash: '1 3' },
] as const;

/** Points at which a smooth survival curve is evaluated across the plot. */
const POINTS = 160;

/** Where a model's survival curve is drawn: steps for the Kaplan–Meier model, a smooth line otherwise. */
function fitPath(
  model: TimeModel,
  tMax: number,
  X: (t: number) => number,
  Y: (s: number) => number,
) {
  const f = modelFunctions(model);
  const S = (t: number) => f.survival(model, t);
  if (model.distribution === 'km') {
    const steps = [0, ...model.times.filter((t) => t < tMax)];
    const points: [number, number][] = steps.map((t) => [X(t), Y(S(t))]);
    const from = Math.min(model.tail_from_wk, tMax);
    points.push([X(from), Y(S(from))]);
    const stepped = line().curve(curveStepAfter).digits(2)(points) ?? '';
    const tail: [number, number][] = [];
    for (let k = 0; k <= 40 && from < tMax; k++) {
      const t = from + ((tMax - from) * k) / 40;
      tail.push([X(t), Y(S(t))]);
    }
    return stepped + (tail.length > 1 ? (line().digits(2)(tail) ?? '') : '');
  }
  // the grid, plus the breaks where a piecewise hazard changes
  const times = Array.from({ length: POINTS + 1 }, (_, k) => (tMax * k) / POINTS);
  if (model.distribution === 'piecewise') times.push(...model.breaks.filter((b) => b < tMax));
  times.sort((a, b) => a - b);
  return line().digits(2)(times.map((t) => [X(t), Y(S(t))])) ?? '';
}

/**
 * Lays out fitted survival curves over a Kaplan–Meier estimate and its band (see `kmGeometry`:
 * same frame, band, censoring ticks and number at risk): each model's S(t) from 0 to the end of
 * the x axis, as a line through 161 points (and a piecewise model's breaks), the Kaplan–Meier
 * model as its own steps and tail; each fit has its colour and dash (`FIT_STYLES`), the chosen
 * one thicker. The legend lists the band, the censoring tick, the estimate and the fits.
 * Example: `fitOverlayGeometry(curve, kmBand(curve), [{ label: 'Weibull', model }], { width: 640, bandLabel: '95% pointwise CI' })`.
 */
export function fitOverlayGeometry(
  curve: KmCurve,
  band: { lower: (number | null)[]; upper: (number | null)[] },
  fits: readonly FitOverlayCurve[],
  options: { width: number; bandLabel: string; kmLabel?: string },
): FitOverlayGeometry {
  const legend = [
    options.bandLabel,
    'Censored',
    options.kmLabel ?? 'Kaplan–Meier',
    ...fits.map((f) => f.label),
  ];
  const km = kmGeometry(
    curve,
    band,
    { median: null, lower: null, upper: null },
    { width: options.width, legend },
  );
  const { x, y } = km.frame;
  const [, tMax] = x.domain();
  const X = (t: number) => round(x(t));
  const Y = (s: number) => round(y(s));
  return {
    km,
    fits: fits.map((fit, i) => ({
      label: fit.label,
      path: fitPath(fit.model, tMax, X, Y),
      ...FIT_STYLES[i % FIT_STYLES.length],
      width: fit.chosen ? 3 : 1.75,
    })),
  };
}
