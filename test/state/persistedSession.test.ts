import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/engine/montecarlo/bootstrap.ts';
import { fitScenario } from '../../src/engine/montecarlo/fitScenario.ts';
import { simulateStudies } from '../../src/engine/montecarlo/simulateStudies.ts';
import { cohortToCsv } from '../../src/io/cohortToCsv.ts';
import { encodeHash } from '../../src/state/encodeHash.ts';
import { bootstrapMatches } from '../../src/state/session/bootstrapMatches.ts';
import { csvFingerprint } from '../../src/state/session/csvFingerprint.ts';
import { describeCleared } from '../../src/state/session/describeCleared.ts';
import { isBootstrapReport } from '../../src/state/session/isBootstrapReport.ts';
import { isSimulationReport } from '../../src/state/session/isSimulationReport.ts';
import {
  SESSION_FORMAT,
  SESSION_VERSION,
  type PersistedSession,
} from '../../src/state/session/persistedSession.ts';
import { readPersistedSession } from '../../src/state/session/readPersistedSession.ts';
import { resimMatches } from '../../src/state/session/resimMatches.ts';
import { DEFAULT_SETTINGS, DEFAULT_STATE } from '../../src/state/urlState.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';

const RESPONDERS = ['CR', 'PR', 'IMP'];

/** A whole, valid session of the built-in cohort with both results, as the page writes it. */
async function validSession(): Promise<PersistedSession> {
  const cohort = hlhCohort();
  const key = csvFingerprint(cohortToCsv(cohort));
  const { scenario } = fitScenario(cohort);
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    savedAt: 1_700_000_000_000,
    writer: 'abcd1234',
    hash: encodeHash(DEFAULT_STATE),
    name: 'HLH',
    cohortKey: key,
    cohort: null,
    bootstrap: {
      cohortKey: key,
      reps: 200,
      seed: DEFAULT_SETTINGS.bootSeed,
      level: 0.95,
      responders: RESPONDERS,
      report: bootstrap(cohort, { reps: 200, seed: String(DEFAULT_SETTINGS.bootSeed) }),
    },
    resim: {
      cohortKey: key,
      trials: 50,
      seed: DEFAULT_SETTINGS.resimSeed,
      level: 0.95,
      scenario,
      report: simulateStudies(scenario, { trials: 50, seed: String(DEFAULT_SETTINGS.resimSeed) }),
    },
  };
}

/** A record as a damaged store may hold it: any field may be anything. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- damaged data has no type
type Loose = Record<string, any>;

/** A deep copy with one change made by `edit`. */
function damaged(session: PersistedSession, edit: (s: Loose) => void): unknown {
  const copy = structuredClone(session) as Loose;
  edit(copy);
  return copy;
}

describe('reading a kept session', () => {
  it('gives back a whole valid record unchanged, without notices', async () => {
    const session = await validSession();
    const read = readPersistedSession(structuredClone(session));
    expect(read.notices).toEqual([]);
    expect(read.session).toEqual(session);
  });

  it('finds nothing, and says nothing, when nothing was kept', () => {
    expect(readPersistedSession(undefined)).toEqual({ session: null, notices: [] });
    expect(readPersistedSession(null)).toEqual({ session: null, notices: [] });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['another format', { format: 'other', version: 1 }],
  ])('ignores %s with a notice and never throws', (_, value) => {
    const read = readPersistedSession(value);
    expect(read.session).toBeNull();
    expect(read.notices).toHaveLength(1);
    expect(read.notices[0]).toMatch(/could not be read .*ignored/);
  });

  it('ignores a record of another version, naming it', async () => {
    const read = readPersistedSession(damaged(await validSession(), (s) => (s.version = 2)));
    expect(read.session).toBeNull();
    expect(read.notices[0]).toMatch(/version 2, this page reads 1/);
  });

  it.each<[string, (s: Loose) => void]>([
    ['no link', (s) => delete s.hash],
    ['a link without #', (s) => (s.hash = 'v=1')],
    ['no writer', (s) => (s.writer = 7)],
    ['a time that is not a number', (s) => (s.savedAt = 'now')],
    ['no cohort identity', (s) => delete s.cohortKey],
    ['a cohort without CSV', (s) => (s.cohort = { name: 'x', description: '', notice: null })],
    [
      'a cohort with a non-text notice',
      (s) => (s.cohort = { name: 'x', description: '', notice: 3, csv: '' }),
    ],
  ])('ignores the whole record with %s', async (_, edit) => {
    const read = readPersistedSession(damaged(await validSession(), edit));
    expect(read.session).toBeNull();
    expect(read.notices).toHaveLength(1);
  });

  it.each<[string, (s: Loose) => void]>([
    ['a missing statistic', (s) => delete s.bootstrap.report.statistics.orr],
    ['a text where a number belongs', (s) => (s.bootstrap.report.statistics.cr.se = '0.1')],
    ['NaN in an interval', (s) => (s.bootstrap.report.statistics.cr.ci.bca = [NaN, 1])],
    [
      'histogram arrays of different lengths',
      (s) => s.bootstrap.report.statistics.orr.histogram.counts.push(1),
    ],
    ['replicates that differ from the report', (s) => (s.bootstrap.reps = 201)],
    ['responders that are not text', (s) => (s.bootstrap.responders = [1])],
  ])('drops a bootstrap with %s, with a notice, and keeps the rest', async (_, edit) => {
    const session = await validSession();
    const read = readPersistedSession(damaged(session, edit));
    expect(read.session?.bootstrap).toBeNull();
    expect(read.session?.resim).toEqual(session.resim);
    expect(read.session?.hash).toBe(session.hash);
    expect(read.notices).toEqual([
      'The bootstrap result kept in this browser was damaged and is not shown.',
    ]);
  });

  it.each<[string, (s: Loose) => void]>([
    ['an invalid scenario', (s) => (s.resim.scenario = { n: -1 })],
    ['a missing interval method', (s) => delete s.resim.report.orr.intervals.wilson],
    ['a median histogram with wrong edges', (s) => s.resim.report.dor_median.histogram.edges.pop()],
    ['a level that differs from the report', (s) => (s.resim.level = 0.9)],
  ])('drops a re-simulation with %s, with a notice, and keeps the rest', async (_, edit) => {
    const session = await validSession();
    const read = readPersistedSession(damaged(session, edit));
    expect(read.session?.resim).toBeNull();
    expect(read.session?.bootstrap).toEqual(session.bootstrap);
    expect(read.notices).toEqual([
      'The re-simulation result kept in this browser was damaged and is not shown.',
    ]);
  });

  it('accepts real reports from the engine and refuses empty objects', async () => {
    const session = await validSession();
    expect(isBootstrapReport(session.bootstrap!.report)).toBe(true);
    expect(isSimulationReport(session.resim!.report)).toBe(true);
    expect(isBootstrapReport({})).toBe(false);
    expect(isSimulationReport({})).toBe(false);
  });
});

describe('cohort identity', () => {
  it('is equal for equal CSV and differs when one character changes', async () => {
    const csv = cohortToCsv(hlhCohort());
    expect(csvFingerprint(csv)).toBe(csvFingerprint(String(csv)));
    const changed = csv.replace(/,CR,/, ',PR,');
    expect(changed).not.toBe(csv);
    expect(csvFingerprint(changed)).not.toBe(csvFingerprint(csv));
    expect(csvFingerprint('ab')).not.toBe(csvFingerprint('ba'));
  });
});

describe('showing kept results again', () => {
  it('shows a bootstrap only with the same cohort, replicates, seed, level and responders', async () => {
    const kept = (await validSession()).bootstrap!;
    const settings = { ...DEFAULT_SETTINGS, bootReps: 200 };
    expect(bootstrapMatches(kept, kept.cohortKey, settings, RESPONDERS)).toBe(true);
    expect(bootstrapMatches(kept, 'other-key', settings, RESPONDERS)).toBe(false);
    expect(bootstrapMatches(kept, kept.cohortKey, DEFAULT_SETTINGS, RESPONDERS)).toBe(false);
    expect(bootstrapMatches(kept, kept.cohortKey, { ...settings, bootSeed: 1 }, RESPONDERS)).toBe(
      false,
    );
    expect(bootstrapMatches(kept, kept.cohortKey, { ...settings, level: 0.9 }, RESPONDERS)).toBe(
      false,
    );
    expect(bootstrapMatches(kept, kept.cohortKey, settings, ['CR', 'PR'])).toBe(false);
  });

  it('shows a re-simulation only with the same cohort, studies, seed, level and scenario', async () => {
    const kept = (await validSession()).resim!;
    const settings = { ...DEFAULT_SETTINGS, resimTrials: 50 };
    const scenario = structuredClone(kept.scenario);
    expect(resimMatches(kept, kept.cohortKey, settings, scenario)).toBe(true);
    expect(resimMatches(kept, 'other-key', settings, scenario)).toBe(false);
    expect(resimMatches(kept, kept.cohortKey, DEFAULT_SETTINGS, scenario)).toBe(false);
    expect(resimMatches(kept, kept.cohortKey, { ...settings, resimSeed: 3 }, scenario)).toBe(false);
    expect(resimMatches(kept, kept.cohortKey, settings, { ...scenario, n: 19 })).toBe(false);
  });
});

describe('saying what was cleared', () => {
  it('names the session, its cohort and its results, and the large cohort', async () => {
    const session = await validSession();
    const text = describeCleared(session, 'large');
    expect(text).toMatch(/kept in this browser is deleted/);
    expect(text).toContain(
      'the saved session (the cohort “HLH”, its settings, a bootstrap result and a re-simulation result) and the large cohort “large”',
    );
  });

  it('does not name the large cohort twice when it is the session’s cohort', async () => {
    const session = {
      ...(await validSession()),
      name: 'large',
      cohort: { name: 'large', description: '', notice: null, csv: '' },
      bootstrap: null,
      resim: null,
    };
    expect(describeCleared(session, 'large')).toContain(
      'the saved session (the cohort “large” and its settings).',
    );
  });

  it('says so when nothing or only something unreadable was kept', () => {
    expect(describeCleared(null, null)).toMatch(/there was nothing kept/);
    expect(describeCleared(null, null, true)).toContain('an unreadable saved session');
  });
});
