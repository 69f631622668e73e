import type { Cohort } from '../../engine/cohort.ts';
import type { BootstrapReport } from '../../engine/montecarlo/bootstrapReport.ts';
import type { SimulationReport } from '../../engine/montecarlo/simulationReport.ts';
import type { CohortMeta } from '../cohortMeta.ts';
import type { BootstrapInputs, ResimInputs } from '../MonteCarloRuns.svelte.ts';
import type { CohortSource } from '../urlState.ts';
import type { ImportDetails } from '../importSpec.ts';
import { canonicalCsv } from './canonicalCsv.ts';
import { keepImport } from './readKeptImport.ts';
import { SESSION_FORMAT, SESSION_VERSION, type PersistedSession } from './persistedSession.ts';

/** A run's last result with the inputs it belongs to, as `WorkerRun` keeps them. */
interface Finished<I, R> {
  inputs: I | null;
  result: R | null;
}

/** What a session record is written from. */
export interface SessionParts {
  writer: string;
  savedAt: number;
  hash: string;
  cohort: Cohort;
  meta: CohortMeta;
  source: CohortSource;
  /** How the cohort was read from files, when it was mapped or derived. */
  imported?: ImportDetails | null;
  bootstrap: Finished<BootstrapInputs, BootstrapReport>;
  resim: Finished<ResimInputs, SimulationReport>;
}

/**
 * The whole session record of a state: the cohort itself when its link cannot bring it back
 * (inline and bundle sources), and each finished result computed from this very cohort, copied.
 * The record names the cohort by the fingerprint of its canonical CSV (`canonicalCsv`, built a
 * piece per task the first time). Every part is read when it is called, so a run that
 * finishes while the CSV is being built does not get into this record; whether the state is
 * still the one on screen once it resolves is the caller's to check.
 * @example writeSessionRecord(await sessionRecord({ writer, savedAt: Date.now(), hash, cohort, … }))
 */
export async function sessionRecord(parts: SessionParts): Promise<PersistedSession> {
  const { cohort, meta, source } = parts;
  const b = parts.bootstrap.inputs;
  const r = parts.resim.inputs;
  const boot = parts.bootstrap.result;
  const resim = parts.resim.result;
  const keepsCohort = source.kind === 'inline' || source.kind === 'bundle';
  const imported = keepsCohort && parts.imported ? { imported: keepImport(parts.imported) } : {};
  const bootstrap =
    b && b.cohort === cohort && boot
      ? {
          reps: b.reps,
          seed: b.seed,
          level: b.level,
          responders: [...b.responders],
          report: $state.snapshot(boot) as BootstrapReport,
        }
      : null;
  const resimulation =
    r && r.cohort === cohort && resim
      ? {
          trials: r.trials,
          seed: r.seed,
          level: r.level,
          scenario: $state.snapshot(r.scenario),
          report: $state.snapshot(resim) as SimulationReport,
        }
      : null;
  const { csv, key } = await canonicalCsv(cohort);
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    savedAt: parts.savedAt,
    writer: parts.writer,
    hash: parts.hash,
    name: meta.name,
    cohortKey: key,
    cohort: keepsCohort
      ? {
          name: meta.name,
          description: meta.description,
          notice: meta.notice,
          csv: source.kind === 'inline' ? source.csv : csv,
          ...imported,
        }
      : null,
    bootstrap: bootstrap && { cohortKey: key, ...bootstrap },
    resim: resimulation && { cohortKey: key, ...resimulation },
  };
}
