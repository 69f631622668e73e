import type { Patient } from './cohort.ts';
import { median } from './median.ts';

/**
 * Counts female and male patients and the median age of those with a recorded age.
 * @example demographics(patients) // { female: 16, male: 2, median_age: 37.6 }
 */
export function demographics(patients: readonly Patient[]): {
  female: number;
  male: number;
  median_age: number | null;
} {
  const ages = patients.map((p) => p.age).filter((a): a is number => a !== null);
  return {
    female: patients.filter((p) => p.sex === 'F').length,
    male: patients.filter((p) => p.sex === 'M').length,
    median_age: median(ages),
  };
}
