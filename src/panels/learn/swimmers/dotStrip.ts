import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Interval } from '../../../engine/report.ts';
import { lessonBox } from '../lessonBox.ts';
import { dotLevels } from './dotLevels.ts';

/** One resample's dot. */
export interface StripDot {
  /** The resample's place in the list (a stable key). */
  index: number;
  cx: number;
  cy: number;
  r: number;
  /** The most recent resample, drawn in its own colour. */
  latest: boolean;
}

/** A dot plot of resample estimates, in plot coordinates. */
export interface DotStripGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  innerHeight: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** The shaded interval, or `null` when it has an open end or is not known yet. */
  band: { x: number; width: number } | null;
  /** Where the cohort's own estimate stands, or `null`. */
  observed: number | null;
  dots: StripDot[];
}

const BOX = lessonBox(170, { top: 10, bottom: 46 });
const INNER_HEIGHT = BOX.innerHeight;

/**
 * Lays out a dot plot of one estimate over the resamples drawn so far: the x axis from 0 to
 * `xMax` (rounded outwards when `nice`), one dot per resample with a value, stacked upwards where
 * values coincide (see `dotLevels`); dots shrink so that a stack `tallest` dots high (at least
 * 8) still fits, which lets two strips share one dot size. A `null` value gets no dot.
 * @example dotStrip([0.5, 0.5], { xMax: 1, tallest: 8 }).dots[1].cy // 114 - 1.5 * 10.5
 */
export function dotStrip(
  values: readonly (number | null)[],
  {
    xMax,
    nice = false,
    tallest,
    interval = null,
    observed = null,
  }: {
    xMax: number;
    nice?: boolean;
    tallest: number;
    interval?: Interval | null;
    observed?: number | null;
  },
): DotStripGeometry {
  const x = scaleLinear().domain([0, xMax]).range([0, BOX.innerWidth]);
  if (nice) x.nice();
  const step = Math.min(10.5, INNER_HEIGHT / Math.max(8, tallest));
  const r = Math.max(0.6, step / 2.1);
  const levels = dotLevels(values);
  const dots = values.flatMap((v, index): StripDot[] =>
    v === null
      ? []
      : [
          {
            index,
            cx: x(v),
            cy: INNER_HEIGHT - (levels[index] - 0.5) * step,
            r,
            latest: index === values.length - 1,
          },
        ],
  );
  const [lo, hi] = interval ?? [null, null];
  return {
    width: BOX.width,
    height: BOX.height,
    margin: BOX.margin,
    innerHeight: INNER_HEIGHT,
    x,
    y: scaleLinear().domain([0, 1]).range([INNER_HEIGHT, 0]),
    band: lo === null || hi === null ? null : { x: x(lo), width: x(hi) - x(lo) },
    observed: observed === null ? null : x(observed),
    dots,
  };
}
