import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { RgbaImage } from '../../../src/engine/digitise/rgbaImage.ts';
import type { AtRisk } from '../../../src/engine/kmfigure/atRiskTable.ts';
import type { TimeUnit } from '../../../src/engine/kmfigure/timeUnit.ts';

/** One curve of a figure drawn by test/fixtures/kmfigures.R, with the patients behind it. */
export interface FigureCurve {
  label: string;
  colour: string;
  /** A pixel on the curve, where a user would click to pick it. */
  click: { x: number; y: number };
  n: number;
  events: number;
  median: number | null;
  patients: { time: number[]; status: number[] };
  km: {
    time: number[];
    survival: number[];
    n_risk: number[];
    n_event: number[];
    n_censor: number[];
  };
  corners: { time: number[]; survival: number[] };
  at_risk: { time: number[]; n: number[] };
}

/** One figure: its PNG, axis calibration clicks and curves. */
export interface Figure {
  id: string;
  file: string;
  width: number;
  height: number;
  unit: TimeUnit;
  y_scale: number;
  line_width: number;
  ci: 'dashed' | 'shaded' | 'none';
  marks: 'plus' | 'ticks';
  median_line: 'grey' | 'same' | 'none';
  calibration: {
    x: [{ pixel: number; value: number }, { pixel: number; value: number }];
    y: [{ pixel: number; value: number }, { pixel: number; value: number }];
  };
  curves: FigureCurve[];
}

const root = new URL('../../fixtures/', import.meta.url);

/** The figures and the WebPlotDigitizer-style export that kmfigures.R wrote. */
export const kmFigures = JSON.parse(readFileSync(new URL('kmfigures.json', root), 'utf8')) as {
  figures: Figure[];
  wpd: { file: string; figure: string; curve: string };
};

/** A fixture file's path. */
export const fixturePath = (file: string) => new URL(file, root);

/** Decodes a figure's PNG as the page's canvas would give it. */
export function figureImage(figure: Figure): RgbaImage {
  const png = PNG.sync.read(readFileSync(fixturePath(figure.file)));
  return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data) };
}

/** The published at-risk table of a curve. */
export const atRiskOf = (curve: FigureCurve): AtRisk[] =>
  curve.at_risk.time.map((time, i) => ({ time, n: curve.at_risk.n[i] }));

/** The true Kaplan–Meier estimate at t (right-continuous). */
export function trueSurvival(curve: FigureCurve, t: number): number {
  let s = 1;
  for (let i = 0; i < curve.km.time.length && curve.km.time[i] <= t; i++) s = curve.km.survival[i];
  return s;
}

/** Patients at risk at t in the true data. */
export const trueAtRisk = (curve: FigureCurve, t: number): number =>
  curve.patients.time.filter((time) => time >= t).length;

/**
 * The largest distance, over a fine grid of times up to the last true time, between a step
 * function and the true curve, where a drop may move by `slack` in time and, where at most
 * `allowance(t)` of it is explained otherwise, that is subtracted: returns the worst excess over
 * `tolerance` (≤ 0 when everything is within it) and where it happens.
 */
export function worstExcess(
  curve: FigureCurve,
  at: (t: number) => number,
  {
    tolerance,
    slack,
    allowance = () => 0,
  }: {
    tolerance: number;
    slack: number;
    allowance?: (t: number) => number;
  },
): { excess: number; time: number; distance: number } {
  const end = Math.max(...curve.km.time);
  let worst = { excess: -Infinity, time: 0, distance: 0 };
  for (let i = 0; i <= 2000; i++) {
    const t = (end * i) / 2000;
    let distance = Infinity;
    for (let j = -8; j <= 8; j++) {
      distance = Math.min(distance, Math.abs(at(t) - trueSurvival(curve, t + (slack * j) / 8)));
    }
    const excess = distance - Math.max(tolerance, allowance(t));
    if (excess > worst.excess) worst = { excess, time: t, distance };
  }
  return worst;
}
