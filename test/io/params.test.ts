/**
 * The parameter codec as a specification: one declaration per parameter decodes a link value,
 * writes it short for the link and checks a form field, with one message shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  booleanParam,
  checkField,
  choiceParam,
  choicesParam,
  decodeParam,
  decodeParams,
  numberParam,
  numbersParam,
  pairsParam,
  paramMessage,
  textParam,
  wholeParam,
  writeParams,
  type Param,
} from '../../src/io/params/index.ts';

const REPS = wholeParam('breps', { label: 'Replicates', min: 1, max: 10_000_000, default: 2000 });
const LEVEL = numberParam('level', { min: 0.5, max: 0.9999, default: 0.95 });
const P = numberParam('p', { label: 'True ORR', min: 0, max: 1, default: 0.6, digits: 6 });
const METHODS = ['clopper-pearson', 'wilson', 'wald'] as const;
const METHOD = choiceParam('m', METHODS, { default: 'wilson' });
const SHOWN = choicesParam('m', METHODS, { default: ['wald', 'clopper-pearson'] });
const GROUP = booleanParam('group', { default: false });
const SEL = textParam('sel', {
  min: 1,
  max: 5,
  describe: 'a patient id of 1 to 5 characters',
  default: null,
});
const RATES = numbersParam('cmp', {
  label: 'Other rates',
  min: 0,
  max: 1,
  minCount: 1,
  maxCount: 4,
  default: [0.75, 0.6],
  digits: 6,
});
const NAME = textParam('name', { max: 5, shorten: true, default: 'Shared cohort' });

describe('the message', () => {
  it('names the parameter, what is allowed, what was given and the value used', () => {
    expect(paramMessage('"breps"', 'a whole number from 1 to 10', '0', { used: '2,000' })).toBe(
      '"breps" must be a whole number from 1 to 10; got "0"; using 2,000.',
    );
    expect(paramMessage('Seed', 'a whole number', ' ', { used: '7', still: true })).toBe(
      'Seed must be a whole number; nothing was entered; still using 7.',
    );
    expect(paramMessage('"x"', 'one of a, b', 'y'.repeat(60))).toBe(
      `"x" must be one of a, b; got "${'y'.repeat(40)}…".`,
    );
    expect(paramMessage('"x"', 'one of a, b', '<b>"q"\n')).toBe(
      '"x" must be one of a, b; got "<b>\\"q\\"".',
    );
  });
});

describe('whole numbers', () => {
  it('read digits, spaces around ignored, within the range', () => {
    expect(REPS.read('2000')).toBe(2000);
    expect(REPS.read(' 10000000 ')).toBe(10_000_000);
    expect(REPS.read('007')).toBe(7);
  });

  it('read thousands separators and an exponent, as people write large numbers', () => {
    expect(REPS.read('1,000,000')).toBe(1_000_000);
    expect(REPS.read('1e6')).toBe(1_000_000);
    expect(REPS.read('2.5e3')).toBe(2500);
    expect(REPS.read('10,000,000')).toBe(10_000_000);
    expect(REPS.write(REPS.read('1,000,000')!)).toBe('1000000');
  });

  it.each([
    '0',
    '10000001',
    '2.5',
    '1e-3',
    '-4',
    '1,00',
    '1,0000',
    '1.000.000',
    '1 000',
    'many',
    '',
    '99999999999999999999',
  ])('refuse %j', (text) => expect(REPS.read(text)).toBeUndefined());

  it('say the range with thousands separated', () => {
    expect(REPS.allowed).toBe('a whole number from 1 to 10,000,000');
    expect(REPS.show(2000)).toBe('2,000');
  });

  it('bring a default outside the range into it', () => {
    expect(wholeParam('n', { min: 1, max: 200, default: 5000 }).default).toBe(200);
    expect(wholeParam('n', { min: 5, max: 150, default: 0 }).default).toBe(5);
  });
});

describe('numbers', () => {
  it('read decimals and exponents within the range', () => {
    expect(LEVEL.read('0.95')).toBe(0.95);
    expect(LEVEL.read('.8')).toBe(0.8);
    expect(LEVEL.read('9.5e-1')).toBe(0.95);
    expect(LEVEL.read(' 0.5 ')).toBe(0.5);
    expect(P.read('-0')).toBe(0);
    expect(Object.is(P.read('-0'), 0)).toBe(true);
  });

  it.each(['2', '0.49', '1', 'NaN', 'Infinity', '0x1', '', '.', '0.9.5', '95%', '1e999'])(
    'refuse %j',
    (text) => expect(LEVEL.read(text)).toBeUndefined(),
  );

  it('keep the declared significant digits, read and written alike', () => {
    expect(P.write(0.1 + 0.2)).toBe('0.3');
    expect(P.write(0.6000000001)).toBe('0.6');
    expect(P.read('0.12345678')).toBe(0.123457);
    expect(LEVEL.write(0.951234567)).toBe('0.951234567');
  });

  it('say the range', () => {
    expect(LEVEL.allowed).toBe('a number from 0.5 to 0.9999');
  });
});

describe('lists of rates (kept to their digits)', () => {
  it('read comma-separated numbers in the range, ascending, each once', () => {
    expect(RATES.read('0.75, 0.6')).toEqual([0.6, 0.75]);
    expect(RATES.read('0.5,0.5,.25')).toEqual([0.25, 0.5]);
    expect(RATES.read('0.1234567')).toEqual([0.123457]);
    expect(RATES.default).toEqual([0.6, 0.75]);
  });

  it.each(['', '0.5,', '0.1,0.2,0.3,0.4,0.5', '1.5', '0.5;0.6', 'a'])('refuse %j', (text) =>
    expect(RATES.read(text)).toBeUndefined(),
  );

  it('say what is allowed and write short', () => {
    expect(RATES.allowed).toBe('1 to 4 comma-separated numbers from 0 to 1');
    expect(RATES.write([0.1 + 0.2, 0.75])).toBe('0.3,0.75');
    expect(RATES.show([0.6, 0.75])).toBe('0.6, 0.75');
  });
});

describe('choices', () => {
  it('read one word of the list', () => {
    expect(METHOD.read('wald')).toBe('wald');
    expect(METHOD.read('Wald')).toBeUndefined();
    expect(METHOD.read('')).toBeUndefined();
    expect(METHOD.allowed).toBe('one of clopper-pearson, wilson, wald');
  });

  it('read several, in the order of the list, each once; empty is none', () => {
    expect(SHOWN.read('wald,clopper-pearson,wald')).toEqual(['clopper-pearson', 'wald']);
    expect(SHOWN.read('')).toEqual([]);
    expect(SHOWN.read('wald,nope')).toBeUndefined();
    expect(SHOWN.default).toEqual(['clopper-pearson', 'wald']);
    expect(SHOWN.write(['clopper-pearson', 'wald'])).toBe('clopper-pearson,wald');
    expect(SHOWN.show([])).toBe('none');
  });
});

describe('lists of numbers', () => {
  const WEEKS = numbersParam('lm', {
    label: 'Landmark weeks',
    min: 0,
    max: 520,
    maxCount: 4,
    default: [4, 12, 26],
  });
  const SOME = numbersParam('bw', { min: 0, max: 10, minCount: 1, maxCount: 3, default: [1] });

  it('read comma-separated numbers, sorted, each once, spaces around ignored', () => {
    expect(WEEKS.read('26, 4,12')).toEqual([4, 12, 26]);
    expect(WEEKS.read('2.5,.5,2.5')).toEqual([0.5, 2.5]);
    expect(WEEKS.read('')).toEqual([]);
    expect(WEEKS.write([4, 12, 26])).toBe('4,12,26');
    expect(WEEKS.show([4, 12.5])).toBe('4, 12.5');
    expect(WEEKS.show([])).toBe('none');
  });

  it('refuse what is not a number, out of range, too many or too few', () => {
    for (const bad of ['4,x', '4,,12', '-1', '521', '1,2,3,4,5', 'Infinity'])
      expect(WEEKS.read(bad), bad).toBeUndefined();
    expect(SOME.read('')).toBeUndefined();
    expect(WEEKS.allowed).toBe('at most 4 comma-separated numbers from 0 to 520');
    expect(SOME.allowed).toBe('1 to 3 comma-separated numbers from 0 to 10');
  });

  it('refuse in a link and in a field with the one message shape', () => {
    expect(decodeParam(WEEKS, '4,x').message).toBe(
      '"lm" must be at most 4 comma-separated numbers from 0 to 520; got "4,x"; using 4, 12, 26.',
    );
    expect(checkField(WEEKS, '600').error).toBe(
      'Landmark weeks must be at most 4 comma-separated numbers from 0 to 520; got "600".',
    );
  });
});

describe('booleans', () => {
  it('read 1 and 0 only', () => {
    expect(GROUP.read('1')).toBe(true);
    expect(GROUP.read('0')).toBe(false);
    expect(GROUP.read('yes')).toBeUndefined();
    expect(GROUP.write(true)).toBe('1');
  });
});

describe('text', () => {
  it('is taken as it is, within its length and pattern', () => {
    expect(SEL.read(' P1 ')).toBe(' P1 ');
    expect(SEL.read('')).toBeUndefined();
    expect(SEL.read('P12345')).toBeUndefined();
    expect(SEL.show(null)).toBe('none');
    const id = textParam('id', { max: 9, pattern: /^[a-z]+$/, default: 'abc' });
    expect(id.read('xyz')).toBe('xyz');
    expect(id.read('XYZ')).toBeUndefined();
  });

  it('too long is shortened when the declaration says so', () => {
    expect(decodeParam(NAME, 'abcdefgh')).toEqual({
      value: 'abcde',
      message: '"name" must be text of at most 5 characters; got "abcdefgh"; using "abcde".',
    });
  });
});

describe('decoding a link value', () => {
  it('gives the default, silently, when the link says nothing', () => {
    expect(decodeParam(REPS, null)).toEqual({ value: 2000 });
    expect(decodeParam(REPS, undefined)).toEqual({ value: 2000 });
  });

  it('gives the value when allowed', () => {
    expect(decodeParam(REPS, '500')).toEqual({ value: 500 });
  });

  it.each([
    [REPS, '0', '"breps" must be a whole number from 1 to 10,000,000; got "0"; using 2,000.'],
    [
      REPS,
      '',
      '"breps" must be a whole number from 1 to 10,000,000; nothing was entered; using 2,000.',
    ],
    [LEVEL, '0.3', '"level" must be a number from 0.5 to 0.9999; got "0.3"; using 0.95.'],
    [METHOD, 'x', '"m" must be one of clopper-pearson, wilson, wald; got "x"; using wilson.'],
    [GROUP, 'yes', '"group" must be 0 or 1; got "yes"; using 0.'],
    [SEL, '', '"sel" must be a patient id of 1 to 5 characters; nothing was entered; using none.'],
  ] as [Param<unknown>, string, string][])(
    'names a value not allowed and uses the default (%#)',
    (param, text, message) => {
      expect(decodeParam(param, text)).toEqual({ value: param.default, message });
    },
  );

  it('names the parameter as the link writes it, with its prefix', () => {
    expect(decodeParam(P, '7', 'l.').message).toBe(
      '"l.p" must be a number from 0 to 1; got "7"; using 0.6.',
    );
  });
});

describe('decoding a set of parameters', () => {
  const SET = { p: P, n: wholeParam('n', { min: 1, max: 200, default: 18 }), m: METHOD };

  it('gives every value, the messages, and the parameters to keep', () => {
    expect(decodeParams(SET, { p: '0.7', n: '500', extra: '1' }, { prefix: 'l.' })).toEqual({
      values: { p: 0.7, n: 18, m: 'wilson' },
      messages: ['"l.n" must be a whole number from 1 to 200; got "500"; using 18.'],
      kept: { p: '0.7', extra: '1' },
    });
  });

  it('names keys its owner does not declare', () => {
    const decoded = decodeParams(SET, { q: '1', p: '0.5' }, { prefix: 'l.', owner: 'the lesson' });
    expect(decoded.messages).toEqual(['"l.q" is not a setting of the lesson; ignored.']);
    expect(decoded.kept).toEqual({ p: '0.5' });
  });

  it('reads only own keys, so inherited names are never values', () => {
    const set = { c: wholeParam('constructor', { min: 0, max: 9, default: 1 }) };
    expect(decodeParams(set, {}).values).toEqual({ c: 1 });
    expect(decodeParams(set, JSON.parse('{"__proto__":"x"}')).values).toEqual({ c: 1 });
  });

  it('writes values short, keeping the others and leaving the given record untouched', () => {
    const raw = { seed: '3', n: '10' };
    expect(writeParams(SET, raw, { p: 0.6000001, m: 'wald' })).toEqual({
      seed: '3',
      n: '10',
      p: '0.6',
      m: 'wald',
    });
    expect(raw).toEqual({ seed: '3', n: '10' });
  });

  it('writes in the order the set declares, and leaves out what is nothing', () => {
    const set = { a: METHOD, b: SEL, c: GROUP };
    const written = writeParams(set, { sel: 'P1' }, { c: true, b: null, a: 'wald' });
    expect(Object.entries(written)).toEqual([
      ['m', 'wald'],
      ['group', '1'],
    ]);
  });
});

describe('checking a form field', () => {
  it('reads a valid value', () => {
    expect(checkField(REPS, ' 2000 ')).toEqual({ value: 2000, error: null });
  });

  it.each([
    ['0', 'got "0"'],
    ['10000001', 'got "10000001"'],
    ['2.5', 'got "2.5"'],
    ['1e-3', 'got "1e-3"'],
    ['1,00', 'got "1,00"'],
    ['-4', 'got "-4"'],
    ['many', 'got "many"'],
    ['', 'nothing was entered'],
  ])('refuses %j, naming the field by its label, the range and the value', (text, shown) => {
    expect(checkField(REPS, text)).toEqual({
      value: null,
      error: `Replicates must be a whole number from 1 to 10,000,000; ${shown}.`,
    });
  });

  it('says which value the field goes on using', () => {
    const n = wholeParam('n', { label: 'Patients (n)', min: 5, max: 150, default: 18 });
    expect(checkField(n, '500', 18).error).toBe(
      'Patients (n) must be a whole number from 5 to 150; got "500"; still using 18.',
    );
  });
});

describe('properties', () => {
  const cases: [string, Param<unknown>, fc.Arbitrary<unknown>][] = [
    ['whole', REPS, fc.integer({ min: 1, max: 10_000_000 })],
    [
      'seed',
      wholeParam('s', { min: 0, max: 2 ** 32 - 1, default: 1 }),
      fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    ],
    ['number, exact', LEVEL, fc.double({ min: 0.5, max: 0.9999, noNaN: true })],
    [
      'number, 6 digits',
      P,
      fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Number(x.toPrecision(6))),
    ],
    [
      'numbers',
      RATES,
      fc
        .uniqueArray(
          fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Number(x.toPrecision(6)) + 0),
          {
            minLength: 1,
            maxLength: 4,
          },
        )
        .map((v) => [...v].sort((a, b) => a - b)),
    ],
    ['choice', METHOD, fc.constantFrom(...METHODS)],
    ['choices', SHOWN, fc.subarray([...METHODS])],
    ['boolean', GROUP, fc.boolean()],
    ['text', SEL, fc.string({ minLength: 1, maxLength: 5 })],
  ];

  it.each(cases)('%s: decoding what was written gives the value back', (_, param, values) => {
    fc.assert(
      fc.property(values, (value) => {
        expect(decodeParam(param, param.write(value))).toEqual({ value });
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it.each(cases)(
    '%s: decoding any text never throws and gives an allowed value or the default with a message',
    (_, param) => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
          const decoded = decodeParam(param, text, 'l.');
          if (decoded.message === undefined) expect(decoded.value).toEqual(param.read(text));
          else {
            expect(decoded.value).toEqual(param.default);
            expect(decoded.message).toMatch(new RegExp(`^"l\\.${param.key}" must be `));
          }
          // What is used can always be written back (a `null` is written by leaving the key out).
          if (decoded.value !== null) {
            expect(param.read(param.write(decoded.value as never))).toEqual(decoded.value);
          }
        }),
        { numRuns: 500, seed: 12 },
      );
    },
  );
});

describe('pairs of numbers (a digitised curve, an at-risk table)', () => {
  const POINTS = pairsParam('p1', { maxPairs: 3, example: '0:1,5:0.8', default: [] });

  it('read A:B pairs separated by commas, spaces around ignored; empty text is none', () => {
    expect(POINTS.read('0:1, 5 : 0.8,12.5:0.4')).toEqual([
      [0, 1],
      [5, 0.8],
      [12.5, 0.4],
    ]);
    expect(POINTS.read('')).toEqual([]);
    expect(POINTS.read('-0:1e-3')).toEqual([[0, 0.001]]);
  });

  it('refuse a pair without two numbers, and more pairs than allowed', () => {
    for (const text of ['0:1,5', '0:1:2', 'a:1', '0:1,', '0:1,1:1,2:1,3:1', '0:Infinity']) {
      expect(POINTS.read(text), text).toBeUndefined();
    }
    expect(decodeParam(POINTS, '0:1,x:2', 'k.').message).toBe(
      '"k.p1" must be a list of at most 3 pairs of numbers A:B separated by commas, such as 0:1,5:0.8; got "0:1,x:2"; using none.',
    );
  });

  it('write what they read back, the same numbers exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
          ),
          { maxLength: 3 },
        ),
        (pairs) => {
          const plain = pairs.map(([a, b]) => [a + 0, b + 0] as const);
          expect(POINTS.read(POINTS.write(plain))).toEqual(plain);
        },
      ),
      { numRuns: 200, seed: 17 },
    );
    expect(POINTS.show([[0, 1]])).toBe('1 pair');
  });
});
