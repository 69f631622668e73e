import type { KmEnsembleSummary } from '../../engine/kmfigure/kmEnsembleSummary.ts';
import type { DigitisedCurve } from '../../worker/api.ts';
import type { WorkerRun } from '../WorkerRun.svelte.ts';
import { FigureDigitiser } from './FigureDigitiser.svelte.ts';
import {
  figureEnsembleRun,
  readingRun,
  type FigureEnsembleInputs,
  type ReadingInputs,
} from './figureRuns.ts';

/** The Kaplan–Meier figure of one app: the digitiser, the run that reads curves and the ensemble's run. */
export interface FigureSession {
  digitiser: FigureDigitiser;
  reading: WorkerRun<ReadingInputs, DigitisedCurve>;
  ensemble: WorkerRun<FigureEnsembleInputs, KmEnsembleSummary>;
}

const sessions = new WeakMap<object, FigureSession>();

/**
 * The figure session of an app, made on first use and kept while the app lives, so the image,
 * the calibration, the curves and the ensemble stay when the user looks at other tabs (the tab's
 * panel is made anew each time it opens). Kept here rather than in the app state so that none of
 * it enters the page's first bundle; made in an effect root of its own, which lives as long as
 * the app.
 * @example const { digitiser } = figureSession(getAppState());
 */
export function figureSession(app: object): FigureSession {
  let session = sessions.get(app);
  if (session) return session;
  const make = () => {
    session = {
      digitiser: new FigureDigitiser(),
      reading: readingRun(),
      ensemble: figureEnsembleRun(),
    };
  };
  // Made in a root of its own, so that its derived values do not end with the panel that asked
  // first (they would go stale when it is destroyed). A server render runs no effect root.
  $effect.root(make);
  if (!session) make();
  sessions.set(app, session!);
  return session!;
}
