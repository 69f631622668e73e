import { scaleLinear, scaleSqrt, type ScaleContinuousNumeric } from 'd3-scale';

/** How the swimmer plot spaces its weeks: evenly, or by their square root (early weeks wider). */
export type TimeScale = 'linear' | 'sqrt';

/** The scales of a swimmer time axis: the whole follow-up, the window shown, and its ticks. */
export interface TimeAxis {
  /** Weeks 0 to the end of the axis over the plot's width (what the overview shows). */
  full: ScaleContinuousNumeric<number, number>;
  /** The window of weeks shown over the plot's width (`full` when not zoomed). */
  x: ScaleContinuousNumeric<number, number>;
  domain: [number, number];
  window: [number, number];
  zoomed: boolean;
  tickValues: number[];
}

/** The smallest window of weeks the time axis zooms to. */
export const MIN_WINDOW_WEEKS = 0.25;

/** Week ticks a square-root axis may use: dense early, sparse late. */
const SQRT_TICKS = [
  0, 0.25, 0.5, 1, 2, 3, 4, 6, 8, 12, 16, 20, 26, 30, 39, 52, 65, 78, 104, 130, 156, 208, 260, 312,
  416, 520,
];

/**
 * The time axis of a swimmer plot from week 0 to the longest follow-up (rounded up to a nice
 * number), linear or square-root, showing `window` (clamped into the axis; `null`, reversed or
 * narrower than a quarter week: the whole axis), with ticks at least 44 px apart.
 * Example: `timeAxis(40, { scale: 'sqrt', window: [0, 4], width: 600 }).tickValues` is `[0, 0.5, 1, 2, 3, 4]`.
 */
export function timeAxis(
  maxWeek: number,
  {
    scale,
    window,
    width,
  }: { scale: TimeScale; window: readonly [number, number] | null; width: number },
): TimeAxis {
  const end = scaleLinear()
    .domain([0, Math.max(1, maxWeek)])
    .nice()
    .domain()[1];
  const make = (domain: [number, number]) =>
    (scale === 'sqrt' ? scaleSqrt() : scaleLinear()).domain(domain).range([0, width]);
  const full = make([0, end]);
  let shown: [number, number] = [0, end];
  if (window) {
    const w0 = Math.max(0, Math.min(end, window[0]));
    const w1 = Math.max(0, Math.min(end, window[1]));
    if (w1 - w0 >= MIN_WINDOW_WEEKS && (w0 > 0 || w1 < end)) shown = [w0, w1];
  }
  const x = make(shown);
  const zoomed = shown[0] > 0 || shown[1] < end;
  const count = Math.max(2, Math.min(10, Math.floor(width / 60)));
  let tickValues: number[];
  if (scale === 'sqrt') {
    tickValues = [];
    for (const t of SQRT_TICKS) {
      if (t < shown[0] || t > shown[1]) continue;
      const last = tickValues.at(-1);
      if (last === undefined || x(t) - x(last) >= 44) tickValues.push(t);
    }
    if (tickValues.length < 2) tickValues = scaleLinear().domain(shown).ticks(count);
  } else {
    tickValues = x.ticks(count);
  }
  return { full, x, domain: [0, end], window: shown, zoomed, tickValues };
}
