import { curveStepAfter, line } from 'd3-shape';
import { modelFunctions } from '../../engine/models/modelFunctions';
import type { TimeModel } from '../../engine/models/timeModel';
import type { Frame } from '../frame';
import type { KmScale } from './geometry';
import { palette } from '../palette';
import { round } from '../round';

/** One fitted model to draw over a Kaplan–Meier estimate. */
export interface FitCurve {
  label: string;
  model: TimeModel;
  /** Drawn thicker: the model the scenario uses. */
  chosen?: boolean;
  /** Which of `FIT_STYLES` (by default its place in the list), so a model keeps its look across plots. */
  style?: number;
}

/** A fitted curve laid out: its path, and a colour and dash pattern of its own. */
export interface FitCurvePath {
  label: string;
  path: string;
  color: string;
  dash: string;
  width: number;
}

/**
 * Colour and dash of the i-th fitted curve: both differ, so nothing rests on colour alone, and
 * none is solid, so the Kaplan–Meier curve (blue and solid, its median marker vermilion) shows
 * through any fit that follows it, also in greyscale.
 */
export const FIT_STYLES = [
  { color: palette.cr, dash: '10 3' },
  { color: palette.gcHalved, dash: '7 4' },
  { color: palette.afterLoss, dash: '2 3' },
  { color: palette.ink, dash: '9 3 2 3' },
  { color: palette.feverResolved, dash: '4 2' },
  { color: palette.muted, dash: '1 3' },
  { color: palette.loss, dash: '12 3 2 3 2 3' },
] as const;

/** Points at which a smooth survival curve is evaluated across the plot. */
const POINTS = 160;

function fitPath(
  model: TimeModel,
  tMax: number,
  X: (t: number) => number,
  Y: (s: number) => number,
) {
  const f = modelFunctions(model);
  const S = (t: number) => f.survival(model, t);
  if (model.distribution === 'km') {
    const from = Math.min(model.tail_from_wk, tMax);
    const points: [number, number][] = [0, ...model.times.filter((t) => t < from), from].map(
      (t) => [X(t), Y(S(t))],
    );
    const stepped = line().curve(curveStepAfter).digits(2)(points) ?? '';
    const tail = Array.from({ length: 41 }, (_, k) => from + ((tMax - from) * k) / 40);
    return from < tMax
      ? stepped + (line().digits(2)(tail.map((t) => [X(t), Y(S(t))])) ?? '')
      : stepped;
  }
  // the grid, plus the breaks where a piecewise hazard changes
  const times = Array.from({ length: POINTS + 1 }, (_, k) => (tMax * k) / POINTS);
  if (model.distribution === 'piecewise') times.push(...model.breaks.filter((b) => b < tMax));
  times.sort((a, b) => a - b);
  return line().digits(2)(times.map((t) => [X(t), Y(S(t))])) ?? '';
}

/**
 * Lays out fitted survival curves in a Kaplan–Meier plot's frame (see `kmGeometry`): each
 * model's S(t) from 0 to the end of the x axis — or 1 − S(t) when the plot is on the event scale
 * (`scale: 'event'`) — as a line through 161 points (and a piecewise model's breaks), the
 * Kaplan–Meier model as its own steps and exponential tail; each fit has its colour and dash
 * (`FIT_STYLES`: its `style`, else its place), the chosen one thicker.
 * Example: `fitCurves(kmGeometry(curve, band, median, { width: 640 }).frame, [{ label: 'Weibull', model }])`.
 */
export function fitCurves(
  frame: Frame,
  fits: readonly FitCurve[],
  options: { scale?: KmScale } = {},
): FitCurvePath[] {
  const { x, y } = frame;
  const [, tMax] = x.domain();
  const flip = options.scale === 'event';
  const X = (t: number) => round(x(t));
  const Y = (s: number) => round(y(flip ? 1 - s : s));
  return fits.map((fit, i) => ({
    label: fit.label,
    path: fitPath(fit.model, tMax, X, Y),
    ...FIT_STYLES[(fit.style ?? i) % FIT_STYLES.length],
    width: fit.chosen ? 3 : 1.75,
  }));
}
