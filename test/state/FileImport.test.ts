import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { readBundle } from '../../src/state/bundle.ts';
import { compressText } from '../../src/state/compressText.ts';
import { decodeHash } from '../../src/state/decodeHash.ts';
import { encodeHash } from '../../src/state/encodeHash.ts';
import { sessionRecord } from '../../src/state/session/sessionRecord.svelte.ts';
import { readPersistedSession } from '../../src/state/session/readPersistedSession.ts';
import { appShowing } from '../helpers/appShowing.ts';
import { FIXTURES } from '../io/import/readFixture.ts';

/** A fixture as the page gets it from a file input. */
const file = (name: string, folder = FIXTURES) =>
  new File([readFileSync(`${folder}/${name}`)], name);
const fixture = JSON.parse(readFileSync('test/fixtures/import.json', 'utf8')) as {
  cases: {
    name: string;
    report: { n: number; orr: { x: number }; dor: { median: number | null } };
  }[];
};
const expected = (name: string) => fixture.cases.find((c) => c.name.startsWith(name))!.report;

describe('reading files on the Load tab', () => {
  it('opens the mapping step for a visits file with its own names, and loads once every code has a meaning', async () => {
    const app = await appShowing();
    const before = app.loader.cohort;
    expect(await app.loadFiles([file('myeloid-visits.csv')])).toBe(false);
    const { imports } = app;
    expect(imports.step).toEqual({ kind: 'mapping' });
    expect(app.loader.cohort).toBe(before);
    expect(app.loader.refused).toBeNull();
    const draft = imports.draft!;
    expect(draft.origin).toBe('suggested');
    expect(draft.mapping.columns).toMatchObject({ id: 'Patient', response: 'Disease status' });
    expect(draft.gaps).toEqual(['say what "No remission" means in response (294 rows)']);

    // Loading before the code has a meaning is refused, naming the value; nothing is lost.
    expect(await imports.apply()).toBe(false);
    expect(app.loader.cohort).toBe(before);
    expect(app.loader.refused?.messages[0]).toMatch(
      /row 1, column Disease status \(response\): "No remission" is not mapped to a response code/,
    );
    expect(imports.step.kind).toBe('mapping');

    draft.setValue('response', 'No remission', 'NR');
    expect(draft.gaps).toEqual([]);
    expect(await imports.apply()).toBe(true);
    expect(imports.step.kind).toBe('idle');
    const report = analyze(app.loader.cohort!);
    const r = expected('myeloid visits CSV, own names');
    expect([report.n, report.orr!.x, report.dor?.median]).toEqual([r.n, r.orr!.x, r.dor.median]);

    const imported = app.loader.imported!;
    expect(imported.spec).toMatchObject({ format: 'visits', confirmWk: null });
    expect(imported.spec.mapping?.values).toEqual({
      response: { 'Complete remission': 'CR', Relapse: 'PD', 'No remission': 'NR' },
      sex: { female: 'F', male: 'M' },
    });
    expect(imported.derivations).toHaveLength(report.n);
    expect(imported.assessmentTable?.table.columns[0]).toBe('Patient');
    expect(app.loader.assessments?.get('MY-003')?.[2]).toEqual({ week: 8, response: 'CR', row: 3 });
    expect(app.loader.source).toMatchObject({ kind: 'inline', imported: imported.spec });
  });

  it('suggests again for the other layout, and cancelling keeps the cohort on screen', async () => {
    const app = await appShowing();
    const before = app.loader.cohort;
    await app.loadFiles([file('myeloid-visits.csv')]);
    expect(app.imports.draft?.mapping.layout).toBe('visits');
    await app.imports.relayout('patients');
    expect(app.imports.draft?.mapping.layout).toBe('patients');
    expect(app.imports.draft?.gaps).toContain(
      'choose the column for best overall response (best_response)',
    );
    app.imports.cancel();
    expect(app.imports.step.kind).toBe('idle');
    expect(app.imports.draft).toBeNull();
    expect(app.loader.cohort).toBe(before);
  });

  it('asks which sheets of a workbook to read, then maps a visits and a patients sheet to the numbers R gives', async () => {
    const app = await appShowing();
    await app.loadFiles([file('myeloid.xlsx')]);
    const { imports } = app;
    expect(imports.step).toEqual({
      kind: 'sheets',
      file: 'myeloid.xlsx',
      sheets: ['Read me', 'Visits', 'Patients'],
    });
    expect(app.loader.refused).toBeNull();
    await imports.chooseSheets('Visits', 'Patients');
    const draft = imports.draft!;
    expect(draft.twoTables).toBe(true);
    draft.setValue('response', 'No remission', 'NR');
    expect(await imports.apply()).toBe(true);
    expect(app.loader.imported?.spec.mapping?.sheet).toBe('Visits,Patients');
    const report = analyze(app.loader.cohort!);
    const r = expected('myeloid workbook');
    expect([report.n, report.orr!.x, report.dor?.median]).toEqual([r.n, r.orr!.x, r.dor.median]);
  });

  it('loads an ADaM trio at once and lists where ADTTE disagrees', async () => {
    const app = await appShowing();
    const files = ['myeloid-adsl.xpt', 'myeloid-adrs.xpt', 'myeloid-adtte-edited.xpt'].map((n) =>
      file(n),
    );
    expect(await app.loadFiles(files)).toBe(true);
    const imported = app.loader.imported!;
    expect(imported.spec).toEqual({ format: 'adam', mapping: null, confirmWk: null });
    expect(imported.disagreements.map((d) => d.id)).toEqual(['MY-003', 'MY-004']);
    expect(imported.assessmentTable?.file).toBe('myeloid-adrs.xpt');
    const r = expected('myeloid ADaM with an ADTTE that disagrees');
    expect(analyze(app.loader.cohort!).dor?.median).toBe(r.dor.median);
  });

  it('reads the derivation again with the confirmation rule while it has the files', async () => {
    const app = await appShowing();
    await app.loadFiles([file('hlh-visits.csv')]);
    expect(app.imports.hasFilesOfCohort).toBe(true);
    await app.imports.setConfirmWk(4);
    expect(app.loader.imported?.spec.confirmWk).toBe(4);
    expect(app.loader.imported?.derivations?.some((d) => d.unconfirmedRows.length > 0)).toBe(true);
  });

  it('offers the mapping step for refused files with the documented headers', async () => {
    const app = await appShowing();
    const bad = new File(['id,best_response,followup_wk\nA,Partial,3\nB,CR,4\n'], 'bad.csv');
    expect(await app.loadFiles([bad])).toBe(false);
    expect(app.loader.refused?.messages[0]).toMatch(/"Partial" is not a response code/);
    expect(app.imports.mappable).toBe(true);
    await app.imports.startMapping();
    expect(app.imports.step.kind).toBe('mapping');
    expect(app.loader.refused).toBeNull();
    expect(app.imports.draft?.mapping.values?.best_response).toEqual({ Partial: 'PR' });
    expect(await app.imports.apply()).toBe(true);
    expect(app.loader.cohort?.patients.map((p) => p.bestResponse)).toEqual(['PR', 'CR']);
  });

  it('asks for the files again to edit the mapping of a cohort that came with a link', async () => {
    const first = await appShowing();
    await first.loadFiles([file('myeloid-visits.csv')]);
    first.imports.draft!.setValue('response', 'No remission', 'NR');
    await first.imports.apply();
    const app = await appShowing();
    await app.openHash(first.linkWithData()!);
    expect(app.loader.imported?.spec).toEqual(first.loader.imported?.spec);
    expect(app.loader.imported?.derivations).toBeNull();
    await app.loadImports(); // as the Load tab does
    await app.imports.editMapping();
    expect(app.imports.step).toEqual({ kind: 'files-needed', files: [] });
    await app.loadFiles([file('myeloid-visits.csv')]);
    expect(app.imports.step.kind).toBe('mapping');
    expect(app.imports.draft?.origin).toBe('cohort');
    expect(app.imports.draft?.gaps).toEqual([]);
  });
});

describe('how a cohort was read travels beside it', () => {
  it('in the link: layout, confirmation rule and mapping, read back as written', async () => {
    const app = await appShowing();
    await app.loadFiles([file('myeloid-visits.csv')]);
    app.imports.draft!.setValue('response', 'No remission', 'NR');
    await app.imports.apply();
    const hash = app.linkWithData()!;
    expect(hash).toMatch(/&fmt=visits&/);
    expect(hash).toMatch(/&map=/);
    const { state, messages } = decodeHash(hash);
    expect(messages).toEqual([]);
    expect(state.source).toEqual(app.loader.source);
    expect(encodeHash(state)).toBe(hash);
    // The address names the cohort and keeps how it was read, without its rows.
    expect(app.hash).toMatch(/src=bundle&name=myeloid-visits&fmt=visits&/);
    expect(app.hash).not.toMatch(/csv=/);
  });

  it('a link with a damaged mapping or confirmation names it and keeps the cohort', () => {
    const csv = compressText('id,best_response,followup_wk\nA,CR,3\n');
    const { state, messages } = decodeHash(`#src=inline&csv=${csv}&fmt=visits&cwk=-2&map=zz`);
    expect(messages).toContain('"cwk" must be a number from 0 to 520; got "-2"; using 0.');
    expect(messages).toContain(
      'The column mapping in the link could not be read; the cohort is shown without it.',
    );
    expect(state.source).toMatchObject({
      kind: 'inline',
      imported: { format: 'visits', mapping: null, confirmWk: null },
    });
  });

  it('in the bundle: the mapping as the CLI takes it', async () => {
    const app = await appShowing();
    await app.loadFiles([file('myeloid-visits.csv')]);
    app.imports.draft!.setValue('response', 'No remission', 'NR');
    await app.imports.apply();
    const text = app.bundleText()!;
    expect(JSON.parse(text).imported).toMatchObject({ format: 'visits', confirm_wk: null });
    const read = readBundle(text);
    expect(read.ok && read.imported).toEqual(app.loader.imported?.spec);

    const other = await appShowing();
    await other.loadFiles([new File([text], 'myeloid.cohortscope.json')]);
    expect(other.loader.imported?.spec).toEqual(app.loader.imported?.spec);
    expect(analyze(other.loader.cohort!)).toEqual(analyze(app.loader.cohort!));
  });

  it('in the session kept in this browser, with the derivations', async () => {
    const app = await appShowing();
    await app.loadFiles([file('hlh-visits.csv')]);
    const { loader } = app;
    const record = await sessionRecord({
      writer: 'w',
      savedAt: 1,
      hash: app.hash,
      cohort: loader.cohort!,
      meta: loader.meta!,
      source: loader.source,
      imported: loader.imported,
      bootstrap: { inputs: null, result: null },
      resim: { inputs: null, result: null },
    });
    const read = readPersistedSession(structuredClone(record));
    expect(read.notices).toEqual([]);
    expect(read.session?.cohort?.imported?.derivations).toEqual(loader.imported?.derivations);
    const damaged = structuredClone(record);
    (damaged.cohort!.imported as { derivations: unknown }).derivations = [{ id: 3 }];
    expect(readPersistedSession(damaged).session?.cohort?.imported?.derivations).toBeNull();
  });
});
