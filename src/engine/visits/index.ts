export * from './visitResponse.ts';
export * from './assessment.ts';
export * from './derivePatients.ts';
export * from './patientVisits.ts';
