export * from './atRiskTable.ts';
export * from './reconstructFromKm.ts';
export * from './stepMedian.ts';
export * from './kmDiagnostics.ts';
export * from './timeUnit.ts';
export * from './reconstructionToCohort.ts';
export * from './kmEnsemble.ts';
export * from './rRound.ts';
