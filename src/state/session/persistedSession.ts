import type { BootstrapReport } from '../../engine/montecarlo/bootstrapReport.ts';
import type { Scenario } from '../../engine/montecarlo/scenario.ts';
import type { SimulationReport } from '../../engine/montecarlo/simulationReport.ts';
import type { KeptImport } from './readKeptImport.ts';

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
  /**
   * How it was read from files, when it was mapped or derived: the spec and, so that a reload
   * shows them again, the derivations with their source table and the ADTTE disagreements.
   */
  imported?: KeptImport;
}

/**
 * A finished bootstrap with the cohort and settings it was computed with. `cohortKey` is the
 * `csvFingerprint` of the cohort's CSV (the field keeps the name version 1 records were written with).
 */
export interface PersistedBootstrap {
  cohortKey: string;
  reps: number;
  seed: number;
  level: number;
  responders: string[];
  report: BootstrapReport;
}

/** A finished re-simulation with the cohort and settings it was computed with (`cohortKey` as above). */
export interface PersistedResim {
  cohortKey: string;
  trials: number;
  seed: number;
  level: number;
  scenario: Scenario;
  report: SimulationReport;
}

/**
 * Everything a page keeps in this browser so that a reload or a crash loses nothing; written
 * whole, in one IndexedDB transaction, and read back with `readPersistedSession`.
 */
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
  /** Identity of the cohort on screen: the `csvFingerprint` of its CSV. */
  cohortKey: string;
  /** The cohort itself for uploaded, reconstructed and large cohorts; `null` for built-in and synthetic ones. */
  cohort: PersistedCohort | null;
  bootstrap: PersistedBootstrap | null;
  resim: PersistedResim | null;
}
