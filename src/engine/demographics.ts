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
  const ages: number[] = [];
  let female = 0;
  let male = 0;
  for (const p of patients) {
    if (p.age !== null) ages.push(p.age);
    if (p.sex === 'F') female++;
    else if (p.sex === 'M') male++;
  }
  return { female, male, median_age: median(ages) };
}
