/**
 * Overall survival as the Kaplan–Meier tab draws it (the engine's one Kaplan–Meier of
 * `osObservations`, its band, median and KMunicate table) agrees with R's survfit on whole cohort
 * files: the built-in cohort and two cohorts rebuilt from R-drawn survival figures.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followUp } from '../../src/engine/followUp.ts';
import { kaplanMeier } from '../../src/engine/kaplanMeier.ts';
import { kmBand } from '../../src/engine/kmBand.ts';
import { kmMedian } from '../../src/engine/kmMedian.ts';
import { osObservations } from '../../src/engine/osObservations.ts';
import { KM_TRANSFORMS, type KmTransform } from '../../src/engine/report.ts';
import { responseNotRecorded } from '../../src/engine/responseNotRecorded.ts';
import { riskTable } from '../../src/engine/riskTable.ts';
import { parseCohort } from '../../src/io/parseCohort.ts';
import { R_TOLERANCE } from '../helpers/rTolerance.ts';
import {
  curveMismatches,
  mismatches,
  readFixture,
  type KmCase,
  type RNumber,
} from './stats/fixtures.ts';

/** One cohort file and level of overallSurvival.json: R's survfit of its overall survival. */
interface OsCase extends Pick<KmCase, 'level' | 'n' | 'events' | 'curve' | 'bands'> {
  file: string;
  median: Record<KmTransform, { median: RNumber; lower: RNumber; upper: RNumber }>;
  risk: { time: number; at_risk: number; events: number; censored: number }[];
}

const { cases } = readFixture<{ cases: OsCase[] }>('overallSurvival.json');

function cohortOf(file: string) {
  const parsed = parseCohort(readFileSync(file, 'utf8'), { fileName: basename(file) });
  if (!parsed.ok) throw new Error(`${file} refused: ${JSON.stringify(parsed.issues)}`);
  return parsed.cohort;
}

describe('overall survival agrees with R survfit on whole cohort files', () => {
  it('covers the built-in cohort and two cohorts rebuilt from survival figures, at two levels', () => {
    expect(cases.map((c) => `${basename(c.file)} ${c.level}`)).toEqual([
      'hlh-anakinra-2025.csv 0.95',
      'hlh-anakinra-2025.csv 0.9',
      'veteran-os.csv 0.95',
      'veteran-os.csv 0.9',
      'lung-os.csv 0.95',
      'lung-os.csv 0.9',
    ]);
    // The rebuilt cohorts are survival only: every patient NE, no response time.
    expect(cases.map((c) => responseNotRecorded(cohortOf(c.file).patients))).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
  });

  for (const c of cases) {
    describe(`${basename(c.file)} at level ${c.level}`, () => {
      const patients = cohortOf(c.file).patients;
      const curve = kaplanMeier(osObservations(patients));
      const input = `inputs: ${c.file}, level ${c.level}`;

      it('has R’s table: times, at risk, deaths, censored (exact), survival and std.err (1e-9)', () => {
        const bad = curveMismatches(curve, c, R_TOLERANCE);
        expect(bad, input).toEqual([]);
      });

      it('has R’s band and median with its Brookmeyer–Crowley interval for every conf.type', () => {
        const bad = KM_TRANSFORMS.flatMap((transform) => {
          const band = kmBand(curve, { transform, level: c.level });
          const median = kmMedian(curve, { transform, level: c.level });
          const want = c.median[transform];
          return [
            ...mismatches(`${transform} lower`, band.lower, c.bands[transform].lower, R_TOLERANCE),
            ...mismatches(`${transform} upper`, band.upper, c.bands[transform].upper, R_TOLERANCE),
            ...mismatches(`${transform} median`, median.median, want.median, R_TOLERANCE),
            ...mismatches(`${transform} median lower`, median.lower, want.lower, R_TOLERANCE),
            ...mismatches(`${transform} median upper`, median.upper, want.upper, R_TOLERANCE),
          ];
        });
        expect(bad, input).toEqual([]);
      });

      it('has R’s KMunicate numbers under the axis', () => {
        const table = riskTable(
          curve,
          c.risk.map((r) => r.time),
        );
        expect(
          table.map((r) => ({
            time: r.time,
            at_risk: r.atRisk,
            events: r.events,
            censored: r.censored,
          })),
          input,
        ).toEqual(c.risk);
      });

      it('is the overall survival of the report (the Summary’s median and interval)', () => {
        const os = followUp(patients, { level: c.level }).overall_survival;
        const bad = KM_TRANSFORMS.flatMap((t) => [
          ...mismatches(`${t} median`, os.median, c.median[t].median, R_TOLERANCE),
          ...mismatches(`${t} lower`, os.ci[t][0], c.median[t].lower, R_TOLERANCE),
          ...mismatches(`${t} upper`, os.ci[t][1], c.median[t].upper, R_TOLERANCE),
        ]);
        expect(bad, input).toEqual([]);
      });
    });
  }
});
