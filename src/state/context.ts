import { getContext, setContext } from 'svelte';
import type { AppState } from './AppState.svelte.ts';

const APP_STATE = Symbol('cohortscope.app-state');

/** Makes the app state available to every component below the caller (call in `App.svelte`). */
export function setAppState(state: AppState): AppState {
  return setContext(APP_STATE, state);
}

/** The app state set by an ancestor with {@link setAppState}; throws if there is none. */
export function getAppState(): AppState {
  const state = getContext<AppState | undefined>(APP_STATE);
  if (!state) throw new Error('getAppState() called outside of <App>');
  return state;
}
