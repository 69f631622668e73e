import type { KmTransform } from '../../engine/report.ts';

/**
 * The Kaplan–Meier interval transform the lessons use: log–log, the app's default, which keeps
 * the interval for a median closed more often than R's default "log" at these sample sizes.
 */
export const KM_TRANSFORM: KmTransform = 'log-log';
