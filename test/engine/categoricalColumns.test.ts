import { describe, expect, it } from 'vitest';
import { categoricalColumns } from '../../src/engine/categoricalColumns.ts';
import { makePatient } from '../helpers/makeCohort.ts';

describe('categoricalColumns', () => {
  const patients = [
    makePatient({ id: '1', extra: { arm: 'A', site: 'north', note: 'x1', dose: '10' } }),
    makePatient({ id: '2', extra: { arm: 'B', site: 'north', note: 'x2', dose: '20' } }),
    makePatient({ id: '3', extra: { arm: 'A', note: 'x3', dose: '10' } }),
    makePatient({ id: '4', extra: { arm: 'B', site: 'south', note: 'x4', dose: '20' } }),
  ];

  it('offers extra columns with a few text levels, with counts and the missing', () => {
    expect(categoricalColumns(patients)).toEqual([
      {
        name: 'arm',
        levels: [
          { value: 'A', count: 2 },
          { value: 'B', count: 2 },
        ],
        missing: 0,
      },
      {
        name: 'site',
        levels: [
          { value: 'north', count: 2 },
          { value: 'south', count: 1 },
        ],
        missing: 1,
      },
    ]);
  });

  it('leaves out numbers, values unique to each patient, single levels and too many levels', () => {
    const names = categoricalColumns(patients).map((c) => c.name);
    expect(names).not.toContain('dose');
    expect(names).not.toContain('note');
    expect(categoricalColumns(patients, { maxLevels: 1 })).toEqual([]);
  });
});
