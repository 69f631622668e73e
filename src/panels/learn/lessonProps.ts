import type { Cohort } from '../../engine/cohort.ts';
import type { LessonAnalysis } from './analysis.ts';

/**
 * The props every lesson component takes: the loaded cohort, the app's analysis settings (the
 * app's defaults when left out), the lesson's URL-kept control values with a way to change
 * them, and where to report the values of a link it could not use.
 * Example: `let { cohort, params, onparams, onnotice }: LessonProps = $props();`
 */
export interface LessonProps {
  cohort: Cohort;
  analysis?: LessonAnalysis;
  params: Record<string, string>;
  onparams: (params: Record<string, string>) => void;
  /** Told the messages about `l.` values of the link that the lesson could not use. */
  onnotice?: (messages: string[]) => void;
}
