import type { KmPoint } from '../../engine/digitise/rgbaImage.ts';
import type { AtRisk } from '../../engine/kmfigure/atRiskTable.ts';
import {
  reconstructKmCurve,
  type KmCurveReconstruction,
} from '../../engine/kmfigure/reconstructKmCurve.ts';
import { readAtRiskInput, type AtRiskField, type AtRiskInput } from '../../io/readAtRiskInput.ts';
import { showNumber } from '../../engine/showNumber.ts';

/** The reconstruction inputs read from what the user typed. */
export interface CurveInputs {
  atRisk: AtRisk[];
  n: number | undefined;
  totalEvents: number | null;
}

/** Where a curve is on its way to patients. */
export type CurveResult =
  | { kind: 'empty' }
  | { kind: 'incomplete'; problems: { field: AtRiskField; message: string }[] }
  | { kind: 'refused'; message: string }
  | { kind: 'done'; read: KmCurveReconstruction; inputs: CurveInputs };

/** Rises of survival smaller than this are reading noise, and cleaning removes them silently enough. */
const NOTABLE_RISE = 0.02;

/**
 * The largest rise of survival between two points in time order, in words, when it passes 0.02:
 * a Kaplan–Meier curve never rises, so such points are misread (or the columns swapped).
 * Example: `surprisingRise([{ time: 0, survival: 1 }, { time: 5, survival: 0.4 }, { time: 6, survival: 0.8 }])`
 * is `'Survival rises from 0.4 at time 5 to 0.8 at time 6, …'`.
 */
export function surprisingRise(points: readonly KmPoint[]): string | null {
  const sorted = [...points].sort((a, b) => a.time - b.time || b.survival - a.survival);
  let worst: { from: KmPoint; to: KmPoint } | null = null;
  let low = sorted[0];
  for (const p of sorted.slice(1)) {
    if (p.survival - low.survival > NOTABLE_RISE) {
      if (!worst || p.survival - low.survival > worst.to.survival - worst.from.survival) {
        worst = { from: low, to: p };
      }
    }
    if (p.survival < low.survival) low = p;
  }
  if (!worst) return null;
  const at = (p: KmPoint) => `${showNumber(p.survival)} at time ${showNumber(p.time)}`;
  return `Survival rises from ${at(worst.from)} to ${at(worst.to)}, and a Kaplan–Meier curve never rises: those points were lowered. Check them (or whether the columns are time, then survival).`;
}

/**
 * Reads a curve's at-risk input and reconstructs its patients (`reconstructKmCurve`), or says
 * why not: no points yet, entries that are not numbers (by field), or the engine's refusal (an
 * at-risk table that increases or starts above n, events above n), as a sentence.
 * Assumes points with survival as a proportion (the digitiser stores them so).
 * Example: `curveResult(points, { times: '0 20', counts: '11 7', n: '', events: '' }).kind` is `'done'`.
 */
export function curveResult(points: readonly KmPoint[], input: AtRiskInput): CurveResult {
  if (points.length === 0) return { kind: 'empty' };
  const read = readAtRiskInput(input);
  if (!read.ok) return { kind: 'incomplete', problems: read.problems };
  const inputs = { atRisk: read.atRisk, n: read.n, totalEvents: read.totalEvents };
  try {
    return {
      kind: 'done',
      read: reconstructKmCurve(points, { ...inputs, percent: false }),
      inputs,
    };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const message = error.message;
    return { kind: 'refused', message: `${message[0].toUpperCase()}${message.slice(1)}.` };
  }
}
