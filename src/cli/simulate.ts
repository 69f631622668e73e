import {
  LEVEL_RANGE,
  MAX_SCENARIO_N,
  MAX_SIMULATION_TRIALS,
  MAX_WORKERS,
} from '../engine/limits.ts';
import { validateScenario } from '../engine/montecarlo/index.ts';
import { MAX_POOL_SIZE } from '../worker/limits.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { levelOption } from './levelOption.ts';
import { numberOption } from './numberOption.ts';
import { parseArgs } from './parseArgs.ts';
import { readJsonFile } from './readJsonFile.ts';
import { seedOption } from './seedOption.ts';
import { withPool } from './withPool.ts';
import { workersOption } from './workersOption.ts';

const help = `Usage: cohortscope simulate SCENARIO.json --trials K --seed S [options]

Simulates K studies from a scenario ("what if the study were run again") and reports the
sampling distribution of ORR and of the Kaplan–Meier median duration of response, and how
often each interval method covers the true value, with its mean width.

Scenario (JSON; times in weeks; \`cohortscope fit FILE\` writes one from a cohort):
  n                     patients (1 to ${MAX_SCENARIO_N})
  response              { "cr", "pr", "imp" }: probabilities, sum at most 1 (the rest are NR)
  ttr                   time to response: { "distribution": "exponential", "median" },
                        { "distribution": "weibull", "median", "shape" } or
                        { "distribution": "empirical", "times": [...] }
  dor                   duration of response: exponential, weibull or lognormal, given by
                        "median" and (weibull, lognormal) "shape"
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

Output: { trials, seed, level, scenario, truth: { orr, dor_median },
  orr: { mean, sd, histogram, intervals: { METHOD: { coverage, mean_width } } },
  dor_median: { not_reached_fraction, no_responder_fraction, mean, sd, quantiles, histogram,
    intervals: { log | log-log | plain: { coverage, mean_width, unbounded_fraction } } } }
`;

/** `simulate SCENARIO.json`: sampling distributions and interval coverage under a scenario. */
export const simulateCommand: Command = {
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, {
      known: ['trials', 'seed', 'workers', 'level'],
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
    const checked = validateScenario(await readJsonFile(path));
    if (!checked.ok) throw new UsageError(`${path}: ${checked.issues.join('; ')}`);
    const report = await withPool(workers, (pool) =>
      pool.simulate(checked.scenario, { trials, seed, level }),
    );
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  },
};
