// The bootstrap of a 100,000-patient cohort for `npm run bench`: one thread and the pool, beside
// R's boot on the same data for a small B. Prints, asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_ANALYSIS_OPTIONS } from '../src/engine/analysisOptions.ts';
import type { Cohort } from '../src/engine/cohort.ts';
import { dorObservations } from '../src/engine/dorObservations.ts';
import { bootstrapChunk, bootstrapPlan, chunkRng } from '../src/engine/montecarlo/index.ts';
import { parseCohort } from '../src/io/parseCohort.ts';
import { nodeMonteCarloPool } from '../src/worker/nodePool.ts';
import { largeCsv } from '../test/io/largeCsv.ts';
import { line, seconds } from './line.ts';

const PATIENTS = 100_000;
const R_REPS = 50;

/** 100,000 patients timed in days (every record nearly distinct), as a registry might hold them. */
function daysCsv(n: number): string {
  let x = 20250101;
  const u = () => (x = (x * 48271) % 2147483647) / 2147483647;
  const rows = ['id,best_response,response_wk,loss_wk,followup_wk'];
  for (let i = 0; i < n; i++) {
    const responds = u() < 0.6;
    const response = responds ? Math.ceil(u() * 56) / 7 : null;
    const followup = Math.ceil((response ?? 0) * 7 + 7 + u() * 700) / 7;
    const loss =
      responds && u() < 0.5 ? Math.min(followup, response! + Math.ceil(u() * 300) / 7) : null;
    rows.push(
      `P${i},${responds ? 'PR' : 'NR'},${response?.toFixed(4) ?? ''},${loss?.toFixed(4) ?? ''},${followup.toFixed(4)}`,
    );
  }
  return rows.join('\n');
}

function read(text: string): Cohort {
  const parsed = parseCohort(text, { fileName: 'bench.csv' });
  if (!parsed.ok) throw new Error('the benchmark cohort was refused');
  return parsed.cohort;
}

/** Replicates per second of `count` replicates on this thread. */
function oneThread(cohort: Cohort, count: number): number {
  const plan = bootstrapPlan(cohort);
  const started = performance.now();
  bootstrapChunk(plan, { count, rng: chunkRng('bench-large', 0) });
  return count / ((performance.now() - started) / 1000);
}

/** Seconds R's boot takes for `R_REPS` replicates of ORR and median DOR, or why it cannot run. */
async function rBoot(cohort: Cohort): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cohortscope-bench-boot-'));
  try {
    const { responders } = DEFAULT_ANALYSIS_OPTIONS;
    const rows = cohort.patients.map((p) => {
      const [dor] = dorObservations([p], responders);
      return dor ? `1,${dor.time},${dor.event ? 1 : 0}` : '0,,';
    });
    const file = join(dir, 'cohort.csv');
    await writeFile(file, ['responder,dor,ended', ...rows].join('\n'));
    const script = resolve(import.meta.dirname, 'boot.R');
    const result = spawnSync('Rscript', [script, file, String(R_REPS)], { encoding: 'utf8' });
    if (result.error || result.status !== 0) {
      return `skipped: Rscript with r-cran-boot is needed (${result.error?.message ?? result.stderr.trim().split('\n').at(-1)})`;
    }
    const s = Number(result.stdout.trim());
    return `${R_REPS} replicates in ${s.toFixed(2)} s (${(R_REPS / s).toFixed(1)} replicates/s; ORR and median DOR only)`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const perSecond = (rate: number) =>
  rate >= 1e5 ? `${(rate / 1e6).toFixed(2)} M/s` : `${Math.round(rate).toLocaleString('en')} /s`;

/** Prints the 100,000-patient bootstrap figures. */
export async function largeBootstrapBench(): Promise<void> {
  const cohort = read(largeCsv(PATIENTS));
  const plan = bootstrapPlan(cohort);
  const groups = plan.groups.sizes.length;
  line(
    '100,000 patients: groups of identical records',
    `${groups} (${plan.groups.byPatient ? 'drawn patient by patient' : 'drawn as binomial counts'})`,
  );
  line(
    '100,000 patients, bootstrap, one thread',
    `${perSecond(oneThread(cohort, 50_000))} replicates`,
  );
  const pool = nodeMonteCarloPool();
  await pool.bootstrap(cohort, { reps: 1000, seed: 'warm-up' });
  const started = performance.now();
  await pool.bootstrap(cohort, { reps: 1_000_000, seed: 'bench' });
  const ms = performance.now() - started;
  pool.terminate();
  line(`100,000 patients, 10^6 replicates, pool of ${pool.size}`, `${seconds(ms)} (aim 60 s)`);
  line('100,000 patients, R boot on the same data', await rBoot(cohort));

  const days = read(daysCsv(PATIENTS));
  const dayPlan = bootstrapPlan(days);
  const rate = oneThread(days, 500);
  line(
    '100,000 patients timed in days: groups',
    `${dayPlan.groups.sizes.length} (${dayPlan.groups.byPatient ? 'drawn patient by patient' : 'drawn as binomial counts'})`,
  );
  line(
    '  bootstrap, one thread',
    `${perSecond(rate)} replicates (10^6 would take ${((1e6 / rate / 60) | 0).toLocaleString('en')} min on one thread)`,
  );
}
