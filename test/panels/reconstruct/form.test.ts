import { describe, expect, it } from 'vitest';
import { checkSummary } from '../../../src/panels/reconstruct/checkSummary.ts';
import { fieldOfPath } from '../../../src/panels/reconstruct/fieldOfPath.ts';
import { formToSummary } from '../../../src/panels/reconstruct/formToSummary.ts';
import { splitPath } from '../../../src/panels/reconstruct/splitPath.ts';
import { FORM_FIELDS } from '../../../src/panels/reconstruct/summaryForm.ts';
import { summaryToForm } from '../../../src/panels/reconstruct/summaryToForm.ts';
import { hlhSummaryJson } from '../../helpers/hlhSummary.ts';

describe('summary form', () => {
  it('reads every published figure of the HLH abstract into the form', () => {
    const form = summaryToForm(hlhSummaryJson());
    expect(form).toMatchObject({
      n: '18',
      cr: '2',
      pr: '13',
      imp: '0',
      nr: '3',
      ne: '0',
      ttrMedian: '1',
      byWeek1: '14',
      dorMedian: '1',
      gcCount: '13',
      gcMedian: '1',
      feverBaseline: '3',
      feverResolved: '3',
      feverBy1: '3',
      female: '16',
      male: '2',
      ageMedian: '37.6',
      enrolStart: '2025-01-01',
      enrolEnd: '2025-08-31',
      cutoff: '2025-09-30',
    });
    expect(Object.keys(form).sort()).toEqual(FORM_FIELDS.map((f) => f.key).sort());
  });

  it('gives back the same summary when the form is not edited', () => {
    const hlh = hlhSummaryJson();
    expect(formToSummary(summaryToForm(hlh), hlh)).toEqual(hlh);
  });

  it('writes edited figures as numbers and keeps what the form does not show', () => {
    const hlh = hlhSummaryJson();
    const edited = formToSummary(
      { ...summaryToForm(hlh), n: ' 20 ', nr: '5', dorMedian: '2.5' },
      hlh,
    );
    expect(edited.n).toBe(20);
    expect(edited.best_response).toEqual({ CR: 2, PR: 13, IMP: 0, NR: 5, NE: 0 });
    expect(edited.dor).toEqual({ median_wk: 2.5 });
    expect(edited.assumptions).toEqual(hlh.assumptions);
    expect(edited.schedule).toEqual(hlh.schedule);
    expect(hlh.n).toBe(18); // the base is not changed
  });

  it('removes a figure left empty, and a section left with nothing in it', () => {
    const hlh = hlhSummaryJson();
    const form = { ...summaryToForm(hlh), dorMedian: '', gcMedian: '', ttrMedian: '', byWeek1: '' };
    const edited = formToSummary(form, hlh);
    expect(edited).not.toHaveProperty('dor');
    expect(edited).not.toHaveProperty('response');
    expect(edited.gc_halved).toEqual({ count: 13 });
  });

  it('keeps text that is not a number, so the validator names the field', () => {
    const hlh = hlhSummaryJson();
    const check = checkSummary(formToSummary({ ...summaryToForm(hlh), byWeek1: 'most' }, hlh));
    expect(check.summary).toBeNull();
    expect(check.issues).toEqual([
      {
        path: 'response.by_week.1',
        field: 'byWeek1',
        message: 'must be a whole number >= 0, got "most"',
      },
    ]);
  });

  it('builds a section the base summary lacked', () => {
    const base = { schedule: { every_wk: 1 } };
    const edited = formToSummary({ n: '5', ageMedian: '40', byWeek1: '3' }, base);
    expect(edited).toEqual({
      schedule: { every_wk: 1 },
      n: 5,
      age: { median: 40 },
      response: { by_week: { '1': 3 } },
    });
  });

  it('splits week keys with a decimal point as one key', () => {
    expect(splitPath('response.by_week.1.5')).toEqual(['response', 'by_week', '1.5']);
    expect(splitPath('fever.resolved_by_week.2')).toEqual(['fever', 'resolved_by_week', '2']);
    expect(splitPath('best_response.CR')).toEqual(['best_response', 'CR']);
  });
});

describe('checkSummary', () => {
  it('accepts the HLH summary and lists the constraints it states', () => {
    const check = checkSummary(hlhSummaryJson());
    expect(check.summary).not.toBeNull();
    expect(check.issues).toEqual([]);
    expect(check.conflicts).toEqual([]);
    expect(check.constraints).toContain('response.by_week.1');
    expect(check.satisfiable).toEqual(check.constraints);
  });

  it('names contradictory figures by their form field and leaves the rest satisfiable', () => {
    const hlh = hlhSummaryJson();
    const check = checkSummary(formToSummary({ ...summaryToForm(hlh), byWeek1: '16' }, hlh));
    expect(check.summary).toBeNull();
    expect(check.conflicts.map((c) => c.field)).toContain('byWeek1');
    expect(check.conflicts.every((c) => c.message.length > 5)).toBe(true);
    expect(check.satisfiable).toContain('sex');
    expect(check.satisfiable).not.toContain('response.by_week.1');
  });

  it('reports a cut-off before the end of enrolment on the cut-off field', () => {
    const hlh = hlhSummaryJson();
    const check = checkSummary({ ...hlh, cutoff: '2025-04-30' });
    expect(check.conflicts).toContainEqual(
      expect.objectContaining({ path: 'cutoff', field: 'cutoff' }),
    );
  });

  it('reports every malformed field, not only the first', () => {
    const check = checkSummary({ ...hlhSummaryJson(), n: -1, cutoff: '2025-02-30', extra: 1 });
    expect(check.issues.map((i) => i.path).sort()).toEqual(['cutoff', 'extra', 'n']);
    expect(check.issues.find((i) => i.path === 'n')?.field).toBe('n');
    expect(check.issues.find((i) => i.path === 'extra')?.field).toBeNull();
  });

  it('says that a non-object is not a summary', () => {
    expect(checkSummary([1, 2]).issues[0].message).toMatch(/JSON object/);
  });
});

describe('fieldOfPath', () => {
  it('finds the field of a path, or of a section, or none', () => {
    expect(fieldOfPath('gc_halved.median_wk')?.key).toBe('gcMedian');
    expect(fieldOfPath('sex')?.key).toBe('female');
    expect(fieldOfPath('best_response')?.key).toBe('n');
    expect(fieldOfPath('enrolment')?.key).toBe('enrolStart');
    expect(fieldOfPath('assumptions.max_dor_wk')).toBeNull();
  });
});
