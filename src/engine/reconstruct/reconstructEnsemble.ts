import type { Cohort } from '../cohort.ts';
import { checkCohort } from './checkCohort.ts';
import { cohortKey } from './cohortKey.ts';
import type { CohortSummary } from './cohortSummary.ts';
import { drawCohort } from './drawCohort.ts';
import { planReconstruction, type Conflict } from './planReconstruction.ts';
import { summaryConstraints } from './summaryConstraints.ts';

/** The outcome of `reconstructEnsemble`: the cohorts drawn and, when short, why. */
export interface Ensemble {
  cohorts: Cohort[];
  requested: number;
  attempts: number;
  /** Every constraint the summary states, by field name. */
  constraints: string[];
  /** Constraints that contradict each other or the assumptions; no cohort is drawn when any exist. */
  conflicts: Conflict[];
  /** Constraints that can be met (all of them when there are no conflicts). */
  satisfiable: string[];
  /** How often each kind of rejected draw occurred (a failed step, a broken constraint, a duplicate). */
  rejected: Record<string, number>;
  /** One sentence when fewer cohorts than requested were drawn; otherwise `null`. */
  message: string | null;
}

/**
 * Draws up to `cohorts` distinct cohorts, each reproducing every constraint of a validated summary
 * exactly as `analyze` computes it. Construction places the order statistics that fix each median
 * and fills the rest at random within the allowed ranges; each draw is verified and, if it fails or
 * repeats an earlier cohort (or one of `exclude`, keys from `cohortKey`), redrawn, at most
 * `maxAttempts` times in all (never loops forever).
 * Deterministic for a given rng seed. Reference: issue "in-silico cohorts from published summaries".
 * @example reconstructEnsemble(summary, { cohorts: 1000, rng: seedrandom('1') }).cohorts.length // 1000
 */
export function reconstructEnsemble(
  summary: CohortSummary,
  {
    cohorts,
    rng,
    maxAttempts = 20 * cohorts + 200,
    exclude = [],
  }: { cohorts: number; rng: () => number; maxAttempts?: number; exclude?: Iterable<string> },
): Ensemble {
  const constraints = summaryConstraints(summary);
  const planned = planReconstruction(summary);
  const rejected: Record<string, number> = {};
  if (!planned.ok) {
    const broken = new Set(planned.conflicts.map((c) => c.constraint));
    const names = planned.conflicts.map((c) => `${c.constraint} (${c.message})`).join('; ');
    return {
      cohorts: [],
      requested: cohorts,
      attempts: 0,
      constraints,
      conflicts: planned.conflicts,
      satisfiable: constraints.filter(
        (c) => ![...broken].some((b) => c === b || c.startsWith(`${b}.`) || b.startsWith(`${c}.`)),
      ),
      rejected,
      message: `cannot satisfy ${planned.conflicts.length} constraint(s): ${names}`,
    };
  }
  const drawn: Cohort[] = [];
  const seen = new Set<string>(exclude);
  let attempts = 0;
  const reject = (why: string) => (rejected[why] = (rejected[why] ?? 0) + 1);
  while (drawn.length < cohorts && attempts < maxAttempts) {
    attempts++;
    const draw = drawCohort(planned.plan, rng);
    if (!draw.ok) {
      reject(draw.reason);
      continue;
    }
    const problems = checkCohort(draw.cohort, summary);
    if (problems.length > 0) {
      reject(problems[0].slice(0, problems[0].indexOf(':')));
      continue;
    }
    const key = cohortKey(draw.cohort);
    if (seen.has(key)) {
      reject('duplicate');
      continue;
    }
    seen.add(key);
    drawn.push({ ...draw.cohort, name: `${draw.cohort.name} #${drawn.length + 1}` });
  }
  const worst = Object.entries(rejected).sort((a, b) => b[1] - a[1])[0];
  return {
    cohorts: drawn,
    requested: cohorts,
    attempts,
    constraints,
    conflicts: [],
    satisfiable: constraints,
    rejected,
    message:
      drawn.length < cohorts
        ? `drew ${drawn.length} of ${cohorts} cohorts in ${attempts} attempts` +
          (worst ? ` (most rejections: ${worst[0]}, ${worst[1]} times)` : '')
        : null,
  };
}
