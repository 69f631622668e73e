import type { Patient } from '../engine/cohort.ts';
import { OPTIONAL_FIELDS, REQUIRED_FIELDS, type Cell } from './patientFields.ts';

/**
 * One patient as a plain record in the input format's column names (`id`, `best_response`,
 * `response_wk`, …, then `extra`), as `analyze` prints derived patients.
 * @example patientRecord(patient).best_response // 'CR'
 */
export function patientRecord(patient: Patient): Record<string, Cell | Record<string, string>> {
  const record: Record<string, Cell | Record<string, string>> = {};
  for (const [name, get] of [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS]) record[name] = get(patient);
  record.extra = { ...patient.extra };
  return record;
}
