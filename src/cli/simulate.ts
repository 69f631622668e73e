import {
  LEVEL_RANGE,
  MAX_SCENARIO_N,
  MAX_SIMULATION_TRIALS,
  MAX_WORKERS,
} from '../engine/limits.ts';
import { studyStatistics, validateScenario } from '../engine/montecarlo/index.ts';
import type { ResponseCode } from '../engine/cohort.ts';
import { narrowToResponders } from '../engine/narrowToResponders.ts';
import { NO_RESPONSE_RECORDED, responseNotRecorded } from '../engine/responseNotRecorded.ts';
import { MAX_POOL_SIZE } from '../worker/limits.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { levelOption } from './levelOption.ts';
import { numberOption } from './numberOption.ts';
import { parseArgs } from './parseArgs.ts';
import { readCohortFile } from './readCohortFile.ts';
import { readJsonFile } from './readJsonFile.ts';
import { respondersOption } from './respondersOption.ts';
import { seedOption } from './seedOption.ts';
import { withPool } from './withPool.ts';
import { workersOption } from './workersOption.ts';

/**
 * The statistics of the cohort given with --observed, as the responder definition counts it;
 * the cohort must record response.
 */
async function observedStatistics(file: string, responders: readonly ResponseCode[]) {
  const cohort = await readCohortFile(file);
  if (responseNotRecorded(cohort.patients)) {
    throw new UsageError(
      `--observed ${file}: its response statistics are not available for this cohort: ${NO_RESPONSE_RECORDED}`,
    );
  }
  return studyStatistics(narrowToResponders(cohort, responders).patients);
}

const help = `Usage: cohortscope simulate SCENARIO.json --trials K --seed S [options]

Simulates K studies from a scenario ("what if the study were run again") and reports the
sampling distribution of ORR and of the Kaplan–Meier median duration of response, and how
often each interval method covers the true value, with its mean width; with --observed, where
the observed study's statistics fall among the simulated ones.

Scenario (JSON; times in weeks; \`cohortscope fit FILE\` writes one from a cohort, and its
"fits" member is ignored here):
  n                     patients (1 to ${MAX_SCENARIO_N})
  response              { "cr", "pr", "imp" }: probabilities, sum at most 1 (the rest are NR)
  ttr, dor              time to response and duration of response, each a model:
                        { "distribution": "exponential", "median" },
                        { "distribution": "weibull" | "lognormal" | "loglogistic", "median", "shape" },
                        { "distribution": "piecewise", "breaks": [...], "rates": [...] } (one
                          more rate than breaks, per week, the last for ever),
                        { "distribution": "mixture", "durable", "rest": a family model } (a
                          share "durable" never ends),
                        { "distribution": "km", "times", "survival", "tail_from_wk", "tail_rate" }
                          (a Kaplan–Meier curve, exponential after tail_from_wk);
                        ttr may also be { "distribution": "empirical", "times": [...] }
  cutoff_wk             data cut-off, weeks after the first patient starts (required)
  accrual_wk            patients start uniformly over this period (default 0)
  dropout_hazard        drop-outs per patient-week (default 0)
  death_hazard          deaths per patient-week (default 0); a death ends a response
  visit_wk              response and loss are seen at the next visit (default null: exact)

Options:
  --trials K          studies, 1 to ${MAX_SIMULATION_TRIALS} (required)
  --seed S            any text (required)
  --workers W         worker threads, 1 to ${MAX_WORKERS} (default: cores, at most ${MAX_POOL_SIZE})
  --level L           two-sided level of the intervals (default 0.95; ${LEVEL_RANGE.min} to ${LEVEL_RANGE.max})
  --observed FILE     a cohort (CSV, TSV or JSON) whose statistics are placed among the
                      simulated studies' (the predictive check)
  --responders LIST   with --observed: best responses that count as response in the observed
                      cohort (default CR,PR,IMP; give the list its scenario was fitted with)

Output: { trials, seed, level, scenario, truth: { orr, dor_median },
  orr: { mean, sd, histogram, intervals: { METHOD: { coverage, mean_width } } },
  dor_median: { not_reached_fraction, no_responder_fraction, mean, sd, quantiles, histogram,
    intervals: { log | log-log | plain: { coverage, mean_width, unbounded_fraction } } } }
  truth.dor_median is what the Kaplan–Meier median estimates (a death ends a response).
  With --observed, also "predictive_check": { orr | cr | response_by_week_1 | dor_median |
    ttr_median | dor_events: { observed, percentile, studies, message, not_reached? } }:
    the percentile (0–100) of the observed value among the simulated studies, ties counted
    half, a median not reached (observed null, not_reached true) above every reached one; the
    message says so when it is outside the 5th–95th percentile.
`;

/** `simulate SCENARIO.json`: sampling distributions and interval coverage under a scenario. */
export const simulateCommand: Command = {
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, {
      known: ['trials', 'seed', 'workers', 'level', 'observed', 'responders'],
    });
    const [path, ...rest] = positionals;
    if (!path) throw new UsageError('missing SCENARIO.json (see --help for its fields)');
    if (rest.length > 0)
      throw new UsageError(`expected one SCENARIO.json, got ${positionals.length}`);
    const trials = numberOption(options, 'trials', {
      required: 'K (e.g. --trials 10000)',
      min: 1,
      max: MAX_SIMULATION_TRIALS,
      integer: true,
    });
    const seed = seedOption(options);
    const workers = workersOption(options);
    const level = levelOption(options);
    const responders = respondersOption(options);
    if (options.responders !== undefined && options.observed === undefined)
      throw new UsageError('--responders applies to the observed cohort; add --observed FILE');
    const checked = validateScenario(await readJsonFile(path));
    if (!checked.ok) throw new UsageError(`${path}: ${checked.issues.join('; ')}`);
    const observed =
      options.observed === undefined
        ? undefined
        : await observedStatistics(options.observed, responders);
    const report = await withPool(workers, (pool) =>
      pool.simulate(checked.scenario, { trials, seed, level, observed }),
    );
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  },
};
