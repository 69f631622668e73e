import { describe, expect, it } from 'vitest';
import { adviceText, type IssueAdvice } from '../../src/io/issueAdvice.ts';

const code: IssueAdvice = {
  kind: 'code',
  field: 'response',
  column: 'Assessment',
  value: 'Stable-ish',
  allowed: ['CR', 'PR', 'SD'],
};

describe('adviceText: one advice, in the words of the app or of the command line', () => {
  it('tells the app user where on the mapping step to say what a code means', () => {
    expect(adviceText(code, 'app')).toBe(
      'under “What the codes mean”, choose what “Stable-ish” in Assessment means (CR, PR or SD), then Load',
    );
  });

  it('tells the command line user which entry of MAP.json to add', () => {
    expect(adviceText(code, 'cli')).toBe(
      "map it in the mapping's values.response to one of CR, PR, SD",
    );
  });

  it('says how to give a column its unit, on the mapping step or in MAP.json', () => {
    const unmapped: IssueAdvice = {
      kind: 'unit',
      field: 'followup_wk',
      unit: 'months',
      mapped: false,
    };
    expect(adviceText(unmapped, 'app')).toBe(
      'write weeks, or map the columns (“Map the columns…” below) and set the unit of followup_wk to months',
    );
    expect(adviceText(unmapped, 'cli')).toBe(
      'write weeks, or map the column with its unit: "units": { "followup_wk": "months" } in a MAP.json (cohortscope map FILE writes one)',
    );
    const mapped: IssueAdvice = { ...unmapped, mapped: true };
    expect(adviceText(mapped, 'app')).toMatch(
      /set the unit of followup_wk to months in the table of fields above$/,
    );
    expect(adviceText(mapped, 'cli')).toMatch(
      /set "units": \{ "followup_wk": "months" \} in the mapping$/,
    );
  });

  it('never speaks of MAP.json in the app, nor of the mapping step on the command line', () => {
    const all: IssueAdvice[] = [
      code,
      { kind: 'unit', field: 'visit_wk', unit: 'days', mapped: false },
      { kind: 'unit', field: 'visit_wk', unit: 'days', mapped: true },
    ];
    for (const advice of all) {
      expect(adviceText(advice, 'app')).not.toMatch(/MAP\.json|values\.|"units"/);
      expect(adviceText(advice, 'cli')).not.toMatch(/What the codes mean|Map the columns|above/);
    }
  });
});
