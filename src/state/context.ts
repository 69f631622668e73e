import { getContext, setContext } from 'svelte';
import type { Analysis } from './Analysis.svelte.ts';
import type { AppState } from './AppState.svelte.ts';
import type { CohortLoader } from './CohortLoader.svelte.ts';
import type { FileImport } from './FileImport.svelte.ts';
import type { MonteCarloRuns } from './MonteCarloRuns.svelte.ts';
import type { SessionKeeper } from './session/SessionKeeper.svelte.ts';

const APP_STATE = Symbol('cohortscope.app-state');

/** Makes the app state available to every component below the caller (call in `App.svelte`). */
export function setAppState(state: AppState): AppState {
  return setContext(APP_STATE, state);
}

/**
 * The context that {@link setAppState} gives, for mounting a panel outside of `App.svelte`
 * (`mount` or `render` take it as their `context` option), as tests do.
 * @example render(LearnPanel, { context: appContext(app) })
 */
export function appContext(state: AppState): Map<symbol, AppState> {
  return new Map([[APP_STATE, state]]);
}

/**
 * The app state set by an ancestor with {@link setAppState}: the settings, the link and the
 * notices; throws if there is none. Each concern has its own getter below.
 * @example const app = getAppState(); app.update({ level: 0.9 });
 */
export function getAppState(): AppState {
  const state = getContext<AppState | undefined>(APP_STATE);
  if (!state) throw new Error('getAppState() called outside of <App>');
  return state;
}

/** The cohort on screen and its loading. Example: `const loader = getCohortLoader(); loader.cohort`. */
export function getCohortLoader(): CohortLoader {
  return getAppState().loader;
}

/** What is derived from the cohort on screen: report, curves, fitted scenario. */
export function getAnalysis(): Analysis {
  return getAppState().analysis;
}

/** The bootstrap and re-simulation runs. Example: `const { bootstrap } = getRuns();`. */
export function getRuns(): MonteCarloRuns {
  return getAppState().runs;
}

/** The files being read on the Load tab (sheet chooser, mapping step). Example: `getFileImport().open(files)`. */
export function getFileImport(): FileImport {
  return getAppState().imports;
}

/** The session kept in this browser. Example: `await getSessionKeeper().clearStored()`. */
export function getSessionKeeper(): SessionKeeper {
  return getAppState().session;
}
