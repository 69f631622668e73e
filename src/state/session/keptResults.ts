import type { Cohort, ResponseCode } from '../../engine/cohort.ts';
import type { BootstrapReport } from '../../engine/montecarlo/bootstrapReport.ts';
import type { SimulationReport } from '../../engine/montecarlo/simulationReport.ts';
import type { BootstrapInputs, ResimInputs } from '../MonteCarloRuns.svelte.ts';
import type { Settings } from '../urlState.ts';
import { bootstrapMatches } from './bootstrapMatches.ts';
import { canonicalCsv } from './canonicalCsv.ts';
import type { PersistedSession } from './persistedSession.ts';
import { resimMatches } from './resimMatches.ts';

/** The state a kept session came back to: only results that this state would compute again are shown. */
export interface RestoredState {
  cohort: Cohort;
  settings: Settings;
  responders: readonly ResponseCode[];
  /** The scenario fitted to `cohort`, which the re-simulation uses unless the settings hold an edited one. */
  fittedScenario: unknown;
}

/** A kept result with the inputs to put it back into its run with. */
export interface KeptResult<I, R> {
  inputs: I;
  result: R;
}

/**
 * The results of a kept session that belong to the restored cohort and settings, each with the
 * inputs of its run (`WorkerRun.restore`); a result computed with other inputs is left out. The
 * cohort is matched by the fingerprint of its canonical CSV (`canonicalCsv`, built a piece
 * per task the first time).
 * @example const { bootstrap } = await keptResults(session, state); if (bootstrap) run.restore(bootstrap.inputs, bootstrap.result);
 */
export async function keptResults(
  session: PersistedSession,
  state: RestoredState,
): Promise<{
  bootstrap: KeptResult<BootstrapInputs, BootstrapReport> | null;
  resim: KeptResult<ResimInputs, SimulationReport> | null;
}> {
  const { cohort, settings, responders } = state;
  const { key } = await canonicalCsv(cohort);
  const { bootstrap: boot, resim } = session;
  const wanted = settings.resimScenario ?? state.fittedScenario;
  return {
    bootstrap:
      boot && bootstrapMatches(boot, key, settings, responders)
        ? {
            inputs: { cohort, reps: boot.reps, seed: boot.seed, level: boot.level, responders },
            result: boot.report,
          }
        : null,
    resim:
      resim && resimMatches(resim, key, settings, wanted)
        ? {
            inputs: {
              cohort,
              scenario: resim.scenario,
              trials: resim.trials,
              seed: resim.seed,
              level: resim.level,
            },
            result: resim.report,
          }
        : null,
  };
}
