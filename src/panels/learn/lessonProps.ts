import type { Cohort } from '../../engine/cohort.ts';
import type { Scenario } from '../../engine/montecarlo/scenario.ts';
import type { LessonAnalysis } from './analysis.ts';

/**
 * The props every lesson component takes from the Learn panel: the loaded cohort, the app's
 * analysis settings (the app's defaults when left out), the scenario fitted to the cohort as the
 * lessons imitate it (`lessonScenario`; `null` when none could be fitted) and the lesson's
 * URL-kept control values with a way to change them, and where to report the values of a link
 * it could not use. Example: `let { cohort, params, onparams, onnotice }: LessonProps = $props();`
 */
export interface LessonProps {
  cohort: Cohort;
  analysis?: LessonAnalysis;
  scenario: Scenario | null;
  params: Record<string, string>;
  onparams: (params: Record<string, string>) => void;
  /** Told the messages about `l.` values of the link that the lesson could not use. */
  onnotice?: (messages: string[]) => void;
}
