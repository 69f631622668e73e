/** What the client-built state tests use (see `importForClient`). */
export { flushSync } from 'svelte';
export { AppState } from '../../../src/state/AppState.svelte.ts';
export { Analysis } from '../../../src/state/Analysis.svelte.ts';
export { SessionKeeper } from '../../../src/state/session/SessionKeeper.svelte.ts';
