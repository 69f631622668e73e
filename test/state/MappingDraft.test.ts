import { describe, expect, it } from 'vitest';
import { inspectFiles } from '../../src/io/inspectFiles.ts';
import { MappingDraft } from '../../src/state/MappingDraft.svelte.ts';
import { readImportSpec } from '../../src/state/importSpec.ts';
import { fixtureFile } from '../io/import/readFixture.ts';

async function draftOf(name: string): Promise<MappingDraft> {
  const seen = await inspectFiles([fixtureFile(name)]);
  if (!seen.ok || !seen.suggestion) throw new Error(`${name} has no suggestion`);
  return new MappingDraft(seen.tables, seen.suggestion);
}

describe('MappingDraft: the mapping being edited, and what follows from it', () => {
  it('starts from the suggestion and lists what is left', async () => {
    const draft = await draftOf('myeloid-visits.csv');
    expect(draft.origin).toBe('suggested');
    expect(draft.mapping).toBe(draft.suggestion.mapping);
    expect(draft.gaps).toEqual(['say what "No remission" means in response (294 rows)']);
    expect(draft.preview[0].fields).toEqual([
      'id',
      'visit_wk',
      'response',
      'death_wk',
      'followup_wk',
      'sex',
    ]);
  });

  it('sets and clears a code, matching values as the importer does (trimmed, any case)', async () => {
    const draft = await draftOf('myeloid-visits.csv');
    draft.setValue('response', 'No remission', 'NR');
    expect(draft.mapping.values?.response?.['No remission']).toBe('NR');
    expect(draft.values.find((v) => v.value === 'No remission')).toMatchObject({
      code: 'NR',
      mapped: true,
    });
    expect(draft.gaps).toEqual([]);
    draft.setValue('response', ' no REMISSION ', null);
    expect(draft.mapping.values?.response?.['No remission']).toBeUndefined();
    expect(draft.gaps).toHaveLength(1);
  });

  it('changes a column, a unit and the date format, each in a new mapping', async () => {
    const draft = await draftOf('myeloid-visits.csv');
    const first = draft.mapping;
    draft.setColumn('columns', 'death_wk', null);
    expect(draft.mapping).not.toBe(first);
    expect(draft.mapping.columns.death_wk).toBeUndefined();
    expect(first.columns.death_wk).toBe('Day of death');
    draft.setColumn('columns', 'response', 'Sex');
    expect(draft.gaps).toContain('say what "female" means in response (713 rows)');
    expect(draft.gaps).toContain('"Sex" is chosen for response and sex; a column gives one field');
    expect(draft.preview[0].rows).toEqual([]);
    draft.setColumn('columns', 'response', 'Disease status');
    draft.setFieldUnit('followup_wk', 'months');
    expect(draft.unitOf('followup_wk')).toBe('months');
    expect(draft.mapping.units).toEqual({ followup_wk: 'months' });
    draft.setFieldUnit('followup_wk', 'days');
    expect(draft.mapping.units).toBeUndefined();
    draft.setTimeUnit('weeks');
    expect(draft.preview[0].rows[0].cells[1]).toBe('14');
    draft.setDateFormat('DD/MM/YYYY');
    expect(draft.mapping.date_format).toBe('DD/MM/YYYY');
    draft.setDateFormat(null);
    expect(draft.mapping.date_format).toBeUndefined();
  });

  it('reads a MAP.json, keeping the mapping when it is refused', async () => {
    const draft = await draftOf('myeloid-visits.csv');
    const kept = draft.mapping;
    expect(draft.readJson('{"version": 2}')[0]).toMatch(/"version" is 2/);
    expect(draft.mapping).toBe(kept);
    expect(draft.readJson(draft.json)).toEqual([]);
    expect(draft.mapping).toEqual(kept);
  });
});

describe('readImportSpec', () => {
  it('reads a spec as bundles and sessions keep it', () => {
    expect(readImportSpec({ format: 'visits', mapping: null, confirm_wk: 4 })).toEqual({
      spec: { format: 'visits', mapping: null, confirmWk: 4 },
      messages: [],
    });
    expect(readImportSpec(undefined)).toEqual({ spec: null, messages: [] });
  });

  it('leaves out what it cannot use, saying what', () => {
    expect(readImportSpec({ format: 'rows' }).messages[0]).toMatch(/its format "rows" is not one/);
    const read = readImportSpec({ format: 'adam', mapping: { version: 9 }, confirm_wk: 999 });
    expect(read.spec).toEqual({ format: 'adam', mapping: null, confirmWk: null });
    expect(read.messages).toHaveLength(2);
  });
});
