import { monitoringBoundaries } from '../engine/design/monitoringBoundaries.ts';
import { operatingCharacteristics } from '../engine/design/operatingCharacteristics.ts';
import { predictiveSuccess } from '../engine/design/predictiveSuccess.ts';
import { MAX_MONITOR_N } from '../engine/limits.ts';
import { betaPosterior } from '../engine/lessons/betaPosterior.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { numberOption } from './numberOption.ts';
import { parseArgs } from './parseArgs.ts';
import { priorOption } from './priorOption.ts';
import { rateOption } from './rateOption.ts';

const help = `Usage: cohortscope monitor --nmax N --p0 P0 --theta-t T [--x X --n N] [options]

Bayesian monitoring of a single-arm study by predictive probability (Lee & Liu 2008): with a
beta prior, the study succeeds at its final analysis of N patients when the posterior
probability that the response rate exceeds p0 is above theta-t; at an interim look it stops
for futility when the predictive probability of that success is below theta-l, and for
efficacy when it is above theta-u.

Options:
  --nmax N          patients at the final analysis, 1 to ${MAX_MONITOR_N} (required)
  --p0 P0           the rate to beat, 0 to 1 (required)
  --theta-t T       posterior probability that counts as success, 0 to below 1 (required)
  --x X --n N       responders among the first patients so far (optional, together)
  --prior PRIOR     A,B for Beta(A, B); jeffreys; uniform (default); historical:RATE,WEIGHT
                    for a prior centred on a historical rate and worth WEIGHT patients
  --theta-l L       stop for futility when the predictive probability is below L (default 0.1)
  --theta-u U       stop for efficacy when it is above U (default 1: never; must exceed L)
  --looks LIST      interim looks: from:to:step or a comma list (default every patient)
  --oc P[,P...]     also the exact operating characteristics at each true rate P

Output: { prior: { a, b }, posterior_prob, predictive_prob, success_total, boundaries, oc? }
  posterior_prob    P(p > p0 | x of n) (null without --x and --n)
  predictive_prob   the predictive probability of success at nmax (null without --x, --n)
  success_total     responders among all N that make the final analysis succeed (null: none)
  boundaries        one { n, futility, efficacy } per look: after n patients stop for futility
                    when responders <= futility and for efficacy when responders >= efficacy
                    (null: never); the last, n = nmax, is the final analysis (success when
                    responders >= efficacy)
  oc                with --oc, one { p, success, early_stop, early_futility, early_efficacy,
                    expected_n } per rate, exact (success at p0 is the type I error, at the
                    rate you hope for the power)
`;

/** Reads --looks: a grid or list of whole numbers from 1 to nmax, increasing. */
function looksOption(text: string | undefined, nMax: number): number[] | undefined {
  if (text === undefined) return undefined;
  const looks = text.includes(':')
    ? (() => {
        const [from, to, step = '1'] = text.split(':').map((s) => s.trim());
        const [a, b, c] = [from, to, step].map(Number);
        if (![a, b, c].every(Number.isInteger) || c < 1 || b < a) {
          throw new UsageError(`--looks must be from:to[:step] in whole numbers, got "${text}"`);
        }
        return Array.from({ length: Math.floor((b - a) / c) + 1 }, (_, i) => a + i * c);
      })()
    : text.split(',').map((s) => Number(s.trim()));
  looks.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 1 || n > nMax || (i > 0 && n <= looks[i - 1])) {
      throw new UsageError(
        `--looks must be increasing whole numbers from 1 to --nmax = ${nMax}, got "${text}"`,
      );
    }
  });
  return looks;
}

/** Reads --oc: true response rates, comma-separated, each from 0 to 1. */
function ratesOption(text: string): number[] {
  const rates = text.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
  if (rates.length > 100 || rates.some((p) => !(p >= 0 && p <= 1))) {
    throw new UsageError(
      `--oc must be up to 100 rates from 0 to 1, comma-separated, got "${text}"`,
    );
  }
  return rates;
}

/** `monitor --nmax --p0 --theta-t`: Lee & Liu's predictive-probability monitoring. */
export const monitorCommand: Command = {
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, {
      known: ['x', 'n', 'nmax', 'prior', 'p0', 'theta-t', 'theta-l', 'theta-u', 'looks', 'oc'],
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const nMax = numberOption(options, 'nmax', {
      required: 'N (patients in all)',
      min: 1,
      max: MAX_MONITOR_N,
      integer: true,
    });
    const p0 = rateOption(options, 'p0', { what: 'the rate to beat' });
    const thetaT = numberOption(options, 'theta-t', {
      required: 'T (the posterior probability that counts as success)',
      min: 0,
      max: 0.999999,
    });
    const thetaL = rateOption(options, 'theta-l', {
      what: 'the futility threshold',
      fallback: 0.1,
    });
    const thetaU = rateOption(options, 'theta-u', { what: 'the efficacy threshold', fallback: 1 });
    if (thetaU <= thetaL) {
      throw new UsageError(`--theta-u must be above --theta-l = ${thetaL}, got ${thetaU}`);
    }
    const prior = priorOption(options);
    if ((options.x === undefined) !== (options.n === undefined)) {
      throw new UsageError('give --x and --n together (responders among the patients so far)');
    }
    let interim: { x: number; n: number } | null = null;
    if (options.n !== undefined) {
      const n = numberOption(options, 'n', { fallback: 0, min: 0, max: nMax, integer: true });
      const x = numberOption(options, 'x', { fallback: 0, min: 0, integer: true });
      if (x > n) throw new UsageError(`--x must be at most --n = ${n}, got ${x}`);
      interim = { x, n };
    }
    const looks = looksOption(options.looks, nMax);
    const ocRates = options.oc === undefined ? [] : ratesOption(options.oc);
    const rule = monitoringBoundaries({ nMax, prior, p0, thetaT, thetaL, thetaU, looks });
    const out = {
      prior,
      posterior_prob: interim
        ? betaPosterior(interim.x, interim.n, { ...prior, threshold: p0 }).probabilityAbove
        : null,
      predictive_prob: interim
        ? predictiveSuccess(interim.x, interim.n, { nMax, prior, successTotal: rule.successTotal })
        : null,
      success_total: rule.successTotal,
      boundaries: rule.looks,
      ...(ocRates.length > 0
        ? {
            oc: ocRates.map((p) => {
              const oc = operatingCharacteristics(rule, { p });
              return {
                p,
                success: oc.success,
                early_stop: oc.earlyStop,
                early_futility: oc.earlyFutility,
                early_efficacy: oc.earlyEfficacy,
                expected_n: oc.expectedN,
              };
            }),
          }
        : {}),
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  },
};
