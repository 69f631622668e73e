export * from './issue.ts';
export * from './limits.ts';
export * from './parseCohort.ts';
export * from './cohortToCsv.ts';
export * from './cohortCsvChunks.ts';
export * from './formulaGuard.ts';
