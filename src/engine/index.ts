export * from './cohort.ts';
export * from './report.ts';
