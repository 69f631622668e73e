export * from './binomialPValue.ts';
export * from './binomialTest.ts';
export * from './binomialTestPower.ts';
export * from './powerByN.ts';
export * from './smallestNForPower.ts';
export * from './simonDesign.ts';
