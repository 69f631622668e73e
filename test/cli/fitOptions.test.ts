/**
 * `cohortscope fit` offers the fit choices of the Re-simulation tab and reads them as the app
 * does: a responder definition (the shared `--responders` of `analyze` and `bootstrap`), each
 * endpoint's model (a mixture of a named family too) and each endpoint's piecewise breaks; the
 * scenario and fit tables it prints are the ones the app fits for the same settings.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitTableJson } from '../../src/cli/fitTableJson.ts';
import { respondersOption } from '../../src/cli/respondersOption.ts';
import { breaksOption } from '../../src/cli/breaksOption.ts';
import { UsageError } from '../../src/cli/command.ts';
import { Analysis } from '../../src/state/Analysis.svelte.ts';
import { fitOptionsOf, type FitSettings } from '../../src/state/fitChoice.ts';
import { DEFAULT_SETTINGS, RESPONDER_CODES, type ResponderSet } from '../../src/state/urlState.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { cliJson, cliRefused } from './runCapture.ts';

const HLH = 'public/cohorts/hlh-anakinra-2025.csv';
const cohort = hlhCohort();
const dir = mkdtempSync(join(tmpdir(), 'cohortscope-fit-options-'));

/** What the app fits for a responder definition and fit settings, through its `Analysis`. */
async function appFit(responders: ResponderSet, settings: Partial<FitSettings> = {}) {
  const analysis = new Analysis({
    cohort: () => cohort,
    level: () => 0.95,
    responders: () => RESPONDER_CODES[responders],
    fitOptions: () => fitOptionsOf({ ...DEFAULT_SETTINGS, ...settings }),
  });
  await analysis.loadFit();
  const fitted = analysis.fitted!;
  const { scenario } = fitted;
  return {
    ...JSON.parse(JSON.stringify(scenario)),
    fits: {
      dor: fitTableJson(fitted.dor.fits, fitted.dor.chosen),
      ttr: fitTableJson(fitted.ttr.fits, fitted.ttr.chosen),
    },
  };
}

const orr = (out: { response: { cr: number; pr: number; imp: number } }) =>
  out.response.cr + out.response.pr + out.response.imp;

describe('cohortscope fit --responders', { timeout: 120_000 }, () => {
  it('fits the cohort as the app counts it under the same definition: ORR, TTR and DOR change with it', async () => {
    const every = await cliJson(['fit', HLH]);
    const crOnly = await cliJson(['fit', HLH, '--responders', 'CR']);
    expect(every).toEqual(await appFit('CR-PR-IMP'));
    expect(crOnly).toEqual(await appFit('CR'));
    // 15 responders of 18 under every grade; the 2 complete remissions alone
    expect(orr(every)).toBeCloseTo(15 / 18, 12);
    expect(orr(crOnly)).toBeCloseTo(2 / 18, 12);
    expect(crOnly.response).toEqual({ cr: 2 / 18, pr: 0, imp: 0 });
    expect(crOnly.ttr).not.toEqual(every.ttr);
    expect(crOnly.dor).not.toEqual(every.dor);
    expect(crOnly.fits.ttr).not.toEqual(every.fits.ttr);
  });

  it('reads the list as analyze does: any case, any order, each code once', async () => {
    expect(await cliJson(['fit', HLH, '--responders', 'pr, cr,PR'])).toEqual(await appFit('CR-PR'));
    expect(respondersOption({ responders: 'imp,CR' })).toEqual(['IMP', 'CR']);
    expect(respondersOption({})).toEqual(['CR', 'PR', 'IMP']);
  });

  it.each([
    ['NR', '--responders: "NR" is not a response; use a comma-separated subset of CR,PR,IMP'],
    [
      'CR,great',
      '--responders: "GREAT" is not a response code; use a comma-separated subset of CR,PR,IMP',
    ],
    ['CR,', '--responders: "" (an empty item) is not a response code'],
  ])(
    'refuses --responders %s in one line naming the option and what is allowed',
    async (value, message) => {
      await cliRefused(['fit', HLH, '--responders', value], message);
    },
  );
});

describe('cohortscope fit with each endpoint’s model and breaks', { timeout: 120_000 }, () => {
  it('fits the TTR’s piecewise model at --ttr-breaks, as the app at the same breaks', async () => {
    const out = await cliJson(['fit', HLH, '--ttr-model', 'piecewise', '--ttr-breaks', '0.5']);
    expect(out.ttr).toMatchObject({ distribution: 'piecewise', breaks: [0.5] });
    expect(out).toEqual(await appFit('CR-PR-IMP', { fitTtr: 'piecewise', fitTtrBreaks: [0.5] }));
    // the DOR keeps its own breaks (the tertiles) and model
    const dorPiecewise = (o: typeof out) =>
      o.fits.dor.find((r: { model: string }) => r.model === 'piecewise');
    expect(dorPiecewise(out)).toEqual(dorPiecewise(await cliJson(['fit', HLH])));
  });

  it('fits a mixture of the family named, as the app’s mixture rows', async () => {
    const out = await cliJson(['fit', HLH, '--model', 'mixture-exponential']);
    expect(out.dor).toMatchObject({
      distribution: 'mixture',
      rest: { distribution: 'exponential' },
    });
    expect(out).toEqual(await appFit('CR-PR-IMP', { fitDor: 'mixture-exponential' }));
  });

  it('reads breaks as the app’s fields: sorted, each once, within the shared limits', () => {
    expect(breaksOption({ 'ttr-breaks': '4, 1,4' }, 'ttr-breaks')).toEqual([1, 4]);
    expect(breaksOption({}, 'ttr-breaks')).toBeUndefined();
    const tooMany = Array.from({ length: 50 }, (_, i) => i + 1).join(',');
    for (const bad of ['0,2', '1,x', '600', tooMany])
      expect(() => breaksOption({ breaks: bad }, 'breaks')).toThrow(UsageError);
  });

  it.each([
    [
      ['--ttr-breaks', '1,x'],
      '--ttr-breaks must be 1 to 49 comma-separated numbers from 0.01 to 520; got "1,x".',
    ],
    [['--ttr-model', 'mixture-gamma'], '--ttr-model must be one of auto, exponential, weibull'],
  ])('refuses %j in one line', async (extra, message) => {
    await cliRefused(['fit', HLH, ...extra], message);
  });
});

describe('cohortscope simulate --observed --responders', { timeout: 120_000 }, () => {
  it('places the cohort’s statistics as the definition counts them, as the app’s predictive check', async () => {
    const path = join(dir, 'cr.json');
    writeFileSync(path, JSON.stringify(await cliJson(['fit', HLH, '--responders', 'CR'])));
    const run = (extra: string[]) =>
      cliJson(['simulate', path, '--trials', '200', '--seed', 's', '--workers', '1', ...extra]);
    const crOnly = await run(['--observed', HLH, '--responders', 'CR']);
    expect(crOnly.predictive_check.orr.observed).toBeCloseTo(2 / 18, 12);
    const every = await run(['--observed', HLH]);
    expect(every.predictive_check.orr.observed).toBeCloseTo(15 / 18, 12);
  });

  it('refuses --responders without an observed cohort', async () => {
    await cliRefused(
      ['simulate', 'scenario.json', '--trials', '10', '--seed', 's', '--responders', 'CR'],
      '--responders applies to the observed cohort; add --observed FILE',
    );
  });
});
