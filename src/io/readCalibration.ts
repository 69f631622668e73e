import { calibrateAxes, type Calibration } from '../engine/digitise/calibrateAxes.ts';
import { quoteText } from './params/quoteText.ts';

/** One calibration point as typed or clicked: the pixel (column for x, row for y) and the value printed there. */
export interface AxisPointInput {
  pixel: string;
  value: string;
}

/** The four calibration points of a figure and how its axes read. */
export interface AxesInput {
  x1: AxisPointInput;
  x2: AxisPointInput;
  y1: AxisPointInput;
  y2: AxisPointInput;
  xLog: boolean;
  yLog: boolean;
  /** Survival in percent: detected from the values (`auto`), or said. */
  yPercent: 'auto' | 'percent' | 'proportion';
}

/** The four calibration points, in the order a user clicks them. */
export const AXIS_POINTS = ['x1', 'x2', 'y1', 'y2'] as const;
export type AxisPointName = (typeof AXIS_POINTS)[number];

/** How the page names a calibration point. */
export const AXIS_POINT_LABELS: Record<AxisPointName, string> = {
  x1: 'x₁',
  x2: 'x₂',
  y1: 'y₁',
  y2: 'y₂',
};

/** Axes with nothing entered. */
export const EMPTY_AXES: AxesInput = {
  x1: { pixel: '', value: '' },
  x2: { pixel: '', value: '' },
  y1: { pixel: '', value: '' },
  y2: { pixel: '', value: '' },
  xLog: false,
  yLog: false,
  yPercent: 'auto',
};

/** A calibration, or why there is none yet (`missing` lists what is still to be given). */
export type ReadCalibration =
  { ok: true; calibration: Calibration } | { ok: false; missing: boolean; message: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads the axis calibration a user clicked and typed: two points on each axis, each a pixel
 * position and the value printed there, as `calibrateAxes` takes them. Says which entries are
 * still empty, which are not numbers, and (from `calibrateAxes`) which axis has two equal pixels
 * or values or a log axis with a value ≤ 0.
 * Example: `readCalibration({ ...EMPTY_AXES, x1: { pixel: '90', value: '0' } }).message` is
 * `'Still to give: x₂ (pixel and value), y₁ (pixel and value), y₂ (pixel and value).'`
 */
export function readCalibration(axes: AxesInput): ReadCalibration {
  const missing: string[] = [];
  const bad: string[] = [];
  const read = (name: AxisPointName) => {
    const { pixel, value } = axes[name];
    const empty = [pixel.trim() === '' && 'pixel', value.trim() === '' && 'value'].filter(Boolean);
    if (empty.length > 0) missing.push(`${AXIS_POINT_LABELS[name]} (${empty.join(' and ')})`);
    for (const [what, text] of [
      ['pixel', pixel],
      ['value', value],
    ] as const) {
      if (text.trim() !== '' && !NUMBER.test(text.trim())) {
        bad.push(`${AXIS_POINT_LABELS[name]} ${what}: ${quoteText(text.trim())} is not a number`);
      }
    }
    return { pixel: Number(pixel), value: Number(value) };
  };
  const [x1, x2, y1, y2] = AXIS_POINTS.map(read);
  if (bad.length > 0) return { ok: false, missing: false, message: `${bad.join('; ')}.` };
  if (missing.length > 0) {
    return { ok: false, missing: true, message: `Still to give: ${missing.join(', ')}.` };
  }
  try {
    const calibration = calibrateAxes({
      x: [x1, x2],
      y: [y1, y2],
      xLog: axes.xLog,
      yLog: axes.yLog,
      yPercent: axes.yPercent === 'auto' ? undefined : axes.yPercent === 'percent',
    });
    return { ok: true, calibration };
  } catch (error) {
    const message = (error as Error).message;
    return {
      ok: false,
      missing: false,
      message: `${message[0].toUpperCase()}${message.slice(1)}.`,
    };
  }
}
