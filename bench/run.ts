// Benchmark (`npm run bench`): the Monte Carlo engine, the command line's cold start, the pool's
// responsiveness, large inputs and the built page. Prints figures, asserts nothing.
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  bootstrapChunk,
  bootstrapPlan,
  chunkRng,
  fitScenario,
  simulateCohort,
  simulateStudies,
} from '../src/engine/montecarlo/index.ts';
import { MAX_POOL_SIZE } from '../src/worker/limits.ts';
import { NODE_WORKER_ENV, nodeMonteCarloPool } from '../src/worker/nodePool.ts';
import { hlhCohort } from '../test/helpers/hlhCohort.ts';
import { buildCli, cliBench } from './cli.ts';
import { inputsBench } from './inputs.ts';
import { largeBootstrapBench } from './largeBootstrap.ts';
import { line } from './line.ts';
import { poolResponseBench } from './poolResponse.ts';
import { siteBench } from './site.ts';

const cohort = hlhCohort();
const n = cohort.patients.length;
const plan = bootstrapPlan(cohort);
const rate = (count: number, ms: number) => `${(count / (ms / 1000) / 1e6).toFixed(2)} M/s`;
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};
const best = (runs: number, run: () => number) => Math.min(...Array.from({ length: runs }, run));

console.log(`Cohortscope Monte Carlo benchmark: ${cohort.name}, n = ${n}, Node ${process.version}`);
console.log(`cores: ${availableParallelism()}\n`);

// The raw cost of a replicate's random draws: n Alea draws turned into patient indices.
const B = 2_000_000;
const rawMs = best(3, () => {
  const rng = chunkRng('bench', 0);
  let sink = 0;
  const [, ms] = time(() => {
    for (let r = 0; r < B; r++) for (let k = 0; k < n; k++) sink += (rng() * n) | 0;
  });
  if (sink < 0) console.log(sink);
  return ms;
});
const bootMs = best(
  3,
  () => time(() => bootstrapChunk(plan, { count: B, rng: chunkRng('bench', 1) }))[1],
);
line(`raw draws (${n} per replicate), one thread`, `${rate(B, rawMs)} replicates`);
line('bootstrap, all six statistics, one thread', `${rate(B, bootMs)} replicates`);
line('ratio to the raw draws', `${(bootMs / rawMs).toFixed(2)}x\n`);

// The compiled command line, whose Monte Carlo worker the pools below start too (as the
// installed command does, without the TypeScript loader).
const cli = await buildCli();
process.env[NODE_WORKER_ENV] = join(cli, 'montecarlo.node-worker.js');
cliBench(cli, rawMs / B);
console.log('');

const reps = 10_000_000;
for (const size of [1, Math.min(availableParallelism(), MAX_POOL_SIZE)]) {
  const pool = nodeMonteCarloPool({ size });
  await pool.bootstrap(cohort, { reps: 1000, seed: 'warm-up' });
  const start = performance.now();
  await pool.bootstrap(cohort, { reps, seed: 'bench' });
  const ms = performance.now() - start;
  pool.terminate();
  line(
    `pool of ${size} worker${size > 1 ? 's' : ''}, 10^7 replicates`,
    `${rate(reps, ms)} replicates (${(ms / 1000).toFixed(2)} s)`,
  );
}
line(
  'resident memory after 10^7 replicates',
  `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB\n`,
);

await largeBootstrapBench();
console.log('');

const { scenario } = fitScenario(cohort);
const [, simMs] = time(() => simulateStudies(scenario, { trials: 10_000, seed: 'bench' }));
line(`10,000 simulated studies of n = ${n}, one thread`, `${(simMs / 1000).toFixed(2)} s`);
const pool = nodeMonteCarloPool();
await pool.simulate(scenario, { trials: 64, seed: 'warm-up' });
const simStart = performance.now();
await pool.simulate(scenario, { trials: 10_000, seed: 'bench' });
line(
  `10,000 simulated studies, pool of ${pool.size}`,
  `${((performance.now() - simStart) / 1000).toFixed(2)} s`,
);
pool.terminate();

// The fit table: every model for DOR and TTR, as `fit` and the app's fitted scenario compute it.
const [fitted, fitMs] = time(() => fitScenario(cohort, {}));
line(`fit table, every model, n = ${n} (weekly visits)`, `${fitMs.toFixed(0)} ms`);
const large = simulateCohort(
  { ...fitted.scenario, n: 2000, visit_wk: null, accrual_wk: 30, cutoff_wk: 60 },
  { rng: chunkRng('bench', 2) },
);
const [, largeMs] = time(() => fitScenario(large, {}));
line('fit table, 2,000 patients with exact times', `${(largeMs / 1000).toFixed(2)} s`);

console.log('');
await poolResponseBench(cohort);
console.log('');
inputsBench();
await rm(cli, { recursive: true, force: true });

console.log('');
await siteBench();
