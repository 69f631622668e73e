import { scaleLinear } from 'd3-scale';
import type { Interval } from '../../../engine/report.ts';
import { lessonBox, type LessonFrame } from '../lessonBox.ts';
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
  /** The estimate across; up, 0 to 1 (no axis is drawn: dots stack from the bottom). */
  frame: LessonFrame;
  /** The shaded interval, or `null` when it has an open end or is not known yet. */
  band: { x: number; width: number } | null;
  /** Where the cohort's own estimate stands, or `null`. */
  observed: number | null;
  dots: StripDot[];
}

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
    width,
  }: {
    xMax: number;
    nice?: boolean;
    tallest: number;
    interval?: Interval | null;
    observed?: number | null;
    /** The column's width (the full lesson width by default). */
    width?: number;
  },
): DotStripGeometry {
  const box = lessonBox(170, { top: 10, bottom: 46 }, width);
  const x = scaleLinear().domain([0, xMax]).range([0, box.innerWidth]);
  if (nice) x.nice();
  const step = Math.min(10.5, box.innerHeight / Math.max(8, tallest));
  const r = Math.max(0.6, step / 2.1);
  const levels = dotLevels(values);
  const dots = values.flatMap((v, index): StripDot[] =>
    v === null
      ? []
      : [
          {
            index,
            cx: x(v),
            cy: box.innerHeight - (levels[index] - 0.5) * step,
            r,
            latest: index === values.length - 1,
          },
        ],
  );
  const [lo, hi] = interval ?? [null, null];
  return {
    frame: { ...box, x, y: scaleLinear().domain([0, 1]).range([box.innerHeight, 0]) },
    band: lo === null || hi === null ? null : { x: x(lo), width: x(hi) - x(lo) },
    observed: observed === null ? null : x(observed),
    dots,
  };
}
