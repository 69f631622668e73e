import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { decodeHash } from '../../src/state/decodeHash.ts';
import { encodeHash } from '../../src/state/encodeHash.ts';
import { compressText, decompressText } from '../../src/state/compressText.ts';
import { decodeBase64Url, encodeBase64Url } from '../../src/state/base64url.ts';
import { MAX_LANDMARKS, MAX_TABLE_BREAKS, WEEK_RANGE } from '../../src/engine/limits.ts';
import {
  CHOICES,
  DEFAULT_STATE,
  LEVELS,
  URL_LIMITS,
  type UrlState,
} from '../../src/state/urlState.ts';

/** Weeks as a link carries them: sorted, each once, whole or with a decimal part. */
const weeksArb = (maxCount: number) =>
  fc
    .uniqueArray(
      fc.oneof(fc.integer({ min: 0, max: WEEK_RANGE.max }), fc.constantFrom(0.5, 2.5, 12.25)),
      { maxLength: maxCount },
    )
    .map((weeks) => [...weeks].sort((a, b) => a - b));

/** Piecewise breaks as the link keeps them: ascending tenths of a week, or auto. */
const breaksArb = fc.option(
  fc
    .uniqueArray(fc.integer({ min: 1, max: 5200 }), { minLength: 1, maxLength: 5 })
    .map((a) => a.sort((x, y) => x - y).map((v) => v / 10)),
  { nil: null },
);

const settingsArb = fc.record({
  view: fc.constantFrom(...CHOICES.view),
  method: fc.constantFrom(...CHOICES.method),
  level: fc.constantFrom(...LEVELS),
  transform: fc.constantFrom(...CHOICES.transform),
  sort: fc.constantFrom(...CHOICES.sort),
  group: fc.boolean(),
  swimmerScale: fc.constantFrom(...CHOICES.swimmerScale),
  swimmerGroups: fc.constantFrom(...CHOICES.swimmerGroups),
  swimmerWeeks: fc.option(
    fc
      .tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1, max: 4000 }))
      .map(([a, b]): [number, number] => [a / 4, a / 4 + b / 4]),
    { nil: null },
  ),
  selected: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: null }),
  responders: fc.constantFrom(...CHOICES.responders),
  byWeek: weeksArb(MAX_LANDMARKS),
  landmarks: weeksArb(MAX_LANDMARKS),
  kmBreaks: weeksArb(MAX_TABLE_BREAKS),
  ttrScale: fc.constantFrom(...CHOICES.ttrScale),
  grouping: fc.option(
    fc.oneof(
      fc.constantFrom('sex', 'best_response', 'age:40,65'),
      fc.string({ minLength: 1, maxLength: 30 }),
    ),
    { nil: null },
  ),
  rho: fc.constantFrom(0, 0.5, 1, 2.25, 10),
  incidenceLayout: fc.constantFrom(...CHOICES.incidenceLayout),
  bootReps: fc.integer({ min: 1, max: URL_LIMITS.maxBootReps }),
  bootSeed: fc.integer({ min: 0, max: URL_LIMITS.maxSeed }),
  bootStatistic: fc.constantFrom(...CHOICES.bootStatistic),
  resimTrials: fc.integer({ min: 1, max: URL_LIMITS.maxTrials }),
  resimSeed: fc.integer({ min: 0, max: URL_LIMITS.maxSeed }),
  fitDor: fc.constantFrom(...CHOICES.fitModel),
  fitTtr: fc.constantFrom(...CHOICES.fitModel),
  fitCensoring: fc.constantFrom(...CHOICES.censoring),
  fitVisitWk: fc.option(fc.constantFrom(0.5, 1, 2, 4.5, 520), { nil: null }),
  fitBreaks: breaksArb,
  fitTtrBreaks: breaksArb,
  fitHidden: fc.subarray([...CHOICES.fitRow]),
  resimScenario: fc.option(fc.dictionary(fc.string({ maxLength: 8 }), fc.integer()), { nil: null }),
  lesson: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), { nil: null }),
  lessonParams: fc.dictionary(
    fc.stringMatching(/^[A-Za-z0-9_]{1,12}$/),
    fc.string({ maxLength: 30 }),
    {
      maxKeys: 5,
    },
  ),
  reconstructParams: fc.dictionary(
    fc.stringMatching(/^[a-z]{1,8}$/),
    fc.string({ maxLength: 10 }),
    {
      maxKeys: 3,
    },
  ),
  designParams: fc.dictionary(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.string({ maxLength: 20 }), {
    maxKeys: 6,
  }),
  figureParams: fc.dictionary(
    fc.stringMatching(/^[a-z]{1,4}[1-6]?$/),
    fc.string({ maxLength: 40 }),
    {
      maxKeys: 4,
    },
  ),
});

const sourceArb = fc.oneof(
  fc.constant({ kind: 'builtin' as const, id: 'hlh-anakinra-2025' }),
  fc.record({
    kind: fc.constant('bundle' as const),
    name: fc.string({ minLength: 1, maxLength: 40 }),
  }),
  fc.record({
    kind: fc.constant('inline' as const),
    name: fc.string({ minLength: 1, maxLength: 40 }),
    csv: fc.string({ maxLength: 400 }),
  }),
  fc.record({
    kind: fc.constant('synthetic' as const),
    scenario: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string())),
    seed: fc.integer({ min: 0, max: URL_LIMITS.maxSeed }),
  }),
);

describe('URL hash codec', () => {
  it('an empty hash opens the built-in cohort with default settings and no message', () => {
    expect(decodeHash('')).toEqual({ state: DEFAULT_STATE, messages: [] });
    expect(decodeHash('#')).toEqual({ state: DEFAULT_STATE, messages: [] });
  });

  it('decodes every state it encodes to the same state, without messages', () => {
    fc.assert(
      fc.property(sourceArb, settingsArb, (source, settings) => {
        const state: UrlState = { source, settings };
        const decoded = decodeHash(encodeHash(state));
        expect(decoded.messages).toEqual([]);
        expect(decoded.state).toEqual(state);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('never throws and always returns a complete state, whatever the hash', () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(
          fc.tuple(
            fc.constantFrom('v', 'src', 'csv', 'scn', 'level', 'breps', 'sel', 'sort', 'x'),
            fc.string(),
          ),
        )
        .map((pairs) => '#' + pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(hostile, (hash) => {
        const { state, messages } = decodeHash(hash);
        expect(CHOICES.view).toContain(state.settings.view);
        expect(state.settings.level).toBeGreaterThanOrEqual(0.5);
        expect(state.settings.level).toBeLessThanOrEqual(0.999);
        expect(Array.isArray(messages)).toBe(true);
      }),
      { numRuns: 1000, seed: 7 },
    );
  }, 60_000);

  it('reads how the swimmer plot shows the grouping, and refuses another by name', () => {
    const good = decodeHash('#v=1&by=sex&sg=colour');
    expect(good.messages).toEqual([]);
    expect(good.state.settings).toMatchObject({ grouping: 'sex', swimmerGroups: 'colour' });
    expect(encodeHash(good.state)).toContain('sg=colour');
    const bad = decodeHash('#v=1&sg=stack');
    expect(bad.state.settings.swimmerGroups).toBe('split');
    expect(bad.messages).toEqual(['"sg" must be one of split, colour; got "stack"; using split.']);
  });

  it("reads the swimmer plot's time axis and window of weeks, and refuses bad ones by name", () => {
    const good = decodeHash('#v=1&sx=sqrt&sw=0.5-4');
    expect(good.messages).toEqual([]);
    expect(good.state.settings).toMatchObject({ swimmerScale: 'sqrt', swimmerWeeks: [0.5, 4] });
    expect(encodeHash(good.state)).toContain('sx=sqrt&sw=0.5-4');
    const bad = decodeHash('#v=1&sx=log&sw=4-2');
    expect(bad.state.settings).toMatchObject({ swimmerScale: 'linear', swimmerWeeks: null });
    expect(bad.messages).toEqual([
      '"sx" must be one of linear, sqrt; got "log"; using linear.',
      '"sw" must be two numbers FROM-TO with 0 ≤ FROM < TO ≤ 10,000; got "4-2"; using none.',
    ]);
  });

  it('refuses each bad setting by name, keeps the good ones, and falls back for the rest', () => {
    const { state, messages } = decodeHash(
      '#v=1&sort=dor&level=2&breps=-5&method=<script>&group=yes&view=km',
    );
    expect(state.settings.sort).toBe('dor');
    expect(state.settings.view).toBe('km');
    expect(state.settings.level).toBe(0.95);
    expect(state.settings.bootReps).toBe(DEFAULT_STATE.settings.bootReps);
    expect(state.settings.method).toBe('clopper-pearson');
    expect(messages.join(' ')).toMatch(/"level"/);
    expect(messages.join(' ')).toMatch(/"breps"/);
    expect(messages.join(' ')).toMatch(/"method"/);
    expect(messages.join(' ')).toMatch(/"group"/);
  });

  it('reads the analysis options, the grouping and the views of the reviewer endpoints', () => {
    const { state, messages } = decodeHash(
      '#v=1&resp=CR-PR&bw=2&lm=26,4,12.5&kmb=0,8,16&ttrs=survival&by=age%3A40%2C65&rho=1&cil=stacked&view=subgroups',
    );
    expect(messages).toEqual([]);
    expect(state.settings).toMatchObject({
      responders: 'CR-PR',
      byWeek: [2],
      landmarks: [4, 12.5, 26],
      kmBreaks: [0, 8, 16],
      ttrScale: 'survival',
      grouping: 'age:40,65',
      rho: 1,
      incidenceLayout: 'stacked',
      view: 'subgroups',
    });
    const bad = decodeHash('#v=1&resp=PR&lm=4,x&rho=-1&cil=pie&by=');
    expect(bad.state.settings).toMatchObject({
      responders: 'CR-PR-IMP',
      landmarks: [4, 12, 26],
      rho: 0,
      incidenceLayout: 'side-by-side',
      grouping: null,
    });
    expect(bad.messages).toEqual([
      '"resp" must be one of CR, CR-PR, CR-PR-IMP; got "PR"; using CR-PR-IMP.',
      '"lm" must be at most 10 comma-separated numbers from 0 to 1,040; got "4,x"; using 4, 12, 26.',
      '"by" must be sex, best_response, age:CUTS or a column name, of 1 to 200 characters; nothing was entered; using none.',
      '"rho" must be a number from 0 to 10; got "-1"; using 0.',
      '"cil" must be one of side-by-side, stacked; got "pie"; using side-by-side.',
    ]);
  });

  it('keeps lesson settings as plain strings and drops unusable ones with a message', () => {
    const { state, messages } = decodeHash(
      '#v=1&view=learn&lesson=discreteness&l.p=0.6&l.n=18&l.%3Cx%3E=1&lesson2=x',
    );
    expect(state.settings.view).toBe('learn');
    expect(state.settings.lesson).toBe('discreteness');
    expect(state.settings.lessonParams).toEqual({ p: '0.6', n: '18' });
    expect(messages).toEqual(['1 lesson setting(s) in the link were not usable.']);
    expect(decodeHash('#v=1&r.cohorts=500&r.seed=7').state.settings.reconstructParams).toEqual({
      cohorts: '500',
      seed: '7',
    });
    const design = decodeHash('#v=1&view=design&d.p0=0.75&d.s1=0.4&d.%3Cx%3E=1');
    expect(design.state.settings.view).toBe('design');
    expect(design.state.settings.designParams).toEqual({ p0: '0.75', s1: '0.4' });
    expect(design.messages).toEqual(['1 Design tab setting(s) in the link were not usable.']);
  });

  it("keeps a Kaplan–Meier figure's long k. values (a curve's points), up to their own limit", () => {
    const points = Array.from({ length: 500 }, (_, i) => `${i}.25:0.${String(9999 - i)}`).join(',');
    expect(points.length).toBeGreaterThan(URL_LIMITS.maxParamChars);
    const { state, messages } = decodeHash(`#v=1&k.p1=${points}&k.unit=months&r.x=${points}`);
    expect(state.settings.figureParams).toEqual({ p1: points, unit: 'months' });
    expect(messages).toEqual(['1 reconstruction setting(s) in the link were not usable.']);
    const tooLong = 'x'.repeat(URL_LIMITS.maxFigureParamChars + 1);
    expect(decodeHash(`#v=1&k.p1=${tooLong}`).messages).toEqual([
      '1 Kaplan–Meier figure setting(s) in the link were not usable.',
    ]);
  });

  it('opens the default cohort with a message when the inline cohort is corrupt', () => {
    const { state, messages } = decodeHash('#v=1&src=inline&name=x&csv=%%%not-base64');
    expect(state.source).toEqual(DEFAULT_STATE.source);
    expect(messages[0]).toMatch(/could not be read/);
  });

  it('reads a hand-written link without a version as the current version', () => {
    const { state, messages } = decodeHash('#view=learn&lesson=bayes&l.th=0.7');
    expect(messages).toEqual([]);
    expect(state.source).toEqual(DEFAULT_STATE.source);
    expect(state.settings.view).toBe('learn');
    expect(state.settings.lesson).toBe('bayes');
    expect(state.settings.lessonParams).toEqual({ th: '0.7' });
  });

  it('refuses an unknown version and an over-long hash as a whole', () => {
    expect(decodeHash('#v=99&sort=dor').state).toEqual(DEFAULT_STATE);
    expect(decodeHash('#v=99&sort=dor').messages[0]).toMatch(/known version/);
    const long = '#v=1&sel=' + 'a'.repeat(URL_LIMITS.maxHashChars);
    expect(decodeHash(long).state).toEqual(DEFAULT_STATE);
    expect(decodeHash(long).messages[0]).toMatch(/too long/);
  });

  it('stops a decompression bomb in the link at the size limit', () => {
    const bomb = encodeBase64Url(deflateSync(new Uint8Array(20_000_000)));
    expect(bomb.length).toBeLessThan(URL_LIMITS.maxHashChars);
    const { state, messages } = decodeHash(`#v=1&src=inline&csv=${bomb}`);
    expect(state.source.kind).toBe('builtin');
    expect(messages[0]).toMatch(/larger than/);
  });
});

describe('compressed text and base64url', () => {
  it('round-trips any Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(decompressText(compressText(text), 1_000_000)).toEqual({ ok: true, text });
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('round-trips any bytes through base64url and rejects foreign characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
      }),
      { numRuns: 300, seed: 4 },
    );
    expect(decodeBase64Url('ab+c')).toBeNull();
    expect(decodeBase64Url('abcde')).toBeNull();
  });

  it('refuses invalid UTF-8 and truncated streams with a message', () => {
    const bad = encodeBase64Url(deflateSync(new Uint8Array([0xff, 0xfe, 0xc3])));
    expect(decompressText(bad, 100)).toEqual({ ok: false, message: 'not valid UTF-8 text' });
    const full = compressText('x'.repeat(5000) + 'abcdefghijklmnopqrstuvwxyz'.repeat(50));
    const cut = decompressText(full.slice(0, 20), 100_000);
    expect(cut.ok).toBe(false);
  });
});
