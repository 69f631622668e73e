import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS_OPTIONS } from '../../../src/engine/analysisOptions.ts';
import {
  fitModels,
  locationScale,
  survivalFitData,
  visitGrid,
  type CensoredObservation,
  type ModelFit,
} from '../../../src/engine/fit/index.ts';
import type { FamilyModel } from '../../../src/engine/models/index.ts';
import { parseCohort } from '../../../src/io/parseCohort.ts';

/** One model fitted in R (see test/fixtures/fits.R). */
interface RFit {
  model: string;
  family?: string;
  fittable: boolean;
  problem?: string;
  loglik?: number;
  check_loglik?: number;
  intercept?: number;
  log_scale?: number;
  durable?: number;
  breaks?: number[];
  rates?: number[];
}

interface RDataset {
  name: string;
  file?: string;
  endpoint?: 'dor' | 'ttr';
  censoring: 'right' | 'interval';
  visit_wk: number | null;
  observations: [number, number | null][];
  fits: RFit[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/fits.json', import.meta.url), 'utf8'),
);
const datasets = fixture.datasets as RDataset[];
const root = new URL('../../../', import.meta.url);
const { responders } = DEFAULT_ANALYSIS_OPTIONS;

/** Maximised log-likelihoods agree to this (absolute). */
const LOGLIK_TOLERANCE = 1e-4;
/** Parameters (survreg's intercept and log scale, durable fraction, piecewise rates) agree to this. */
const PARAM_TOLERANCE = 1e-3;

const observationsOf = (d: RDataset): CensoredObservation[] =>
  d.observations.map(([lower, upper]) => ({ lower, upper: upper ?? Infinity }));

/** The engine's row for an R fit. */
const rowFor = (table: ModelFit[], r: RFit) =>
  table.find((f) => f.model === r.model && (r.model !== 'mixture' || f.family === r.family))!;

/** The engine's parameters on R's scale, in the order the fixture lists them. */
function parameters(row: ModelFit, r: RFit): [string, number, number][] {
  if (r.model === 'piecewise') {
    const rates = row.params!.rates as number[];
    return [
      ...r.breaks!.map(
        (b, i) =>
          [`break ${i}`, (row.params!.breaks as number[])[i], b] as [string, number, number],
      ),
      ...r.rates!.map((v, i) => [`rate ${i}`, rates[i], v] as [string, number, number]),
    ];
  }
  const fitted = row.fitted!;
  const family = (fitted.distribution === 'mixture' ? fitted.rest : fitted) as FamilyModel;
  const [mu, logScale] = locationScale(family);
  const out: [string, number, number][] = [
    ['intercept', mu, r.intercept!],
    ['log scale', logScale, r.log_scale!],
  ];
  if (r.model === 'mixture') out.push(['durable', row.params!.durable as number, r.durable!]);
  return out;
}

describe('fits agree with R (survreg for the families, optim for piecewise and mixture)', () => {
  it('covers cohorts, survival data sets, visit grids and edge cases', () => {
    const names = datasets.map((d) => d.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'hlh-anakinra-2025.csv dor right',
        'hlh-anakinra-2025.csv dor interval',
        'hlh-anakinra-2025.csv ttr interval',
        'aml',
        'ovarian (weeks)',
        'veteran (weeks)',
        'weekly grid',
        '4-weekly grid',
        'one event',
        'all censored',
      ]),
    );
    expect(datasets.filter((d) => d.file?.includes('random-')).length).toBeGreaterThanOrEqual(16);
  });

  describe.each(datasets.filter((d) => d.file).map((d) => [d.name, d] as const))(
    'the times of %s',
    (_, d) => {
      it('are built from the cohort file as R builds them', () => {
        const text = readFileSync(new URL(d.file!, root), 'utf8');
        const parsed = parseCohort(text, { fileName: d.file! });
        if (!parsed.ok) throw new Error(`${d.file} was refused`);
        const { patients } = parsed.cohort;
        const grid = visitGrid(patients, responders);
        if (d.censoring === 'interval') expect(grid).toBe(d.visit_wk);
        const visitWk = d.censoring === 'interval' ? grid : null;
        const ours = survivalFitData(patients, { endpoint: d.endpoint!, responders, visitWk });
        expect(ours, JSON.stringify(d.observations)).toEqual(observationsOf(d));
      });
    },
  );

  describe.each(datasets.map((d) => [d.name, d] as const))('%s', (_, d) => {
    const table = fitModels(observationsOf(d), { censoring: d.censoring });
    const input = `times ${JSON.stringify(d.observations)} (${d.censoring})`;

    it.each(d.fits.map((r) => [`${r.model}${r.family ? ` (${r.family})` : ''}`, r] as const))(
      '%s',
      (_, r) => {
        const row = rowFor(table, r);
        expect(row.censoring).toBe(d.censoring);
        expect({ fittable: row.fittable, problem: row.problem }, input).toEqual({
          fittable: r.fittable,
          problem: r.problem,
        });
        if (!r.fittable) {
          expect(row.reason, input).toMatch(/\w/);
          return;
        }
        expect(
          Math.abs(row.loglik! - r.loglik!),
          `loglik ${row.loglik} vs R ${r.loglik}; ${input}`,
        ).toBeLessThan(LOGLIK_TOLERANCE);
        expect(row.aic).toBeCloseTo(-2 * row.loglik! + 2 * row.df, 12);
        for (const [name, ours, theirs] of parameters(row, r))
          expect(Math.abs(ours - theirs), `${name}: ${ours} vs R ${theirs}; ${input}`).toBeLessThan(
            PARAM_TOLERANCE,
          );
      },
    );
  });

  it('the likelihood the script writes out agrees with survreg’s loglik (Jacobian included)', () => {
    for (const d of datasets)
      for (const r of d.fits)
        if (r.check_loglik !== undefined)
          expect(Math.abs(r.check_loglik - r.loglik!), `${d.name} ${r.model}`).toBeLessThan(1e-8);
  });
});
