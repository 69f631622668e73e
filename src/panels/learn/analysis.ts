import type { KmTransform, ProportionMethod } from '../../engine/report.ts';

/** The app's analysis settings a lesson follows unless its own controls say otherwise. */
export interface LessonAnalysis {
  method: ProportionMethod;
  level: number;
  /** The Kaplan–Meier interval transform for the median duration of response. */
  transform: KmTransform;
}

/** The app's defaults: Clopper–Pearson, 95%, log–log (which keeps the interval for a median closed more often than R's "log" at these sizes). */
export const DEFAULT_LESSON_ANALYSIS: LessonAnalysis = {
  method: 'clopper-pearson',
  level: 0.95,
  transform: 'log-log',
};

/** How a transform is named in lesson text. */
export const TRANSFORM_NAME: Record<KmTransform, string> = {
  log: 'log',
  'log-log': 'log–log',
  plain: 'plain',
};
