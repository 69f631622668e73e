import { MODEL_NAMES } from '../engine/fit/modelFit.ts';
import { VISIT_WK_RANGE } from '../engine/limits.ts';
import { fitScenario } from '../engine/montecarlo/index.ts';
import { choiceOption } from './choiceOption.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { fitTableJson } from './fitTableJson.ts';
import { numberOption } from './numberOption.ts';
import { parseArgs } from './parseArgs.ts';
import { readCohortFile } from './readCohortFile.ts';

const MODELS = ['auto', ...MODEL_NAMES] as const;
const CENSORING = ['auto', 'right', 'interval'] as const;

const help = `Usage: cohortscope fit FILE [--model M] [--ttr-model M] [--censoring C] [--visit-wk W] [--breaks B1,B2]

Fits a simulation scenario to a cohort (CSV, TSV or JSON) and prints it as JSON, ready for
\`simulate\`, with the table of every model fitted to the duration of response (DOR) and the
time to response (TTR) of the responders. Response probabilities are the observed CR, PR and
IMP shares; cut-off the longest follow-up, accrual the spread of follow-up among the living,
the death hazard deaths per patient-week, drop-out 0; visits the grid the times sit on.

Options:
  --model M        DOR model: auto (default: the best by AIC), exponential, weibull, lognormal,
                   loglogistic, piecewise, mixture (the best family by AIC) or km
  --ttr-model M    TTR model, the same choices (default auto)
  --censoring C    auto (default: interval-censored when the response and loss times sit on a
                   grid of whole or half weeks), right (times exact) or interval
  --visit-wk W     the visit spacing in weeks, when the data do not show it
  --breaks B1,B2   weeks where the piecewise DOR model changes rate (default: the tertiles of
                   the event times)

Models: exponential, Weibull, log-normal and log-logistic by maximum likelihood (as R's survreg,
with survreg's intercept and scale among the parameters); piecewise exponential; a durable
mixture (a fraction whose response never ends, the rest from a family); km, the Kaplan–Meier
estimate with an exponential tail at the rate of the second half of the follow-up. On a visit
grid a loss seen at week d after the response happened in (d − W, d] and an onset seen at week
t in (t − W, t]; deaths and censorings stay exact.

Output: the scenario (see \`simulate --help\`) with its chosen models, and
  "fits": { "dor": [ { model, family?, censoring, loglik, aic, df, params, fittable?, reason?,
  chosen? } ], "ttr": [ … ] }; loglik on the time scale of weeks, as survreg reports it;
  fittable: false with the reason when a model cannot be fitted. \`simulate\` ignores "fits".
`;

/** `fit FILE`: a scenario fitted to a cohort, with its fit tables. */
export const fitCommand: Command = {
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, {
      known: ['model', 'ttr-model', 'censoring', 'visit-wk', 'breaks'],
    });
    if (positionals.length > 1)
      throw new UsageError(`expected one FILE, got ${positionals.length}`);
    const model = choiceOption(options, 'model', MODELS, 'auto');
    const ttrModel = choiceOption(options, 'ttr-model', MODELS, 'auto');
    const censoring = choiceOption(options, 'censoring', CENSORING, 'auto');
    const visitWk =
      options['visit-wk'] === undefined
        ? undefined
        : numberOption(options, 'visit-wk', { fallback: 1, ...VISIT_WK_RANGE });
    const breaks = options.breaks?.split(',').map((b, i, all) => {
      const week = Number(b);
      if (
        b.trim() === '' ||
        !Number.isFinite(week) ||
        week <= 0 ||
        (i > 0 && week <= Number(all[i - 1]))
      )
        throw new UsageError(
          `--breaks: "${b}" is not a week above 0 and above the one before; use weeks like 1,4`,
        );
      return week;
    });
    const cohort = await readCohortFile(positionals[0]);
    if (cohort.patients.length === 0) throw new UsageError('the cohort has no patients');
    let fitted;
    try {
      fitted = fitScenario(cohort, {
        censoring,
        visitWk,
        dor: { model, breaks },
        ttr: { model: ttrModel },
      });
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(error.message);
      throw error;
    }
    const out = {
      ...fitted.scenario,
      fits: {
        dor: fitTableJson(fitted.dor.fits, fitted.dor.chosen),
        ttr: fitTableJson(fitted.ttr.fits, fitted.ttr.chosen),
      },
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  },
};
