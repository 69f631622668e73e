/**
 * Links written before the parameter codec keep their meaning: each decodes, without a message,
 * to the state it was written from, and that state is written back with the same parameters.
 */
import { describe, expect, it } from 'vitest';
import { decodeHash } from '../../src/state/decodeHash.ts';
import { encodeHash } from '../../src/state/encodeHash.ts';
import { DEFAULT_SETTINGS, DEFAULT_STATE, type UrlState } from '../../src/state/urlState.ts';

const d = DEFAULT_SETTINGS;

/** Links as the app wrote them before, with the states they were written from. */
const LINKS: [string, UrlState][] = [
  [
    '#v=1&src=builtin&id=hlh-anakinra-2025&view=summary&method=clopper-pearson&level=0.95&tr=log-log&sort=followup&group=0&breps=2000&bseed=20250101&bstat=orr&rtrials=1000&rseed=20250102',
    DEFAULT_STATE,
  ],
  [
    '#v=1&src=synthetic&scn=q1bKU7IytNBRKkotLsjPK05VsqpWSi5SsjLQM9ZRKoAxMnMLQCyj2loA&sseed=42&view=resim&method=clopper-pearson&level=0.95&tr=log-log&sort=followup&group=0&breps=2000&bseed=20250101&bstat=orr&rtrials=5000&rseed=7&rscn=q1bKU7IyNqgFAA',
    {
      source: {
        kind: 'synthetic',
        scenario: { n: 18, response: { cr: 0.3, pr: 0.3, imp: 0.2 } },
        seed: 42,
      },
      settings: { ...d, view: 'resim', resimTrials: 5000, resimSeed: 7, resimScenario: { n: 30 } },
    },
  ],
  [
    '#v=1&src=inline&name=ward+7&csv=y0zRSUotLokvSi0uyM8rTtVJy8_JyS8vLYgvz-YKMNRxDtIxNOACAA&view=bootstrap&method=wilson&level=0.9&tr=plain&sort=dor&group=1&sel=P1&breps=10000000&bseed=4294967295&bstat=dor_median&rtrials=1000&rseed=20250102',
    {
      source: { kind: 'inline', name: 'ward 7', csv: 'id,best_response,followup_wk\nP1,CR,10\n' },
      settings: {
        ...d,
        view: 'bootstrap',
        method: 'wilson',
        level: 0.9,
        transform: 'plain',
        sort: 'dor',
        group: true,
        selected: 'P1',
        bootReps: 10_000_000,
        bootSeed: 4294967295,
        bootStatistic: 'dor_median',
      },
    },
  ],
  [
    '#v=1&src=bundle&name=big&view=learn&method=clopper-pearson&level=0.95&tr=log-log&sort=followup&group=0&breps=2000&bseed=20250101&bstat=orr&rtrials=1000&rseed=20250102&lesson=coverage&l.n=30&l.level=0.9&l.m=wald%2Cwilson',
    {
      source: { kind: 'bundle', name: 'big' },
      settings: {
        ...d,
        view: 'learn',
        lesson: 'coverage',
        lessonParams: { n: '30', level: '0.9', m: 'wald,wilson' },
      },
    },
  ],
  [
    '#v=1&src=builtin&id=hlh-anakinra-2025&view=reconstruct&method=clopper-pearson&level=0.95&tr=log-log&sort=followup&group=0&breps=2000&bseed=20250101&bstat=orr&rtrials=1000&rseed=20250102&r.cohorts=500&r.seed=7&r.boot=200',
    {
      source: DEFAULT_STATE.source,
      settings: {
        ...d,
        view: 'reconstruct',
        reconstructParams: { cohorts: '500', seed: '7', boot: '200' },
      },
    },
  ],
];

/** A link's parameters, in any order. */
const pairs = (hash: string) => [...new URLSearchParams(hash.slice(1))].sort();

/** The fit settings a link now carries, at their defaults (older links fit with these). */
const FIT_DEFAULTS = '&fdor=auto&fttr=auto&fcens=auto&fhide=';

/**
 * The settings added since (the responder definition, the landmark and "responded by" weeks,
 * the Kaplan–Meier views, ρ, the competing-risk layout, the swimmer's time axis and how it shows groups), at their defaults: a link is written
 * with every setting explicit, so an old link comes back with these added; the grouping, `null`
 * by default, is left out.
 */
const ADDED =
  '&resp=CR-PR-IMP&bw=1,2,4&lm=4,12,26&kmb=&ttrs=event&rho=0&cil=side-by-side&sx=linear&sg=split';

describe('links written by the previous version', () => {
  it.each(LINKS)('%s decodes to the same state and is written back alike', (hash, state) => {
    expect(decodeHash(hash)).toEqual({ state, messages: [] });
    expect(pairs(encodeHash(state))).toEqual(pairs(hash + ADDED + FIT_DEFAULTS));
  });
});

describe('the fit settings of a link', () => {
  it('are read back as written', () => {
    const settings = {
      ...d,
      fitDor: 'mixture-weibull',
      fitTtr: 'exponential',
      fitCensoring: 'right',
      fitVisitWk: 2,
      fitBreaks: [1, 4.5],
      fitTtrBreaks: [0.5, 2],
      fitHidden: ['weibull', 'km'],
    } as const;
    const hash = encodeHash({ source: DEFAULT_STATE.source, settings });
    expect(hash).toContain(
      '&fdor=mixture-weibull&fttr=exponential&fcens=right&fvisit=2&fbrk=1%2C4.5&ftbrk=0.5%2C2&fhide=weibull%2Ckm',
    );
    expect(decodeHash(hash)).toEqual({
      state: { source: DEFAULT_STATE.source, settings },
      messages: [],
    });
  });
});

describe('a setting the link gets wrong', () => {
  it.each([
    ['breps=0', '"breps" must be a whole number from 1 to 1,000,000,000; got "0"; using 2,000.'],
    [
      'bseed=-1',
      '"bseed" must be a whole number from 0 to 4,294,967,295; got "-1"; using 20,250,101.',
    ],
    ['level=0.3', '"level" must be a number from 0.5 to 0.9999; got "0.3"; using 0.95.'],
    ['tr=logit', '"tr" must be one of log, log-log, plain; got "logit"; using log-log.'],
    ['group=yes', '"group" must be 0 or 1; got "yes"; using 0.'],
    ['sel=', '"sel" must be a patient id of 1 to 200 characters; nothing was entered; using none.'],
    [
      'fdor=gamma',
      '"fdor" must be one of auto, exponential, weibull, lognormal, loglogistic, piecewise, mixture-exponential, mixture-weibull, mixture-lognormal, mixture-loglogistic, km, mixture; got "gamma"; using auto.',
    ],
    [
      'fvisit=0',
      '"fvisit" must be a number from 0.01 to 520, or auto (detected from the data); got "0"; using auto.',
    ],
    [
      'fbrk=0,2',
      '"fbrk" must be 1 to 49 comma-separated numbers from 0.01 to 520, or auto (the tertiles of the event times); got "0,2"; using auto.',
    ],
    [
      'ftbrk=2,x',
      '"ftbrk" must be 1 to 49 comma-separated numbers from 0.01 to 520, or auto (the tertiles of the event times); got "2,x"; using auto.',
    ],
    [
      'src=zip',
      '"src" must be one of builtin, synthetic, inline, bundle; got "zip"; using builtin.',
    ],
  ])('%s is named with what is allowed and the value used', (hash, message) => {
    expect(decodeHash(`#${hash}`).messages).toEqual([message]);
  });

  it('takes a value with spaces around, and a level between the menu choices', () => {
    expect(decodeHash('#breps=%20500%20&level=0.85')).toMatchObject({
      state: { settings: { bootReps: 500, level: 0.85 } },
      messages: [],
    });
  });
});
