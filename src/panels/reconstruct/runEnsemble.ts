import seedrandom from 'seedrandom';
import { RESPONSE_GRADES, type Cohort } from '../../engine/cohort.ts';
import type { CohortSummary } from '../../engine/reconstruct/cohortSummary.ts';
import { cohortEndpoints } from '../../engine/reconstruct/cohortEndpoints.ts';
import { cohortKey } from '../../engine/reconstruct/cohortKey.ts';
import type { Conflict } from '../../engine/reconstruct/planReconstruction.ts';
import { reconstructEnsemble } from '../../engine/reconstruct/reconstructEnsemble.ts';
import type { Spread } from '../../engine/reconstruct/spread.ts';
import { summaryWeeks } from '../../engine/reconstruct/summaryWeeks.ts';
import { ensembleSpread, type EndpointsLite } from '../../engine/reconstruct/ensembleSpread.ts';

/** The outcome of `runEnsemble`: the cohorts, each one's endpoints, their spread and any shortfall. */
export interface EnsembleRun {
  seed: string;
  requested: number;
  level: number;
  bootstrapReps: number;
  cohorts: Cohort[];
  endpoints: EndpointsLite[];
  spread: Record<string, Spread>;
  attempts: number;
  constraints: string[];
  conflicts: Conflict[];
  satisfiable: string[];
  rejected: Record<string, number>;
  /** One sentence when fewer cohorts than requested were drawn; otherwise `null`. */
  message: string | null;
  /** True when stopped early by `isCancelled`; the cohorts drawn so far are kept. */
  cancelled: boolean;
}

/** Options of `runEnsemble`; `pause` yields to the page between slices of work. */
export interface RunOptions {
  cohorts: number;
  seed: string;
  level?: number;
  /** Bootstrap resamples per cohort for the median DOR's interval; 0 for none. */
  bootstrapReps?: number;
  /** Cohorts drawn per slice; by default as many as fit in `sliceMs`, measured as it runs. */
  chunk?: number;
  /** Longest stretch of work between pauses, milliseconds. */
  sliceMs?: number;
  onprogress?: (fraction: number) => void;
  isCancelled?: () => boolean;
  pause?: () => Promise<void>;
  now?: () => number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Draws an ensemble of distinct cohorts consistent with a summary and analyses each, in short
 * slices separated by `pause`, so the page stays responsive and can show progress or cancel.
 * Gives the same cohorts as one `reconstructEnsemble(summary, { cohorts, rng: seedrandom(seed) })`
 * call and the same analysis as the command line (`reconstruct --cohorts K --seed S`): the slices
 * share one random stream, duplicates across slices are dropped as the single call drops them,
 * and the attempt budget (20 K + 200) is shared.
 * Example: `await runEnsemble(summary, { cohorts: 200, seed: '1', onprogress: (f) => … })`.
 */
export async function runEnsemble(
  summary: CohortSummary,
  {
    cohorts,
    seed,
    level = 0.95,
    bootstrapReps = 0,
    chunk,
    sliceMs = 30,
    onprogress,
    isCancelled = () => false,
    pause = nextTask,
    now = () => performance.now(),
  }: RunOptions,
): Promise<EnsembleRun> {
  const rng = seedrandom(seed);
  const budget = 20 * cohorts + 200;
  const analysisWeight = 1 + bootstrapReps / 50;
  const total = cohorts * (1 + analysisWeight);
  const drawn: Cohort[] = [];
  const seen = new Set<string>();
  const rejected: Record<string, number> = {};
  let attempts = 0;
  let constraints: string[] = [];
  let cancelled = false;
  const result = (extra: Partial<EnsembleRun>): EnsembleRun => ({
    seed,
    requested: cohorts,
    level,
    bootstrapReps,
    cohorts: drawn,
    endpoints: [],
    spread: {},
    attempts,
    constraints,
    conflicts: [],
    satisfiable: constraints,
    rejected,
    message: null,
    cancelled,
    ...extra,
  });

  onprogress?.(0);
  let size = chunk ?? 2;
  while (drawn.length < cohorts && attempts < budget) {
    const start = now();
    const part = reconstructEnsemble(summary, {
      cohorts: Math.min(size, cohorts - drawn.length),
      rng,
      maxAttempts: budget - attempts,
    });
    if (chunk === undefined) {
      const perCohort = (now() - start) / Math.max(1, part.cohorts.length);
      size = Math.max(1, Math.min(50, Math.floor(sliceMs / Math.max(perCohort, 0.1))));
    }
    constraints = part.constraints;
    if (part.conflicts.length > 0) {
      return result({
        conflicts: part.conflicts,
        satisfiable: part.satisfiable,
        message: part.message,
      });
    }
    attempts += part.attempts;
    for (const [why, count] of Object.entries(part.rejected)) {
      rejected[why] = (rejected[why] ?? 0) + count;
    }
    for (const cohort of part.cohorts) {
      const key = cohortKey(cohort);
      if (seen.has(key)) {
        rejected.duplicate = (rejected.duplicate ?? 0) + 1;
        continue;
      }
      seen.add(key);
      const name = cohort.name.replace(/ #\d+$/, '');
      drawn.push({ ...cohort, name: `${name} #${drawn.length + 1}` });
    }
    onprogress?.(drawn.length / total);
    await pause();
    if (isCancelled()) {
      cancelled = true;
      break;
    }
  }

  const responders = summary.responders ?? RESPONSE_GRADES;
  const byWeek = [...new Set([1, 2, 4, ...summaryWeeks(summary)])].sort((a, b) => a - b);
  const bootRng = seedrandom(`${seed}/bootstrap`);
  const endpoints: EndpointsLite[] = [];
  while (!cancelled && endpoints.length < drawn.length) {
    const start = now();
    do {
      const { report: _report, ...lite } = cohortEndpoints(drawn[endpoints.length], {
        level,
        responders,
        byWeek,
        bootstrap: bootstrapReps > 0 ? { reps: bootstrapReps, rng: bootRng } : undefined,
      });
      endpoints.push(lite);
    } while (endpoints.length < drawn.length && now() - start < sliceMs);
    onprogress?.((cohorts + endpoints.length * analysisWeight) / total);
    await pause();
    if (isCancelled()) cancelled = true;
  }

  const worst = Object.entries(rejected).sort((a, b) => b[1] - a[1])[0];
  return result({
    cohorts: drawn.slice(0, endpoints.length),
    endpoints,
    spread: ensembleSpread(endpoints, { bootstrap: bootstrapReps > 0 }),
    cancelled,
    message:
      drawn.length < cohorts && !cancelled
        ? `drew ${drawn.length} of ${cohorts} cohorts in ${attempts} attempts` +
          (worst ? ` (most rejections: ${worst[0]}, ${worst[1]} times)` : '')
        : null,
  });
}
