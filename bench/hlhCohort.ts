import { readFileSync } from 'node:fs';
import type { Cohort, OptionalColumn, Patient, ResponseCode } from '../src/engine/cohort.ts';

const num = (s: string) => (s === '' ? null : Number(s));

/** The built-in 18-patient HLH–anakinra cohort, read from its CSV without the importer. */
export function hlhCohort(): Cohort {
  const url = new URL('../public/cohorts/hlh-anakinra-2025.csv', import.meta.url);
  const [header, ...rows] = readFileSync(url, 'utf8').trim().split('\n');
  const names = header.split(',');
  const patients: Patient[] = rows.map((row) => {
    const cells = row.split(',');
    const get = (name: string) => cells[names.indexOf(name)] ?? '';
    return {
      id: get('id'),
      bestResponse: get('best_response') as ResponseCode,
      responseWk: num(get('response_wk')),
      crWk: num(get('cr_wk')),
      lossWk: num(get('loss_wk')),
      deathWk: num(get('death_wk')),
      followupWk: Number(get('followup_wk')),
      age: num(get('age')),
      sex: (get('sex') || null) as Patient['sex'],
      feverBaseline: get('fever_baseline') === '' ? null : get('fever_baseline') === '1',
      feverResolvedWk: num(get('fever_resolved_wk')),
      gcBaselineMg: num(get('gc_baseline_mg')),
      gcHalvedWk: num(get('gc_halved_wk')),
      saeRelated: get('sae_related') === '' ? null : get('sae_related') === '1',
      extra: {},
    };
  });
  const columns: OptionalColumn[] = [
    'cr_wk',
    'loss_wk',
    'death_wk',
    'age',
    'sex',
    'fever_baseline',
    'fever_resolved_wk',
    'gc_baseline_mg',
    'gc_halved_wk',
    'sae_related',
  ];
  return {
    name: 'HLH–anakinra 2025',
    source: 'public/cohorts/hlh-anakinra-2025.csv',
    patients,
    columns,
  };
}
