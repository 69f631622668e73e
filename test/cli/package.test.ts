import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { runCapture } from './runCapture.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const HLH = join(root, 'public/cohorts/hlh-anakinra-2025.csv');
const refused = join(root, 'test/cli/data/refused.csv');

// The package as a user gets it: `npm pack` (which compiles the CLI first), installed from the
// tarball into an empty folder, run without tsx or the project's node_modules.
describe('the packed cohortscope command', { timeout: 120_000 }, () => {
  let dir: string;
  let bin: string;
  let files: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cohortscope-pack-'));
    // `npm pack` prints the prepack build's log, then the tarball's name on the last line.
    const { stdout } = await run('npm', ['pack', '--pack-destination', dir], { cwd: root });
    const tarball = join(dir, stdout.trim().split('\n').at(-1)!);
    const listing = await run('tar', ['-tzf', tarball]);
    files = listing.stdout
      .trim()
      .split('\n')
      .map((f) => f.replace(/^package\//, ''));
    const app = join(dir, 'app');
    await mkdir(app);
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], {
      cwd: app,
    });
    bin = join(app, 'node_modules/.bin/cohortscope');
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('ships the compiled command and nothing of the sources', () => {
    expect(files).toContain('dist-cli/cohortscope.js');
    expect(files).toContain('dist-cli/montecarlo.node-worker.js');
    const others = files.filter((f) => !f.startsWith('dist-cli/'));
    expect(others.sort()).toEqual(['README.md', 'package.json']);
    expect(files.filter((f) => !f.endsWith('.js') && f.startsWith('dist-cli/'))).toEqual([]);
  });

  it('installs with no dependencies and answers --help and --version', async () => {
    const app = join(dir, 'app');
    const installed = (await readdir(join(app, 'node_modules'))).filter((f) => !f.startsWith('.'));
    expect(installed).toEqual(['cohortscope']);
    const help = await run(bin, ['--help']);
    expect(help.stdout).toBe((await runCapture(['--help'])).stdout);
    expect((await run(bin, ['--version'])).stdout).toBe(`${version}\n`);
    const npx = await run('npx', ['--offline', 'cohortscope', 'analyze', '--help'], { cwd: app });
    expect(npx.stdout).toBe((await runCapture(['analyze', '--help'])).stdout);
  });

  it('stops quietly when the reader of its output closes early (| head)', async () => {
    // `true` exits without reading, so the command writes into a closed pipe (EPIPE)
    const { stdout, stderr } = await run('bash', [
      '-c',
      `"${bin}" analyze "${HLH}" | true; echo "status \${PIPESTATUS[0]}"`,
    ]);
    expect(stderr).toBe('');
    expect(stdout).toBe('status 0\n');
  });

  it('prints the same analysis as the sources', async () => {
    const { stdout } = await run(bin, ['analyze', HLH]);
    expect(stdout).toBe((await runCapture(['analyze', HLH])).stdout);
  });

  it('bootstraps on its compiled worker threads, byte-identical to the sources', async () => {
    // 30,000 replicates are two chunks, so both workers take part.
    const args = ['bootstrap', HLH, '--reps', '30000', '--seed', 'packed', '--workers', '2'];
    const { stdout, stderr } = await run(bin, args);
    expect(stderr).toBe('');
    expect(stdout).toBe((await runCapture(args)).stdout);
  });

  it('simulates on its compiled worker threads, byte-identical to the sources', async () => {
    const { stdout: scenario } = await run(bin, ['fit', HLH]);
    const file = join(dir, 'scenario.json');
    await writeFile(file, scenario);
    // 300 studies are five chunks, shared by both workers.
    const args = ['simulate', file, '--trials', '300', '--seed', 'packed', '--workers', '2'];
    const { stdout } = await run(bin, args);
    expect(stdout).toBe((await runCapture(args)).stdout);
  });

  it('refuses a bad file with status 2 and no stack trace', async () => {
    const error = await run(bin, ['analyze', refused]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 2 });
    const { stderr } = error as { stderr: string };
    expect(stderr).toMatch(/refused/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
