import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyze } from '../engine/analyze.ts';
import {
  LEVEL_RANGE,
  MAX_ENSEMBLE_BOOTSTRAP_REPS,
  MAX_ENSEMBLE_COHORTS,
  MAX_WORKERS,
} from '../engine/limits.ts';
import { ensembleAnalysis } from '../engine/reconstruct/ensembleAnalysis.ts';
import { validateSummary } from '../engine/reconstruct/validateSummary.ts';
import { cohortToCsv } from '../io/cohortToCsv.ts';
import { MAX_POOL_SIZE } from '../worker/limits.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { levelOption } from './levelOption.ts';
import { numberOption } from './numberOption.ts';
import { parseArgs } from './parseArgs.ts';
import { readJsonFile } from './readJsonFile.ts';
import { withPool } from './withPool.ts';
import { workersOption } from './workersOption.ts';

const help = `Usage: cohortscope reconstruct SUMMARY.json [--cohorts K] [--seed S] [--out DIR]

Draws K distinct patient-level cohorts that each reproduce every figure of a published
summary exactly (as the analyze command computes them), and reports how the figures the
summary leaves open vary between them. Example summary: public/cohorts/hlh-anakinra-2025.summary.json.
The cohorts are drawn in fixed seeded chunks on worker threads, so the same summary, K and seed
give the same cohorts whatever the number of workers, and the same as the app's Reconstruct tab.

Options:
  --cohorts K      number of cohorts (default 100; 1 to ${MAX_ENSEMBLE_COHORTS})
  --seed S         seed of the random draws (default 1); the same seed gives the same cohorts
  --level L        two-sided confidence level (default 0.95; ${LEVEL_RANGE.min} to ${LEVEL_RANGE.max})
  --bootstrap B    also a percentile bootstrap interval of the median DOR, B resamples per cohort
                   (default 0: none; at most ${MAX_ENSEMBLE_BOOTSTRAP_REPS})
  --max-attempts A give up after A draws (default 20 K + 200)
  --workers W      worker threads, 1 to ${MAX_WORKERS} (default: cores, at most ${MAX_POOL_SIZE})
  --out DIR        also write DIR/cohort-0001.csv … and DIR/ensemble.json (per-cohort endpoints)

Output (json, stdout): { summary, seed, requested, generated, attempts, constraints, conflicts,
  rejected, message, published, spread }. "spread" has, for dor_ci_lower, dor_ci_upper (log
  transform), ttr_km_median, ttr_ci_lower, ttr_ci_upper, ongoing_at_cutoff, deaths (and with
  --bootstrap dor_bootstrap_lower/upper): quantiles (null = not reached) and a histogram.
An invalid summary or conflicting constraints exit with status 2 and one line on stderr.
`;

/** `reconstruct SUMMARY.json`: an ensemble of cohorts consistent with a published summary. */
export const reconstructCommand: Command = {
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, {
      known: ['cohorts', 'seed', 'level', 'bootstrap', 'max-attempts', 'workers', 'out'],
    });
    if (positionals.length !== 1) {
      throw new UsageError(`expected one SUMMARY.json, got ${positionals.length}`);
    }
    const file = positionals[0];
    const cohorts = numberOption(options, 'cohorts', {
      fallback: 100,
      min: 1,
      max: MAX_ENSEMBLE_COHORTS,
      integer: true,
    });
    const level = levelOption(options);
    const reps = numberOption(options, 'bootstrap', {
      fallback: 0,
      min: 0,
      max: MAX_ENSEMBLE_BOOTSTRAP_REPS,
      integer: true,
    });
    const maxAttempts = numberOption(options, 'max-attempts', {
      fallback: 20 * cohorts + 200,
      min: 1,
      integer: true,
    });
    const seed = options.seed ?? '1';
    const workers = workersOption(options);
    const valid = validateSummary(await readJsonFile(file));
    if (!valid.ok) throw new UsageError(`${file}: ${valid.issues.join('; ')}`);
    const { summary } = valid;
    const ensemble = await withPool(workers, (pool) =>
      pool.reconstruct(summary, { cohorts, seed, level, bootstrapReps: reps, maxAttempts }),
    );
    if (ensemble.conflicts.length > 0) throw new UsageError(`${file}: ${ensemble.message}`);
    const first =
      ensemble.cohorts.length > 0
        ? analyze(ensemble.cohorts[0], ensembleAnalysis(summary, { level, bootstrapReps: reps }))
        : null;
    const output = {
      summary: summary.name ?? file,
      seed,
      requested: ensemble.requested,
      generated: ensemble.cohorts.length,
      attempts: ensemble.attempts,
      constraints: ensemble.constraints,
      conflicts: ensemble.conflicts,
      rejected: ensemble.rejected,
      message: ensemble.message,
      level,
      published: first
        ? {
            orr: first.orr,
            cr: first.cr,
            pr: first.pr,
            imp: first.imp,
            response_by_week: first.response_by_week,
            ttr_responders_median: first.ttr.responders_median,
            dor_median: first.dor?.median ?? null,
            gc_halved: first.gc_halved,
            fever: first.fever,
            demographics: first.demographics,
          }
        : null,
      spread: ensemble.spread,
    };
    if (options.out !== undefined) {
      const dir = options.out;
      await mkdir(dir, { recursive: true });
      const width = Math.max(4, String(ensemble.cohorts.length).length);
      await Promise.all(
        ensemble.cohorts.map((c, i) =>
          writeFile(join(dir, `cohort-${String(i + 1).padStart(width, '0')}.csv`), cohortToCsv(c)),
        ),
      );
      await writeFile(
        join(dir, 'ensemble.json'),
        `${JSON.stringify({ ...output, per_cohort: ensemble.endpoints }, null, 2)}\n`,
      );
    }
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    if (ensemble.message !== null) io.stderr(`cohortscope reconstruct: ${ensemble.message}\n`);
    return 0;
  },
};
