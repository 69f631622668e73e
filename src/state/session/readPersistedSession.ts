import { validateScenario } from '../../engine/montecarlo/validateScenario.ts';
import { isBootstrapReport } from './isBootstrapReport.ts';
import { isSimulationReport } from './isSimulationReport.ts';
import {
  SESSION_FORMAT,
  SESSION_VERSION,
  type PersistedBootstrap,
  type PersistedCohort,
  type PersistedResim,
  type PersistedSession,
} from './persistedSession.ts';
import { keepImport, readKeptImport } from './readKeptImport.ts';
import { isInt, isNum, isObj, isStr } from './shapeChecks.ts';

/** A record read from storage: the usable session (or `null`) and a notice for every part ignored. */
export interface ReadSession {
  session: PersistedSession | null;
  notices: string[];
}

const IGNORED = 'The session kept in this browser could not be read';

function readCohort(v: unknown): PersistedCohort | null | undefined {
  if (v === null) return null;
  if (!isObj(v) || !isStr(v.name) || !isStr(v.description) || !isStr(v.csv)) return undefined;
  if (v.notice !== null && !isStr(v.notice)) return undefined;
  const cohort: PersistedCohort = {
    name: v.name,
    description: v.description,
    notice: v.notice,
    csv: v.csv,
  };
  const imported = readKeptImport(v.imported);
  if (imported) cohort.imported = keepImport(imported);
  return cohort;
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
