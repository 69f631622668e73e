import { cleanPoints, type CleanedPoints, type CleanOptions } from '../digitise/cleanPoints.ts';
import type { KmPoint } from '../digitise/rgbaImage.ts';
import { kmDiagnostics, type KmDiagnostics } from './kmDiagnostics.ts';
import {
  reconstructFromKm,
  type KmReconstruction,
  type KmReconstructionOptions,
} from './reconstructFromKm.ts';

/** A digitised curve made into patients: the cleaned points, the patients and how well they fit. */
export interface KmCurveReconstruction {
  cleaned: CleanedPoints;
  reconstruction: KmReconstruction;
  diagnostics: KmDiagnostics;
  /** What the reconstruction could not use or settle, in words. */
  warnings: string[];
}

/**
 * The whole way from digitised points to patients and their check, as the app and the command
 * line take it: `cleanPoints`, Guyot's `reconstructFromKm` with the at-risk table, n and total
 * events, then `kmDiagnostics` against the cleaned points. Deterministic. Throws the `RangeError`
 * of the step that refuses the input (no points; an at-risk table that increases, or starts above
 * n; events above n).
 * @example reconstructKmCurve(points, { atRisk: [{ time: 0, n: 11 }, { time: 20, n: 7 }] }).diagnostics.maxAbsDiff
 */
export function reconstructKmCurve(
  points: readonly KmPoint[],
  options: KmReconstructionOptions & CleanOptions,
): KmCurveReconstruction {
  const { percent, maxTime, ...guyot } = options;
  const cleaned = cleanPoints(points, { percent, maxTime });
  const reconstruction = reconstructFromKm(cleaned.points, guyot);
  const diagnostics = kmDiagnostics(cleaned.points, reconstruction, guyot);
  const warnings = [...reconstruction.warnings];
  if (!reconstruction.converged) {
    warnings.push(
      'The censoring adjustment did not settle: check the at-risk table against the curve.',
    );
  }
  return { cleaned, reconstruction, diagnostics, warnings };
}
