// The command line's cold start for `npm run bench`: whole processes of the compiled
// `cohortscope` (and, for comparison, of the sources through tsx) beside R's start-up.
// Prints, asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { NODE_WORKER_ENV } from '../src/worker/nodePool.ts';
import { line, median, seconds } from './line.ts';

const root = resolve(import.meta.dirname, '..');
const HLH = join(root, 'public/cohorts/hlh-anakinra-2025.csv');
/** The aims of the command line's cold start (whole processes). */
const AIM = { helpMs: 300, bootstrap100Ms: 500, drawsRatio: 2 };
const BIG = 4_000_000;

/**
 * Compiles the command line into a temporary folder (as `npm run build:cli` does) and returns
 * the folder; the Monte Carlo worker in it is `montecarlo.node-worker.js`.
 */
export async function buildCli(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cohortscope-bench-cli-'));
  await build({
    root,
    configFile: join(root, 'vite.cli.config.ts'),
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true },
  });
  return dir;
}

/** Median wall time, in ms, of `runs` whole processes of `command args`; null if it cannot run. */
function wholeProcess(command: string, args: string[], runs: number): number | null {
  const env = { ...process.env };
  delete env[NODE_WORKER_ENV];
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: root, env, stdio: 'ignore' });
    const ms = performance.now() - started;
    if (result.error || result.status !== 0) return null;
    times.push(ms);
  }
  return median(times);
}

/**
 * Prints the cold-start figures, each the median of several whole processes measured now: R's
 * start-up (`Rscript -e 1`, if R is installed), the compiled `cohortscope --help`, a
 * 100-replicate bootstrap, and 4·10^6 replicates on one worker against the raw cost of their
 * random draws (`rawMsPerReplicate`, measured in this run on one thread).
 */
export function cliBench(dir: string, rawMsPerReplicate: number): void {
  const bin = join(dir, 'cohortscope.js');
  const node = process.execPath;
  const tsx = join(root, 'node_modules/.bin/tsx');
  const source = join(root, 'src/cli/main.ts');
  const boot100 = ['bootstrap', HLH, '--reps', '100', '--seed', 'bench'];
  const bootBig = ['bootstrap', HLH, '--reps', String(BIG), '--seed', 'bench', '--workers', '1'];

  console.log('Command line, whole processes (median of 3 to 7 runs)');
  const r = wholeProcess('Rscript', ['-e', '1'], 7);
  line('Rscript -e 1', r === null ? 'skipped: no Rscript' : seconds(r));
  const vsR = (ms: number) => (r === null ? '' : `, ${(ms / r).toFixed(2)}x Rscript`);
  const figure = (label: string, ms: number | null, aimMs: number) =>
    line(
      label,
      ms === null
        ? 'failed'
        : `${seconds(ms)} (${(ms / aimMs).toFixed(2)} of the ${aimMs / 1000} s aim${vsR(ms)})`,
    );
  figure('cohortscope --help', wholeProcess(node, [bin, '--help'], 7), AIM.helpMs);
  figure(
    'cohortscope bootstrap, 100 replicates',
    wholeProcess(node, [bin, ...boot100], 5),
    AIM.bootstrap100Ms,
  );
  const big = wholeProcess(node, [bin, ...bootBig], 3);
  const draws = BIG * rawMsPerReplicate;
  line(
    'cohortscope bootstrap, 4·10^6 replicates, 1 worker',
    big === null
      ? 'failed'
      : `${seconds(big)} (${(big / draws).toFixed(2)}x the raw draws' ${seconds(draws)}; aim ${AIM.drawsRatio}x)`,
  );
  const tsxHelp = wholeProcess(tsx, [source, '--help'], 3);
  const tsxBoot = wholeProcess(tsx, [source, ...boot100], 3);
  line(
    'from the sources through tsx: --help, 100 replicates',
    tsxHelp === null || tsxBoot === null
      ? 'failed'
      : `${seconds(tsxHelp)}, ${seconds(tsxBoot)}${vsR(tsxHelp)} for --help`,
  );
}
