import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run.ts';
import { drawEnsemble } from '../../../src/engine/reconstruct/drawEnsemble.ts';
import { parseCohort } from '../../../src/io/parseCohort.ts';
import { hlhSummary } from '../../helpers/hlhSummary.ts';

const SUMMARY = fileURLToPath(
  new URL('../../../public/cohorts/hlh-anakinra-2025.summary.json', import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), 'reconstruct-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(['reconstruct', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { status, stdout, stderr };
}

describe('cohortscope reconstruct', () => {
  it('prints the ensemble summary as JSON', { timeout: 60_000 }, async () => {
    const { status, stdout, stderr } = await cli(SUMMARY, '--cohorts', '20', '--seed', '3');
    expect(status, stderr).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.generated).toBe(20);
    expect(out.published.orr.x).toBe(15);
    expect(out.published.dor_median).toBe(1);
    expect(out.spread.ongoing_at_cutoff.n).toBe(20);
  });

  it(
    'with --out writes one CSV per cohort that the importer accepts, plus ensemble.json',
    { timeout: 60_000 },
    async () => {
      const out = join(dir, 'out');
      const { status, stderr } = await cli(SUMMARY, '--cohorts', '3', '--seed', '3', '--out', out);
      expect(status, stderr).toBe(0);
      const files = readdirSync(out).sort();
      expect(files).toEqual([
        'cohort-0001.csv',
        'cohort-0002.csv',
        'cohort-0003.csv',
        'ensemble.json',
      ]);
      const parsed = parseCohort(readFileSync(join(out, 'cohort-0001.csv'), 'utf8'), {
        fileName: 'cohort-0001.csv',
      });
      expect(parsed.ok).toBe(true);
      expect(JSON.parse(readFileSync(join(out, 'ensemble.json'), 'utf8')).per_cohort).toHaveLength(
        3,
      );
    },
  );

  it(
    'draws the same cohorts with 1 or 2 worker threads, as the app does (drawEnsemble)',
    { timeout: 60_000 },
    async () => {
      const runs = [];
      for (const workers of ['1', '2']) {
        const out = join(dir, `workers-${workers}`);
        const args = ['--cohorts', '14', '--seed', '5', '--bootstrap', '10', '--out', out];
        const { status, stdout, stderr } = await cli(SUMMARY, ...args, '--workers', workers);
        expect(status, stderr).toBe(0);
        runs.push({ stdout, ensemble: readFileSync(join(out, 'ensemble.json'), 'utf8') });
      }
      expect(runs[1]).toEqual(runs[0]);
      const app = await drawEnsemble(hlhSummary(), { cohorts: 14, seed: '5', bootstrapReps: 10 });
      const printed = JSON.parse(runs[0].ensemble);
      expect(printed.spread).toEqual(JSON.parse(JSON.stringify(app.spread)));
      expect(printed.per_cohort).toEqual(JSON.parse(JSON.stringify(app.endpoints)));
    },
  );

  it.each([
    ['a missing file', ['no-such-summary.json'], /no-such-summary\.json: no such file/],
    ['no file', [], /expected one SUMMARY\.json, got 0/],
    ['a bad --cohorts', [SUMMARY, '--cohorts', 'many'], /--cohorts must be a whole number/],
  ])('refuses %s with status 2 and one line', async (_, args, message) => {
    const { status, stderr } = await cli(...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses invalid JSON, an invalid summary and conflicting constraints with one line each', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "n": ');
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ n: -1 }));
    const conflict = join(dir, 'conflict.json');
    const hlh = JSON.parse(readFileSync(SUMMARY, 'utf8'));
    writeFileSync(conflict, JSON.stringify({ ...hlh, best_response: { CR: 2, PR: 18 } }));
    for (const [file, message] of [
      [broken, /not valid JSON/],
      [invalid, /n: must be a whole number >= 0, got -1/],
      [
        conflict,
        /cannot satisfy 1 constraint\(s\): best_response \(counts add up to 20, but n is 18\)/,
      ],
    ] as const) {
      const { status, stderr } = await cli(file);
      expect(status, file).toBe(2);
      expect(stderr, file).toMatch(message);
      expect(stderr.trim().split('\n'), file).toHaveLength(1);
    }
  });
});
