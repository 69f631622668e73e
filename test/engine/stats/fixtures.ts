import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KmCurve, SurvivalObservation } from '../../../src/engine/kaplanMeier.ts';
import type { KmTransform } from '../../../src/engine/report.ts';

/** A number from R, or null where R gave NA, NaN or an infinity. */
export type RNumber = number | null;

/** Reads a JSON file written by test/fixtures/generate.R. */
export function readFixture<T>(name: string): T {
  const url = new URL(`../../fixtures/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}

/**
 * Compares numbers (or arrays of them) with R's within an absolute tolerance; null on R's side
 * must be null or non-finite on ours. Returns one line per mismatch, empty when all agree.
 */
export function mismatches(
  label: string,
  actual: RNumber | readonly RNumber[],
  expected: RNumber | readonly RNumber[],
  tolerance: number,
): string[] {
  const a = Array.isArray(actual) ? actual : [actual];
  const e = Array.isArray(expected) ? expected : [expected];
  if (a.length !== e.length) return [`${label}: length ${a.length}, R has ${e.length}`];
  const out: string[] = [];
  e.forEach((want, i) => {
    const got = a[i] as RNumber;
    const ok =
      want === null
        ? got === null || !Number.isFinite(got)
        : got !== null && Math.abs(got - want) <= tolerance;
    if (!ok) out.push(`${label}[${i}]: got ${got}, R has ${want}`);
  });
  return out;
}

/** One cohort of km.json: the input and what R survival computed at its level. */
export interface KmCase {
  name: string;
  level: number;
  time: number[];
  status: number[];
  n: number;
  events: number;
  curve: {
    time: number[];
    n_risk: number[];
    n_event: number[];
    n_censor: number[];
    survival: number[];
    std_err: RNumber[];
  };
  bands: Record<KmTransform, { lower: RNumber[]; upper: RNumber[] }>;
  quantiles: Record<
    KmTransform,
    { p: number; quantile: RNumber; lower: RNumber; upper: RNumber }[]
  >;
}

/**
 * Compares a Kaplan–Meier curve with R's `survfit` table: n, events, times (1e-12), numbers at
 * risk, events and censored (exact), survival and std.err (`tolerance`). One line per mismatch.
 */
export function curveMismatches(
  curve: KmCurve,
  expected: Pick<KmCase, 'n' | 'events' | 'curve'>,
  tolerance: number,
): string[] {
  return [
    ...mismatches('n', curve.n, expected.n, 0),
    ...mismatches('events', curve.events, expected.events, 0),
    ...mismatches('time', curve.time, expected.curve.time, 1e-12),
    ...mismatches('n.risk', curve.nRisk, expected.curve.n_risk, 0),
    ...mismatches('n.event', curve.nEvent, expected.curve.n_event, 0),
    ...mismatches('n.censor', curve.nCensor, expected.curve.n_censor, 0),
    ...mismatches('surv', curve.survival, expected.curve.survival, tolerance),
    ...mismatches('std.err', curve.stdErr, expected.curve.std_err, tolerance),
  ];
}

/** The observations of a fixture case. */
export function observationsOf(c: KmCase): SurvivalObservation[] {
  return c.time.map((time, i) => ({ time, event: c.status[i] === 1 }));
}

/** The inputs of a case, printed when it fails. */
export const describeCase = (c: KmCase) =>
  `${c.name} at level ${c.level}: time=${JSON.stringify(c.time)} status=${JSON.stringify(c.status)}`;
