import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  calibrateAxes,
  cleanPoints,
  extractCurve,
  pickInk,
  type KmPoint,
} from '../../../src/engine/digitise/index.ts';
import { survivalAt } from '../../../src/engine/survivalAt.ts';
import {
  kmDiagnostics,
  reconstructFromKm,
  type KmReconstructionOptions,
} from '../../../src/engine/kmfigure/index.ts';
import { parseKmPoints } from '../../../src/io/parseKmPoints.ts';
import {
  atRiskOf,
  figureImage,
  fixturePath,
  kmFigures,
  trueAtRisk,
  trueSurvival,
  worstExcess,
  type FigureCurve,
} from './kmFigures.ts';

const cases = kmFigures.figures.flatMap((figure) =>
  figure.curves.map((curve) => ({ figure, curve, name: `${figure.id}/${curve.label}` })),
);

const truePoints = (curve: FigureCurve): KmPoint[] =>
  cleanPoints(curve.corners.time.map((time, i) => ({ time, survival: curve.corners.survival[i] })))
    .points;

/**
 * One patient's step at t: where a censoring falls between two at-risk times the algorithm
 * cannot know on which side of a drop it lies (R's aml, maintained arm, at 45–48 weeks), and the
 * curve after it moves by about S(t)/n(t).
 */
const onePatient = (curve: FigureCurve) => (t: number) =>
  trueSurvival(curve, t) / Math.max(1, trueAtRisk(curve, t));

function check(
  curve: FigureCurve,
  points: KmPoint[],
  options: KmReconstructionOptions,
  { tolerance, slack, medianWithin }: { tolerance: number; slack: number; medianWithin: number },
) {
  const reconstruction = reconstructFromKm(points, options);
  const diagnostics = kmDiagnostics(points, reconstruction, options);
  const km = diagnostics.curve;
  const worst = worstExcess(curve, (t) => survivalAt(km, t), {
    tolerance,
    slack,
    allowance: onePatient(curve),
  });
  const inputs = JSON.stringify({
    label: curve.label,
    options: { ...options, atRisk: options.atRisk?.map((r) => `${r.time}:${r.n}`).join(',') },
    worst,
    events: km.events,
    trueEvents: curve.events,
    median: diagnostics.median,
    trueMedian: curve.median,
  });
  expect(reconstruction.patients, inputs).toHaveLength(curve.n);
  expect(reconstruction.converged, inputs).toBe(true);
  expect(worst.excess, inputs).toBeLessThanOrEqual(0);
  if (curve.median === null) expect(diagnostics.median.reconstructed, inputs).toBeNull();
  else {
    expect(Math.abs(diagnostics.median.reconstructed! - curve.median), inputs).toBeLessThanOrEqual(
      medianWithin,
    );
  }
  return { reconstruction, diagnostics, inputs };
}

describe('reconstructFromKm from the true step coordinates of R figures', () => {
  it.each(cases)(
    '$name with the at-risk table: within 0.02 (one patient where a censoring hides), median within one unit, events within 2',
    ({ curve }) => {
      for (const totalEvents of [null, curve.events]) {
        const { diagnostics, inputs } = check(
          curve,
          truePoints(curve),
          { atRisk: atRiskOf(curve), totalEvents },
          { tolerance: 0.02, slack: 0, medianWithin: 1 },
        );
        expect(
          Math.abs(diagnostics.events.reconstructed - curve.events),
          inputs,
        ).toBeLessThanOrEqual(2);
        // The published numbers at risk are met wherever the curve allows it.
        for (const r of diagnostics.atRisk) {
          expect(Math.abs(r.reconstructed - r.published), inputs).toBeLessThanOrEqual(1);
        }
      }
    },
  );

  it.each(cases)(
    '$name without a table (n and total events only): events exact, within 0.07',
    ({ curve }) => {
      const { diagnostics, inputs } = check(
        curve,
        truePoints(curve),
        { n: curve.n, totalEvents: curve.events },
        { tolerance: 0.07, slack: 0, medianWithin: 1 },
      );
      expect(diagnostics.events.reconstructed, inputs).toBe(curve.events);
    },
  );

  it('without a table or total events censors nobody before the end (the documented fallback)', () => {
    const curve = cases[0].curve;
    const { patients } = reconstructFromKm(truePoints(curve), { n: curve.n });
    const end = Math.max(...curve.corners.time);
    expect(patients.filter((p) => !p.event).every((p) => p.time === end)).toBe(true);
  });
});

/** Events the algorithm itself gets wrong from exact coordinates, per curve. */
function exactEvents(curve: FigureCurve, totalEvents: number | null): number {
  return reconstructFromKm(truePoints(curve), {
    atRisk: atRiskOf(curve),
    totalEvents,
  }).patients.filter((p) => p.event).length;
}

describe('the figures end to end: click, extract, clean, reconstruct', () => {
  /** As in the extraction test: the standard arm of veteran-trt is partly hidden. */
  const TOLERANCE: Record<string, number> = { 'veteran-trt-600x400/Standard': 0.025 };

  it.each(cases)('$name', ({ figure, curve, name }) => {
    const image = figureImage(figure);
    const calibration = calibrateAxes(figure.calibration);
    const extracted = extractCurve(image, { colour: pickInk(image, curve.click), calibration });
    const points = cleanPoints(extracted.points).points;
    const pixel = Math.abs(calibration.x.scale);
    for (const totalEvents of [null, curve.events]) {
      const { diagnostics, inputs } = check(
        curve,
        points,
        { atRisk: atRiskOf(curve), totalEvents },
        {
          tolerance: TOLERANCE[name] ?? 0.02,
          slack: 2 * pixel,
          // One time unit, or 1.5 pixels where a unit is finer than the figure can show (days).
          medianWithin: Math.max(1, 1.5 * pixel),
        },
      );
      // Digitising adds at most 2 events to what the algorithm gives from exact coordinates.
      expect(
        Math.abs(diagnostics.events.reconstructed - exactEvents(curve, totalEvents)),
        inputs,
      ).toBeLessThanOrEqual(2);
      expect(diagnostics.maxAbsDiff, inputs).toBeLessThan(0.06);
    }
  });
});

describe('a WebPlotDigitizer export (header-less, survival in percent, click noise)', () => {
  it('reconstructs the veteran curve within 0.02 of the true one', () => {
    const text = readFileSync(fixturePath(kmFigures.wpd.file), 'utf8');
    const parsed = parseKmPoints(text, { fileName: 'veteran-wpd.csv' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.header).toBe(false);
    const cleaned = cleanPoints(parsed.points);
    expect(cleaned.percent).toBe(true);
    const curve = kmFigures.figures.find((f) => f.id === kmFigures.wpd.figure)!.curves[0];
    const { diagnostics, inputs } = check(
      curve,
      cleaned.points,
      { atRisk: atRiskOf(curve), totalEvents: curve.events },
      { tolerance: 0.02, slack: 2, medianWithin: 1 },
    );
    expect(Math.abs(diagnostics.events.reconstructed - curve.events), inputs).toBeLessThanOrEqual(
      2,
    );
  });
});
