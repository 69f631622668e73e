import type { StatisticSummary } from '../engine/montecarlo/index.ts';
import { LEVEL_RANGE, MAX_BOOTSTRAP_REPS, MAX_WORKERS } from '../engine/limits.ts';
import { MAX_POOL_SIZE } from '../worker/limits.ts';
import { analysisArgs } from './analysisArgs.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { numberOption } from './numberOption.ts';
import { parseArgs } from './parseArgs.ts';
import { readCohortFile } from './readCohortFile.ts';
import { seedOption } from './seedOption.ts';
import { withPool } from './withPool.ts';
import { workersOption } from './workersOption.ts';

const help = `Usage: cohortscope bootstrap FILE --reps B --seed S [options]

Nonparametric bootstrap of a cohort (CSV, TSV or JSON): B resamples of its patients, each
computing ORR, CR rate, responded by week 1, glucocorticoid halved, KM median duration of
response and KM median time to response. Work is split into fixed seeded chunks, so the same
seed gives byte-identical output whatever the number of workers.

Options:
  --reps B            replicates, 1 to ${MAX_BOOTSTRAP_REPS} (required)
  --seed S            any text (required)
  --workers W         worker threads, 1 to ${MAX_WORKERS} (default: cores, at most ${MAX_POOL_SIZE})
  --level L           two-sided level of the intervals (default 0.95; ${LEVEL_RANGE.min} to ${LEVEL_RANGE.max})
  --responders LIST   best responses that count as response (default CR,PR,IMP)

Output: { reps, seed, statistics: { orr, cr, response_by_week_1, gc_halved, dor_median,
  ttr_median } } where each statistic is { estimate, se, undefined_fraction,
  ci: { percentile: [lo, hi], basic: [lo, hi], bca: [lo, hi] } }. The SE and intervals use the
  replicates where the statistic is defined; undefined_fraction is the share where it is not
  (median not reached, nobody eligible). null = undefined.
`;

const brief = ({ estimate, se, undefined_fraction, ci }: StatisticSummary) => ({
  estimate,
  se,
  undefined_fraction,
  ci,
});

/** `bootstrap FILE`: bootstrap standard errors and percentile, basic and BCa intervals. */
export const bootstrapCommand: Command = {
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, {
      known: ['reps', 'seed', 'workers', 'level', 'responders'],
    });
    if (positionals.length > 1)
      throw new UsageError(`expected one FILE, got ${positionals.length}`);
    const reps = numberOption(options, 'reps', {
      required: 'B (e.g. --reps 100000)',
      min: 1,
      max: MAX_BOOTSTRAP_REPS,
      integer: true,
    });
    const seed = seedOption(options);
    const workers = workersOption(options);
    const { level, responders } = analysisArgs(options);
    const cohort = await readCohortFile(positionals[0]);
    if (cohort.patients.length === 0) throw new UsageError('the cohort has no patients');
    let report;
    try {
      report = await withPool(workers, (pool) =>
        pool.bootstrap(cohort, { reps, seed, level, responders }),
      );
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(`${positionals[0]}: ${error.message}`);
      throw error;
    }
    const statistics = Object.fromEntries(
      Object.entries(report.statistics).map(([name, s]) => [name, brief(s)]),
    );
    io.stdout(`${JSON.stringify({ reps: report.reps, seed: report.seed, statistics }, null, 2)}\n`);
    return 0;
  },
};
