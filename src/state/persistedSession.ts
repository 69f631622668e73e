import type { BootstrapReport } from '../engine/montecarlo/bootstrapReport.ts';
import { BOOTSTRAP_STATISTICS } from '../engine/montecarlo/bootstrapStatistics.ts';
import type { Scenario } from '../engine/montecarlo/scenario.ts';
import type { SimulationReport } from '../engine/montecarlo/simulationReport.ts';
import { validateScenario } from '../engine/montecarlo/validateScenario.ts';
import { KM_TRANSFORMS, PROPORTION_METHODS } from '../engine/report.ts';
import type { Settings } from './urlState.ts';

/** Marks a record as a Cohortscope session. */
export const SESSION_FORMAT = 'cohortscope-session';
/** Version of the record's shape; a record of another version is ignored. */
export const SESSION_VERSION = 1;

/** The cohort of a session when its link alone cannot bring it back with its header. */
export interface PersistedCohort {
  name: string;
  description: string;
  notice: string | null;
  csv: string;
}

/** A finished bootstrap with the cohort and settings it was computed with. */
export interface PersistedBootstrap {
  cohortKey: string;
  reps: number;
  seed: number;
  level: number;
  responders: string[];
  report: BootstrapReport;
}

/** A finished re-simulation with the cohort and settings it was computed with. */
export interface PersistedResim {
  cohortKey: string;
  trials: number;
  seed: number;
  level: number;
  scenario: Scenario;
  report: SimulationReport;
}

/** Everything a page keeps in this browser so that a reload or a crash loses nothing; written whole. */
export interface PersistedSession {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  /** When the record was written (ms since 1970); the last writer wins. */
  savedAt: number;
  /** Random id of the page that wrote it. */
  writer: string;
  /** The link of the state: settings, and the cohort's source. */
  hash: string;
  /** Name of the cohort on screen, as its heading shows it. */
  name: string;
  /** Identity of the cohort on screen ({@link cohortKey} of its CSV). */
  cohortKey: string;
  /** The cohort itself for uploaded, reconstructed and large cohorts; `null` for built-in and synthetic ones. */
  cohort: PersistedCohort | null;
  bootstrap: PersistedBootstrap | null;
  resim: PersistedResim | null;
}

/** A record read from storage: the usable session (or `null`) and a notice for every part ignored. */
export interface ReadSession {
  session: PersistedSession | null;
  notices: string[];
}

const IGNORED = 'The session kept in this browser could not be read';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);
const isNumOrNull = (v: unknown) => v === null || isNum(v);
const isNumArray = (v: unknown) => Array.isArray(v) && v.every(isNum);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isInterval = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every(isNumOrNull);
const isHistogram = (v: unknown, probabilities = false) =>
  isObj(v) &&
  isNumArray(v.values) &&
  isNumArray(probabilities ? v.probabilities : v.counts) &&
  (v.values as number[]).length ===
    ((probabilities ? v.probabilities : v.counts) as number[]).length;

function isStatisticSummary(v: unknown): boolean {
  return (
    isObj(v) &&
    isNumOrNull(v.estimate) &&
    isNumOrNull(v.se) &&
    isNum(v.undefined_fraction) &&
    isObj(v.ci) &&
    isInterval(v.ci.percentile) &&
    isInterval(v.ci.basic) &&
    isInterval(v.ci.bca) &&
    isHistogram(v.histogram) &&
    (v.exact === undefined || isHistogram(v.exact, true))
  );
}

/**
 * Whether `v` has the shape of a bootstrap report, down to every number the panel reads.
 * @example isBootstrapReport({ reps: 1 }) // false
 */
export function isBootstrapReport(v: unknown): v is BootstrapReport {
  return (
    isObj(v) &&
    isInt(v.reps) &&
    isStr(v.seed) &&
    isNum(v.level) &&
    isObj(v.statistics) &&
    BOOTSTRAP_STATISTICS.every((s) => isStatisticSummary((v.statistics as Obj)[s]))
  );
}

const isPerformance = (v: unknown) => isObj(v) && isNum(v.coverage) && isNumOrNull(v.mean_width);

/**
 * Whether `v` has the shape of a re-simulation report, down to every number the panel reads.
 * @example isSimulationReport({ trials: 1 }) // false
 */
export function isSimulationReport(v: unknown): v is SimulationReport {
  if (!isObj(v) || !isInt(v.trials) || !isStr(v.seed) || !isNum(v.level)) return false;
  if (!validateScenario(v.scenario).ok) return false;
  if (!isObj(v.truth) || !isNum(v.truth.orr) || !isNum(v.truth.dor_median)) return false;
  const orr = v.orr;
  if (!isObj(orr) || !isNum(orr.mean) || !isNumOrNull(orr.sd) || !isHistogram(orr.histogram))
    return false;
  if (
    !isObj(orr.intervals) ||
    !PROPORTION_METHODS.every((m) => isPerformance((orr.intervals as Obj)[m]))
  )
    return false;
  const dor = v.dor_median;
  if (!isObj(dor) || !isNum(dor.not_reached_fraction) || !isNum(dor.no_responder_fraction))
    return false;
  if (!isNumOrNull(dor.mean) || !isNumOrNull(dor.sd) || !isObj(dor.quantiles)) return false;
  const q = dor.quantiles;
  if (!isNumOrNull(q.p05) || !isNumOrNull(q.p50) || !isNumOrNull(q.p95)) return false;
  const h = dor.histogram;
  if (!isObj(h) || !isNumArray(h.edges) || !isNumArray(h.counts)) return false;
  if (
    (h.counts as number[]).length > 0 &&
    (h.edges as number[]).length !== (h.counts as number[]).length + 1
  )
    return false;
  return (
    isObj(dor.intervals) &&
    KM_TRANSFORMS.every((t) => {
      const p = (dor.intervals as Obj)[t];
      return isPerformance(p) && isNum((p as Obj).unbounded_fraction);
    })
  );
}

function readCohort(v: unknown): PersistedCohort | null | undefined {
  if (v === null) return null;
  if (!isObj(v) || !isStr(v.name) || !isStr(v.description) || !isStr(v.csv)) return undefined;
  if (v.notice !== null && !isStr(v.notice)) return undefined;
  return { name: v.name, description: v.description, notice: v.notice, csv: v.csv };
}

function readBootstrap(v: unknown): PersistedBootstrap | null | undefined {
  if (v === null) return null;
  if (!isObj(v) || !isStr(v.cohortKey) || !isInt(v.reps) || !isInt(v.seed) || !isNum(v.level))
    return undefined;
  if (!Array.isArray(v.responders) || !v.responders.every(isStr)) return undefined;
  if (!isBootstrapReport(v.report) || v.report.reps !== v.reps || v.report.level !== v.level)
    return undefined;
  return {
    cohortKey: v.cohortKey,
    reps: v.reps,
    seed: v.seed,
    level: v.level,
    responders: [...(v.responders as string[])],
    report: v.report,
  };
}

function readResim(v: unknown): PersistedResim | null | undefined {
  if (v === null) return null;
  if (!isObj(v) || !isStr(v.cohortKey) || !isInt(v.trials) || !isInt(v.seed) || !isNum(v.level))
    return undefined;
  const scenario = validateScenario(v.scenario);
  if (!scenario.ok || !isSimulationReport(v.report)) return undefined;
  if (v.report.trials !== v.trials || v.report.level !== v.level) return undefined;
  return {
    cohortKey: v.cohortKey,
    trials: v.trials,
    seed: v.seed,
    level: v.level,
    scenario: scenario.scenario,
    report: v.report,
  };
}

/**
 * Reads a value found in storage as a session, defensively: nothing found gives no session and
 * no notice; a malformed record is ignored with a notice; a malformed result alone is dropped
 * with a notice and the rest is kept. Never throws.
 *
 * @example readPersistedSession('garbage').notices[0] // 'The session kept in this browser could not be read …'
 */
export function readPersistedSession(value: unknown): ReadSession {
  if (value === undefined || value === null) return { session: null, notices: [] };
  const ignore = (why: string): ReadSession => ({
    session: null,
    notices: [`${IGNORED} (${why}); it was ignored.`],
  });
  if (!isObj(value) || value.format !== SESSION_FORMAT) return ignore('not a session record');
  if (value.version !== SESSION_VERSION)
    return ignore(`version ${JSON.stringify(value.version)}, this page reads ${SESSION_VERSION}`);
  if (!isNum(value.savedAt) || !isStr(value.writer)) return ignore('no time or writer');
  if (!isStr(value.hash) || !value.hash.startsWith('#')) return ignore('no link');
  if (!isStr(value.cohortKey) || !isStr(value.name)) return ignore('no cohort identity');
  const cohort = readCohort(value.cohort);
  if (cohort === undefined) return ignore('the cohort is damaged');
  const notices: string[] = [];
  let bootstrap = readBootstrap(value.bootstrap ?? null);
  if (bootstrap === undefined) {
    notices.push('The bootstrap result kept in this browser was damaged and is not shown.');
    bootstrap = null;
  }
  let resim = readResim(value.resim ?? null);
  if (resim === undefined) {
    notices.push('The re-simulation result kept in this browser was damaged and is not shown.');
    resim = null;
  }
  return {
    session: {
      format: SESSION_FORMAT,
      version: SESSION_VERSION,
      savedAt: value.savedAt,
      writer: value.writer,
      hash: value.hash,
      name: value.name,
      cohortKey: value.cohortKey,
      cohort,
      bootstrap,
      resim,
    },
    notices,
  };
}

/**
 * A short identity of a cohort from its canonical CSV (two 32-bit FNV-1a hashes and the length);
 * equal CSV gives equal keys, and a changed character almost surely changes the key.
 *
 * @example cohortKey('id\nA1') === cohortKey('id\nA1') // true
 */
export function cohortKey(csv: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ csv.length;
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (i & 0xff), 0x01000193) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}-${csv.length}`;
}

/**
 * Whether a kept bootstrap belongs to the cohort `key` with these settings and responders, so
 * that showing it again shows the numbers those inputs give.
 *
 * @example bootstrapMatches(kept, key, settings, ['CR', 'PR', 'IMP'])
 */
export function bootstrapMatches(
  kept: PersistedBootstrap,
  key: string,
  settings: Settings,
  responders: readonly string[],
): boolean {
  return (
    kept.cohortKey === key &&
    kept.reps === settings.bootReps &&
    kept.seed === settings.bootSeed &&
    kept.level === settings.level &&
    kept.responders.length === responders.length &&
    kept.responders.every((r, i) => r === responders[i])
  );
}

/**
 * Whether a kept re-simulation belongs to the cohort `key` with these settings, where `scenario`
 * is the one the settings ask for (the edited one, or the one fitted to the cohort).
 *
 * @example resimMatches(kept, key, settings, fitScenario(cohort))
 */
export function resimMatches(
  kept: PersistedResim,
  key: string,
  settings: Settings,
  scenario: unknown,
): boolean {
  return (
    kept.cohortKey === key &&
    kept.trials === settings.resimTrials &&
    kept.seed === settings.resimSeed &&
    kept.level === settings.level &&
    JSON.stringify(kept.scenario) === JSON.stringify(scenario)
  );
}

/**
 * One sentence saying what clearing the storage deleted, from what was kept before.
 * @example describeCleared(null, null) // 'Everything Cohortscope kept in this browser is deleted (there was nothing kept).'
 */
export function describeCleared(
  session: PersistedSession | null,
  largeCohortName: string | null,
  unreadable = false,
): string {
  const parts: string[] = [];
  if (session) {
    const what = [`the cohort “${session.name}”`, 'its settings'];
    if (session.bootstrap) what.push('a bootstrap result');
    if (session.resim) what.push('a re-simulation result');
    parts.push(`the saved session (${joinAnd(what)})`);
  } else if (unreadable) parts.push('an unreadable saved session');
  if (largeCohortName !== null && largeCohortName !== session?.cohort?.name)
    parts.push(`the large cohort “${largeCohortName}”`);
  if (parts.length === 0)
    return 'Everything Cohortscope kept in this browser is deleted (there was nothing kept).';
  return `Everything Cohortscope kept in this browser is deleted: ${joinAnd(parts)}. Reopening the page without a link shows the built-in cohort.`;
}

function joinAnd(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A random id for the page writing the records, to tell writers apart.
 * @example makeWriterId() // 'k3v9x0q1'
 */
export function makeWriterId(): string {
  return Math.random().toString(36).slice(2, 10).padEnd(8, '0');
}
