import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/analyze.ts';
import { RESPONSE_GRADES, type Cohort } from '../src/engine/cohort.ts';
import { parseCohort } from '../src/io/parseCohort.ts';

// The built-in cohort must reproduce every figure of the seed study's abstract through the engine.
const FILE = 'hlh-anakinra-2025.csv';
const text = readFileSync(new URL(`../public/cohorts/${FILE}`, import.meta.url), 'utf8');
const side = JSON.parse(
  readFileSync(new URL('../public/cohorts/hlh-anakinra-2025.json', import.meta.url), 'utf8'),
);
const parsed = parseCohort(text, { fileName: FILE });
if (!parsed.ok) throw new Error(`${FILE} was refused: ${JSON.stringify(parsed.issues)}`);
const cohort: Cohort = parsed.cohort;
const report = analyze(cohort, { level: 0.95, responders: RESPONSE_GRADES, byWeek: [1] });
const shown = `report: ${JSON.stringify({ ...report, dor: { ...report.dor, table: undefined } })}`;
const responders = cohort.patients.filter((p) => p.responseWk !== null);

describe(`built-in cohort ${FILE} reproduces the abstract`, () => {
  it('imports without warnings', () => {
    expect(parsed.warnings, JSON.stringify(parsed.warnings)).toEqual([]);
  });

  it('"A total of 18 patients"', () => {
    expect(report.n, shown).toBe(18);
  });

  it('"16 female"', () => {
    expect(report.demographics.female, shown).toBe(16);
    expect(report.demographics.male, shown).toBe(2);
  });

  it('"median age 37.6 years"', () => {
    expect(report.demographics.median_age, shown).toBeCloseTo(37.6, 9);
  });

  it('"the ORR was 83.3% (15/18)"', () => {
    expect([report.orr!.x, report.orr!.n], shown).toEqual([15, 18]);
    expect((report.orr!.estimate ?? 0) * 100, shown).toBeCloseTo(83.3, 1);
  });

  it('"2 CR (11.1%) and 13 PR (72.2%)", no patient coded IMP', () => {
    expect(report.cr!.x, shown).toBe(2);
    expect((report.cr!.estimate ?? 0) * 100, shown).toBeCloseTo(11.1, 1);
    expect(report.pr!.x, shown).toBe(13);
    expect((report.pr!.estimate ?? 0) * 100, shown).toBeCloseTo(72.2, 1);
    expect(report.imp!.x, shown).toBe(0);
  });

  it('"a median time to first response of just 1.0 week"', () => {
    expect(report.ttr.responders_median, shown).toBe(1);
  });

  it('"14 patients (77.8%) achieved response within the first week"', () => {
    expect(report.response_by_week['1'].x, shown).toBe(14);
    expect((report.response_by_week['1'].estimate ?? 0) * 100, shown).toBeCloseTo(77.8, 1);
  });

  it('"13 patients (72.2%) achieved a ≥50% dose reduction with a median time of 1.0 week"', () => {
    expect([report.gc_halved?.x, report.gc_halved?.n], shown).toEqual([13, 18]);
    expect((report.gc_halved?.estimate ?? 0) * 100, shown).toBeCloseTo(72.2, 1);
    expect(report.gc_halved?.median_time, shown).toBe(1);
  });

  it('"All patients with fever at baseline (3 cases) resolved their fever within 1 week"', () => {
    expect(report.fever, shown).toMatchObject({
      baseline: 3,
      resolved: 3,
      resolved_by_week: { 1: 3 },
    });
  });

  it('"a median duration of remission (DOR) of only 1.0 week" (Kaplan–Meier)', () => {
    expect(report.dor?.median, shown).toBe(1);
    expect(report.dor?.n, shown).toBe(15);
  });

  it('the DOR median does not rest on the flat-stretch midpoint rule: S falls from above to below 0.5 at 1 week', () => {
    const table = report.dor?.table ?? [];
    const at1 = table.find((row) => row.time === 1);
    const before = table.filter((row) => row.time < 1);
    expect(at1?.survival, shown).toBeLessThan(0.5 - 0.01);
    expect(
      before.every((row) => row.survival > 0.5 + 0.01),
      shown,
    ).toBe(true);
  });

  it('"no drug-related serious adverse events"', () => {
    expect(cohort.columns).toContain('sae_related');
    const related = cohort.patients.filter((p) => p.saeRelated !== false).map((p) => p.id);
    expect(related).toEqual([]);
  });
});

describe(`built-in cohort ${FILE} is internally consistent`, () => {
  it('every time lies within follow-up and every loss follows the response', () => {
    for (const p of cohort.patients) {
      const times = [p.responseWk, p.crWk, p.lossWk, p.deathWk, p.feverResolvedWk, p.gcHalvedWk];
      for (const t of times)
        if (t !== null) expect(t, JSON.stringify(p)).toBeLessThanOrEqual(p.followupWk);
      if (p.lossWk !== null)
        expect(p.lossWk, JSON.stringify(p)).toBeGreaterThan(p.responseWk ?? Infinity);
      if (p.deathWk !== null) expect(p.followupWk, JSON.stringify(p)).toBe(p.deathWk);
    }
  });

  it('non-responders have no response time; responders have one', () => {
    for (const p of cohort.patients) {
      expect(p.responseWk === null, JSON.stringify(p)).toBe(p.bestResponse === 'NR');
    }
    expect(responders).toHaveLength(15);
  });

  it('follow-up fits enrolment January–August 2025 with the stated cut-off', () => {
    const { cutoff } = side.assumptions;
    const longest = (Date.parse(cutoff) - Date.parse('2025-01-01')) / 86_400_000 / 7;
    const shortest = (Date.parse(cutoff) - Date.parse('2025-08-31')) / 86_400_000 / 7;
    for (const p of cohort.patients) {
      expect(p.followupWk, JSON.stringify(p)).toBeLessThanOrEqual(longest);
      if (p.deathWk === null)
        expect(p.followupWk, JSON.stringify(p)).toBeGreaterThanOrEqual(Math.floor(shortest));
    }
  });

  it('baseline glucocorticoid doses are plausible (30–80 mg prednisone equivalent)', () => {
    for (const p of cohort.patients) {
      expect(p.gcBaselineMg, p.id).toBeGreaterThanOrEqual(30);
      expect(p.gcBaselineMg, p.id).toBeLessThanOrEqual(80);
    }
  });

  it('the side file says it is a reconstruction, not the real patients, and notes the cut-off conflict', () => {
    expect(side.file).toBe(FILE);
    expect(side.reconstruction).toBe(true);
    expect(side.notice).toMatch(
      /reconstruction consistent with the published figures, not the real patients/i,
    );
    expect(side.provenance.join(' ')).toMatch(/April 2025/);
  });
});
