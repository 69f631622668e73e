/**
 * Reading a grouping as the command line's --group and the link's `by` write it, and resolving it
 * against a cohort into groups, or a sentence saying why it cannot be used.
 */
import { describe, expect, it } from 'vitest';
import { readGrouping, writeGrouping } from '../../src/io/readGrouping.ts';
import { resolveGrouping } from '../../src/state/resolveGrouping.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { makeCohort } from '../helpers/makeCohort.ts';

const withExtras = makeCohort(
  [
    { id: 'a', sex: 'F', age: 30, extra: { Arm: 'A', 'site:code': 'x1', Visit: '1' } },
    { id: 'b', sex: 'M', age: 50, extra: { Arm: 'B', 'site:code': 'x2', Visit: '2' } },
    { id: 'c', sex: 'F', age: 70, extra: { Arm: 'A', 'site:code': 'x1', Visit: '' } },
  ],
  ['sex', 'age'],
);

describe('readGrouping', () => {
  it('reads sex, best response, age bands and extra columns in any case', () => {
    expect(readGrouping('sex', withExtras)).toEqual({ ok: true, grouping: { by: 'sex' } });
    expect(readGrouping('Best Response', withExtras)).toEqual({
      ok: true,
      grouping: { by: 'best_response' },
    });
    expect(readGrouping('age:40, 65', withExtras)).toEqual({
      ok: true,
      grouping: { by: 'age', cuts: [40, 65] },
    });
    expect(readGrouping('arm', withExtras)).toEqual({
      ok: true,
      grouping: { by: 'extra', column: 'Arm' },
    });
    expect(readGrouping('site:code', withExtras)).toEqual({
      ok: true,
      grouping: { by: 'extra', column: 'site:code' },
    });
  });

  it('says what can be used when it cannot read the text', () => {
    const message = (text: string) => {
      const read = readGrouping(text, withExtras);
      return read.ok ? null : read.message;
    };
    expect(message('nosuch')).toBe(
      'no column "nosuch" in the cohort; use one of sex, best_response, age:CUTS, Arm, site:code, Visit',
    );
    expect(message('followup_wk')).toMatch(/^followup_wk is not a grouping column; use one of/);
    expect(message('age')).toBe('age needs cut points in years, e.g. age:40,65');
    expect(message('age:40,x')).toBe('"x" is not an age; use years like age:40,65');
    expect(message('age:40,40')).toBe('a cut point is repeated in "40,40"');
    expect(message('sex:1')).toBe('only age takes cut points (age:40,65), not sex');
    expect(message('sex')).toBeNull();
    const bare = makeCohort([{ id: 'a' }]);
    const refused = readGrouping('sex', bare);
    expect(refused.ok ? null : refused.message).toBe('the cohort has no sex column');
  });

  it('writes a grouping back as it reads it', () => {
    for (const text of ['sex', 'best_response', 'age:40,65', 'Arm', 'site:code']) {
      const read = readGrouping(text, withExtras);
      expect(read.ok && writeGrouping(read.grouping)).toBe(text);
    }
  });
});

describe('resolveGrouping', () => {
  it('splits the built-in cohort by sex into two groups', () => {
    const choice = resolveGrouping('sex', hlhCohort());
    expect(choice.ok).toBe(true);
    if (!choice.ok) return;
    expect(choice.groups.groups.map((g) => [g.value, g.patients.length])).toEqual([
      ['F', 16],
      ['M', 2],
    ]);
  });

  it('says why a grouping cannot be used: no such column, one group, no value, too many values', () => {
    const cohort = hlhCohort();
    const why = (text: string, c = cohort) => {
      const choice = resolveGrouping(text, c);
      return choice.ok ? null : choice.message;
    };
    expect(why('nosuch')).toMatch(/^Cannot group by "nosuch": no column "nosuch" in the cohort/);
    expect(why('age:200')).toBe(
      'Cannot group by age: every patient with a value is in one group, < 200 (18 patients); there is nothing to compare.',
    );
    const oneArm = makeCohort([
      { id: 'a', extra: { arm: 'A' } },
      { id: 'b', extra: { arm: '' } },
    ]);
    expect(why('arm', oneArm)).toBe(
      'Cannot group by arm: every patient with a value is in one group, A (1 patient; 1 without a value left out); there is nothing to compare.',
    );
    expect(why('sex', makeCohort([{ id: 'a' }], ['sex']))).toBe(
      'Cannot group by sex: no patient has a value.',
    );
    const many = makeCohort(
      Array.from({ length: 14 }, (_, i) => ({ id: `p${i}`, extra: { ward: `w${i % 13}` } })),
    );
    expect(why('ward', many)).toBe(
      'Cannot group by "ward": column "ward" has 13 distinct values; group by a column with at most 12.',
    );
    const ages = makeCohort(
      Array.from({ length: 14 }, (_, i) => ({ id: `p${i}`, age: i * 5 })),
      ['age'],
    );
    expect(why(`age:${Array.from({ length: 12 }, (_, i) => i * 5 + 1).join(',')}`, ages)).toBe(
      'Cannot group by age: it makes 13 groups; use at most 12.',
    );
  });
});
