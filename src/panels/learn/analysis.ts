import { RESPONSE_GRADES, type ResponseCode } from '../../engine/cohort.ts';
import type { KmTransform, ProportionMethod } from '../../engine/report.ts';

/** The app's analysis settings a lesson follows unless its own controls say otherwise. */
export interface LessonAnalysis {
  method: ProportionMethod;
  level: number;
  /** The Kaplan–Meier interval transform for the median duration of response. */
  transform: KmTransform;
  /** Who counts as a responder: the app's responder definition. */
  responders: readonly ResponseCode[];
}

/**
 * The app's defaults: Clopper–Pearson, 95%, log–log (which keeps the interval for a median closed
 * more often than R's "log" at these sizes), and CR, PR and IMP as response.
 */
export const DEFAULT_LESSON_ANALYSIS: LessonAnalysis = {
  method: 'clopper-pearson',
  level: 0.95,
  transform: 'log-log',
  responders: RESPONSE_GRADES,
};

/** How a transform is named in lesson text. */
export const TRANSFORM_NAME: Record<KmTransform, string> = {
  log: 'log',
  'log-log': 'log–log',
  plain: 'plain',
};
