import type { Cohort } from '../../engine/cohort.ts';
import type { LessonAnalysis } from './analysis.ts';

/**
 * The props every lesson component takes: the loaded cohort, the app's analysis settings (the
 * app's defaults when left out) and the lesson's URL-kept control values with a way to change
 * them. Example: `let { cohort, params, onparams }: LessonProps = $props();`
 */
export interface LessonProps {
  cohort: Cohort;
  analysis?: LessonAnalysis;
  params: Record<string, string>;
  onparams: (params: Record<string, string>) => void;
}
