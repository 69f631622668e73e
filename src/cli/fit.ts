import { endpointChoice, FIT_MODEL_CHOICES } from '../engine/fit/fitModelChoice.ts';
import { CENSORING_CHOICES } from '../engine/fit/resolveCensoring.ts';
import { MAX_PIECES, PIECE_BREAK_WK_RANGE, VISIT_WK_RANGE } from '../engine/limits.ts';
import { fitScenario } from '../engine/montecarlo/index.ts';
import { breaksOption } from './breaksOption.ts';
import { choiceOption } from './choiceOption.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { fitTableJson } from './fitTableJson.ts';
import { numberOption } from './numberOption.ts';
import { parseArgs } from './parseArgs.ts';
import { readCohortFile } from './readCohortFile.ts';
import { respondersOption } from './respondersOption.ts';

const PIECE_LIMITS = `1 to ${MAX_PIECES - 1} weeks from ${PIECE_BREAK_WK_RANGE.min} to ${PIECE_BREAK_WK_RANGE.max}`;

const help = `Usage: cohortscope fit FILE [--model M] [--ttr-model M] [--breaks B1,B2] [--ttr-breaks B1,B2]
                            [--censoring C] [--visit-wk W] [--responders LIST]

Fits a simulation scenario to a cohort (CSV, TSV or JSON) and prints it as JSON, ready for
\`simulate\`, with the table of every model fitted to the duration of response (DOR) and the
time to response (TTR) of the responders. Response probabilities are the observed CR, PR and
IMP shares (a best response left out of --responders counts as no response); cut-off the
longest follow-up, accrual the spread of follow-up among the living, the death hazard deaths
per patient-week, drop-out 0; visits the grid the times sit on.

Options:
  --model M          DOR model: auto (default: the best by AIC), exponential, weibull,
                     lognormal, loglogistic, piecewise, km, mixture (the best family by AIC)
                     or mixture-F, the mixture of family F (mixture-weibull, …)
  --ttr-model M      TTR model, the same choices (default auto)
  --breaks B1,B2     weeks after the response where the piecewise DOR model changes rate
                     (default: the tertiles of the event times; ${PIECE_LIMITS})
  --ttr-breaks B1,B2 weeks after the start where the piecewise TTR model changes rate (the
                     same default and limits)
  --censoring C      auto (default: interval-censored when the response and loss times sit on
                     a grid of whole or half weeks), right (times exact) or interval
  --visit-wk W       the visit spacing in weeks, when the data do not show it
                     (${VISIT_WK_RANGE.min} to ${VISIT_WK_RANGE.max})
  --responders LIST  best responses that count as response (default CR,PR,IMP; as \`analyze\`)

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
      known: ['model', 'ttr-model', 'breaks', 'ttr-breaks', 'censoring', 'visit-wk', 'responders'],
    });
    if (positionals.length > 1)
      throw new UsageError(`expected one FILE, got ${positionals.length}`);
    const model = choiceOption(options, 'model', FIT_MODEL_CHOICES, 'auto');
    const ttrModel = choiceOption(options, 'ttr-model', FIT_MODEL_CHOICES, 'auto');
    const censoring = choiceOption(options, 'censoring', CENSORING_CHOICES, 'auto');
    const visitWk =
      options['visit-wk'] === undefined
        ? undefined
        : numberOption(options, 'visit-wk', { fallback: 1, ...VISIT_WK_RANGE });
    const breaks = breaksOption(options, 'breaks');
    const ttrBreaks = breaksOption(options, 'ttr-breaks');
    const responders = respondersOption(options);
    const cohort = await readCohortFile(positionals[0]);
    if (cohort.patients.length === 0) throw new UsageError('the cohort has no patients');
    let fitted;
    try {
      fitted = fitScenario(cohort, {
        responders,
        censoring,
        visitWk,
        dor: { ...endpointChoice(model), breaks },
        ttr: { ...endpointChoice(ttrModel), breaks: ttrBreaks },
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
