import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chunkRng,
  fitScenario,
  predictiveCheck,
  simulationChunk,
  STUDY_STATISTICS,
  studyStatistics,
  type SimulationChunk,
  type StudyStatistic,
} from '../../../src/engine/montecarlo/index.ts';
import { parseCohort } from '../../../src/io/parseCohort.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';

interface RReport {
  /** `null` for a cohort that records no response, which has no statistics to check. */
  orr: { estimate: number } | null;
  cr: { estimate: number };
  response_by_week: Record<string, { estimate: number }>;
  dor: { median: number | null; events: number } | null;
  ttr: { km: { median: number | null } | null };
}
const analyzed = JSON.parse(
  readFileSync(new URL('../../fixtures/analyze.json', import.meta.url), 'utf8'),
) as { cases: { file: string; report: RReport }[] };

describe('studyStatistics', () => {
  // A cohort rebuilt from a survival figure records no response: the check refuses it.
  const checked = analyzed.cases.filter((c) => c.report.orr !== null);
  it.each(checked.map((c) => [c.file, c] as const))(
    'reports what R reports for %s',
    (file, { report }) => {
      const parsed = parseCohort(readFileSync(file, 'utf8'), { fileName: file });
      if (!parsed.ok) throw new Error(`${file} was refused`);
      const ours = studyStatistics(parsed.cohort.patients);
      const median = (m: number | null | undefined) => (m === null ? Infinity : (m ?? NaN));
      const expected = {
        orr: report.orr!.estimate,
        cr: report.cr.estimate,
        response_by_week_1: report.response_by_week['1'].estimate,
        dor_median: report.dor ? median(report.dor.median) : NaN,
        ttr_median: median(report.ttr.km?.median),
        dor_events: report.dor?.events ?? 0,
      };
      for (const name of STUDY_STATISTICS) {
        const [a, b] = [ours[name], expected[name]];
        if (Number.isFinite(b)) expect(Math.abs(a - b), `${name} of ${file}`).toBeLessThan(1e-12);
        else expect(a, `${name} of ${file}`).toBe(b);
      }
    },
  );

  it('records every simulated study’s statistics beside the chunk’s own numbers', () => {
    const scenario = fitScenario(hlhCohort()).scenario;
    const chunk = simulationChunk(scenario, { count: 200, level: 0.95, rng: chunkRng('s', 0) });
    const k = STUDY_STATISTICS.length;
    for (let s = 0; s < 200; s++) {
      expect(chunk.statistics[s * k] * 18).toBeCloseTo(chunk.responders[s], 9);
      const median = chunk.statistics[s * k + 3];
      if (chunk.dorState[s] === 0) expect(median).toBe(chunk.dorMedian[s]);
      else expect(median).toBe(chunk.dorState[s] === 1 ? Infinity : NaN);
    }
  });
});

/** A chunk whose studies reported the given values of every statistic. */
function chunkOf(values: number[]): SimulationChunk {
  const k = STUDY_STATISTICS.length;
  const statistics = new Float64Array(values.length * k);
  values.forEach((v, s) => statistics.fill(v, s * k, (s + 1) * k));
  return {
    responders: new Int32Array(values.length),
    dorState: new Uint8Array(values.length),
    dorMedian: new Float64Array(values.length),
    bounds: new Float64Array(0),
    statistics,
  };
}

const every = (v: number) =>
  Object.fromEntries(STUDY_STATISTICS.map((s) => [s, v])) as Record<StudyStatistic, number>;

describe('predictiveCheck', () => {
  it('counts the studies below the observed value, ties as half', () => {
    const check = predictiveCheck([chunkOf([1, 1, 2, 3]), chunkOf([4, 2])], every(2));
    expect(check.orr).toEqual({ observed: 2, percentile: 50, studies: 6, message: null });
  });

  it('ranks a median not reached above every reached one, and leaves undefined studies out', () => {
    const chunks = [chunkOf([1, 2, Infinity, NaN, 3, Infinity])];
    expect(predictiveCheck(chunks, every(Infinity)).dor_median).toEqual({
      observed: null,
      not_reached: true,
      percentile: 80,
      studies: 5,
      message: null,
    });
    expect(predictiveCheck(chunks, every(NaN)).dor_median.percentile).toBeNull();
  });

  it('says in words when the observed value is outside the 5th–95th percentile', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i < 3 ? 1 : i < 6 ? 2 : 5));
    const low = predictiveCheck([chunkOf(values)], every(2)).dor_median;
    expect(low.percentile).toBe(4.5);
    expect(low.message).toBe(
      'the observed median DOR is smaller than in 94% of simulated studies (equal in 3%): the model does not reproduce it',
    );
    const high = predictiveCheck([chunkOf(values)], every(9)).orr;
    expect(high.percentile).toBe(100);
    expect(high.message).toBe(
      'the observed ORR is larger than in 100% of simulated studies: the model does not reproduce it',
    );
    expect(predictiveCheck([chunkOf(values)], every(5)).cr.message).toBeNull();
  });
});
