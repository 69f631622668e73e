import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { AppState } from '../../src/state/AppState.svelte.ts';
import { appContext } from '../../src/state/context.ts';
import type { Settings } from '../../src/state/urlState.ts';
import { BUILTIN_CSV } from './hlhCohort.ts';

export { BUILTIN_CSV };

/**
 * An app state with these settings showing the cohort of `text`, read as the file `fileName`
 * is read on the Load tab (or no cohort, without text), for rendering panels outside `<App>`.
 */
export async function appShowing(
  settings: Partial<Settings> = {},
  text: string | null = BUILTIN_CSV,
  fileName = 'hlh-anakinra-2025.csv',
): Promise<AppState> {
  const app = new AppState();
  if (text !== null && !(await app.loadText(text, fileName))) {
    throw new Error(`${fileName} was refused: ${app.loader.refused?.messages.join('; ')}`);
  }
  app.update(settings);
  return app;
}

/** The HTML of a panel rendered on the server with `app` as its context. */
export function renderPanel(panel: Component, app: AppState): string {
  return render(panel, { context: appContext(app) }).body;
}
