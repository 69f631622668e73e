import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dorObservations } from '../../src/engine/dorObservations.ts';
import { kaplanMeier } from '../../src/engine/kaplanMeier.ts';
import { parseCohort } from '../../src/io/parseCohort.ts';
import { fixturePath, kmFigures } from '../engine/kmfigure/kmFigures.ts';
import { cliJson as json, cliRefused as refused } from './runCapture.ts';

const dir = mkdtempSync(join(tmpdir(), 'reconstruct-km-'));
const aml = kmFigures.figures[0];
const maintained = aml.curves[0];
const pointsFile = join(dir, 'maintained.csv');
writeFileSync(
  pointsFile,
  `time,survival\n${maintained.corners.time.map((t, i) => `${t},${maintained.corners.survival[i]}`).join('\n')}\n`,
);
const atRisk = maintained.at_risk.time.map((t, i) => `${t}:${maintained.at_risk.n[i]}`).join(',');
const calibrate = [...aml.calibration.x, ...aml.calibration.y]
  .map((c) => `${c.pixel}:${c.value}`)
  .join(',');
const image = fileURLToPath(fixturePath(aml.file));

describe('cohortscope reconstruct-km', () => {
  it('reconstructs the patients of a points file and writes them as a DOR cohort', async () => {
    const out = join(dir, 'cohort.csv');
    const result = await json([
      'reconstruct-km',
      pointsFile,
      '--at-risk',
      atRisk,
      '--events',
      '7',
      '--out',
      out,
    ]);
    expect(Object.keys(result)).toEqual(['patients', 'diagnostics', 'points', 'notes', 'warnings']);
    expect(result.patients).toHaveLength(11);
    expect(result.patients.filter((p: { event: boolean }) => p.event)).toHaveLength(7);
    expect(result.diagnostics).toMatchObject({
      median: 31,
      median_digitised: 31,
      events: 7,
      events_published: 7,
    });
    expect(result.diagnostics.max_abs_diff).toBeLessThan(0.07);
    expect(result.diagnostics.at_risk[0]).toEqual({ time: 0, published: 11, reconstructed: 11 });
    const parsed = parseCohort(readFileSync(out, 'utf8'), { fileName: 'cohort.csv' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const dor = kaplanMeier(dorObservations(parsed.cohort.patients, ['CR', 'PR', 'IMP']));
    expect(dor.events).toBe(7);
    expect(dor.time.at(-1)).toBe(161);
  });

  it("reads WebPlotDigitizer's header-less export in percent, with only n and a unit", async () => {
    const wpd = fileURLToPath(fixturePath(kmFigures.wpd.file));
    const out = join(dir, 'os.csv');
    const result = await json([
      'reconstruct-km',
      wpd,
      '--n',
      '137',
      '--unit',
      'days',
      '--endpoint',
      'os',
      '--out',
      out,
    ]);
    expect(result.patients).toHaveLength(137);
    expect(result.notes).toContain('Survival read as a percentage and divided by 100.');
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(
      'id,best_response,response_wk,death_wk,followup_wk',
    );
  });

  it('digitises a PNG figure from its calibration and a click on the curve, or its colour', async () => {
    const args = [
      'reconstruct-km',
      '--image',
      image,
      '--calibrate',
      calibrate,
      '--at-risk',
      atRisk,
    ];
    const clicked = await json([...args, '--click', `${maintained.click.x},${maintained.click.y}`]);
    const typed = await json([...args, '--colour', maintained.colour]);
    for (const result of [clicked, typed]) {
      expect(result.patients).toHaveLength(11);
      expect(result.diagnostics.median).toBeCloseTo(31, 0);
      expect(result.diagnostics.events).toBe(7);
    }
  });

  it('refuses bad arguments and files with one line and status 2', async () => {
    await refused(
      ['reconstruct-km', pointsFile],
      'give --n N (patients at time 0) or an --at-risk table',
    );
    await refused(
      ['reconstruct-km', pointsFile, '--at-risk', '0:11,x'],
      '--at-risk: "x" is not TIME:N',
    );
    await refused(
      ['reconstruct-km', pointsFile, '--n', '11', '--endpoint', 'pfs'],
      '--endpoint must be one of dor, ttr, os, got "pfs"',
    );
    await refused(
      ['reconstruct-km', pointsFile, '--n', '11', '--unit', 'years'],
      '--unit must be one of weeks, months, days',
    );
    await refused(['reconstruct-km', join(dir, 'none.csv'), '--n', '3'], 'none.csv: no such file');
    await refused(
      ['reconstruct-km', pointsFile, '--n', '11', '--colour', '#ff0000'],
      '--colour goes with --image',
    );
    await refused(
      ['reconstruct-km', pointsFile, '--at-risk', '0:11,20:12'],
      'numbers at risk cannot increase: 11 at 0 then 12 at 20',
    );
    await refused(
      ['reconstruct-km', pointsFile, '--n', '11', '--events', '12'],
      'total events must be a whole number from 0 to n (11), got 12',
    );
    await refused(
      ['reconstruct-km', '--image', image, '--n', '11', '--colour', '#ff0000'],
      '--image needs --calibrate',
    );
    await refused(
      ['reconstruct-km', '--image', image, '--n', '11', '--calibrate', '1:0,2:1'],
      '--calibrate needs 4 PIXEL:VALUE pairs',
    );
    await refused(
      ['reconstruct-km', '--image', image, '--n', '11', '--calibrate', calibrate],
      'either --colour #RRGGBB or --click X,Y',
    );
    await refused(
      [
        'reconstruct-km',
        '--image',
        image,
        '--n',
        '11',
        '--calibrate',
        calibrate,
        '--colour',
        'red',
      ],
      '--colour must be #RRGGBB, got "red"',
    );
    await refused(
      [
        'reconstruct-km',
        '--image',
        pointsFile,
        '--n',
        '11',
        '--calibrate',
        calibrate,
        '--colour',
        '#ff0000',
      ],
      'not a PNG or JPEG image',
    );
    await refused(
      [
        'reconstruct-km',
        '--image',
        image,
        '--n',
        '11',
        '--calibrate',
        calibrate,
        '--colour',
        '#00ff00',
      ],
      'no curve of colour #00ff00 found',
    );
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'time,survival\n0,1\n3,x\n');
    await refused(
      ['reconstruct-km', bad, '--n', '3'],
      'bad.csv, row 2, column survival: "x" is not a number',
    );
  });
});
