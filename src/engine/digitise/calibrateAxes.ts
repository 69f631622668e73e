/** One calibration click: a pixel position on an axis and the axis value printed there. */
export interface AxisClick {
  pixel: number;
  value: number;
}

/** The clicks that calibrate a figure: two per axis, and whether an axis is logarithmic. */
export interface AxisClicks {
  x: readonly [AxisClick, AxisClick];
  y: readonly [AxisClick, AxisClick];
  xLog?: boolean;
  yLog?: boolean;
  /** Survival is in percent on the y axis; by default, when a y click's value passes 1.5. */
  yPercent?: boolean;
}

/** One axis as a line: `value = offset + scale × pixel`, on log10(value) when `log`. */
export interface AxisMap {
  offset: number;
  scale: number;
  log: boolean;
}

/** Pixel ↔ data transforms of a figure: plain numbers, so it can be stored in a link or sent to a worker. */
export interface Calibration {
  x: AxisMap;
  y: AxisMap;
  /** The y axis shows survival in percent (full survival is 100), not as a proportion. */
  percent: boolean;
}

function axisMap(name: 'x' | 'y', [a, b]: readonly [AxisClick, AxisClick], log: boolean): AxisMap {
  for (const click of [a, b]) {
    if (!Number.isFinite(click.pixel) || !Number.isFinite(click.value)) {
      throw new RangeError(
        `${name} axis: pixel and value must be numbers, got ${click.pixel} and ${click.value}`,
      );
    }
    if (log && click.value <= 0) {
      throw new RangeError(
        `${name} axis is logarithmic: values must be above 0, got ${click.value}`,
      );
    }
  }
  if (Math.abs(a.pixel - b.pixel) < 1) {
    throw new RangeError(
      `${name} axis: the two clicks must be at least one pixel apart, got ${a.pixel} and ${b.pixel}`,
    );
  }
  if (a.value === b.value) {
    throw new RangeError(
      `${name} axis: the two clicks must have different values, got ${a.value} twice`,
    );
  }
  const va = log ? Math.log10(a.value) : a.value;
  const vb = log ? Math.log10(b.value) : b.value;
  const scale = (vb - va) / (b.pixel - a.pixel);
  return { offset: va - scale * a.pixel, scale, log };
}

/**
 * Calibrates a figure's axes from two clicks on each: where a known value is printed, and that
 * value. Each axis is linear (or logarithmic when asked); the axes need not be exactly
 * horizontal or vertical in the sense of lying on the image's edges, but the x value must depend
 * only on the pixel column and the y value only on the row (no rotated scans).
 * Throws a `RangeError` naming the axis when two clicks coincide, values repeat, or a log axis
 * gets a value of 0 or less.
 * @example calibrateAxes({ x: [{ pixel: 90, value: 0 }, { pixel: 520, value: 150 }], y: [{ pixel: 317, value: 0 }, { pixel: 54, value: 1 }] }).x.scale // 0.3488…
 */
export function calibrateAxes(clicks: AxisClicks): Calibration {
  return {
    x: axisMap('x', clicks.x, clicks.xLog ?? false),
    y: axisMap('y', clicks.y, clicks.yLog ?? false),
    percent: clicks.yPercent ?? clicks.y.some((c) => Math.abs(c.value) > 1.5),
  };
}
