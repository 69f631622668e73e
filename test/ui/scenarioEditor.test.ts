import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { fitScenario } from '../../src/engine/montecarlo/fitScenario.ts';
import { ScenarioDraft } from '../../src/ui/ScenarioDraft.svelte.ts';
import ScenarioEditor from '../../src/ui/ScenarioEditor.svelte';
import { hlhCohort as hlh } from '../helpers/hlhCohort.ts';

const fitted = fitScenario(hlh()).scenario;
const editor = (draft: ScenarioDraft, fit: unknown = fitted) =>
  render(ScenarioEditor, {
    props: { draft, fitted: fit, id: 'scenario-json', testid: 'resim-scenario' },
  }).body;

describe('ScenarioDraft', () => {
  it('starts from a scenario, and reads it back as typed and with its defaults', () => {
    const draft = new ScenarioDraft(fitted);
    expect(JSON.parse(draft.text)).toEqual(fitted);
    const check = draft.check;
    expect(check.ok && check.scenario).toEqual(fitted);
    draft.text = '{"n": 20}';
    expect(draft.check.ok).toBe(false);
  });

  it('says when the text is not JSON, and names each field a scenario gets wrong', () => {
    const draft = new ScenarioDraft(fitted);
    draft.text = '{ "n": ';
    const broken = draft.check;
    expect(!broken.ok && broken.issues[0]).toMatch(/^not valid JSON: /);
    draft.text = JSON.stringify({ ...fitted, n: -1, cutoff_wk: 0 });
    const wrong = draft.check;
    expect(!wrong.ok && wrong.issues.join('\n')).toMatch(/n must be a whole number from 1/);
    expect(!wrong.ok && wrong.issues.length).toBeGreaterThan(1);
  });

  it('keeps what was typed as typed: defaults are filled in only in the checked scenario', () => {
    const draft = new ScenarioDraft({ ...fitted, accrual_wk: undefined });
    const check = draft.check;
    expect(check.ok && (check.json as Record<string, unknown>).accrual_wk).toBeUndefined();
    expect(check.ok && check.scenario.accrual_wk).toBe(0);
  });
});

describe('ScenarioEditor', () => {
  it('shows the scenario as a form of labelled fields, numbers rounded, with the JSON a toggle away and a way back to the fitted one', () => {
    const html = editor(new ScenarioDraft(fitted));
    expect(html).toMatch(/data-testid="scenario-json-form"/);
    expect(html).toMatch(/<label[^>]*for="scenario-json-n"[^>]*>Patients per study<\/label>/);
    expect(html).toMatch(/<input[^>]*id="scenario-json-n"[^>]*value="18"/);
    // the fitted log-logistic DOR median, four significant digits in the field
    const median = Number(fitted.dor.distribution === 'loglogistic' && fitted.dor.median);
    expect(html).toContain(`value="${Number(median.toPrecision(4))}"`);
    expect(html).toMatch(/aria-pressed="false"[^>]*data-testid="resim-scenario-json-toggle"/);
    expect(html).toMatch(/data-testid="resim-scenario-fit"/);
    expect(html).not.toContain('role="alert"');
  });

  it('names what keeps a scenario from being used beside the field it concerns', () => {
    const draft = new ScenarioDraft(fitted);
    draft.text = JSON.stringify({ ...fitted, n: -1 });
    const html = editor(draft);
    expect(html).toMatch(
      /<input[^>]*id="scenario-json-n"[^>]*aria-invalid="true"[^>]*aria-describedby="scenario-json-n-issues"/,
    );
    expect(html).toMatch(/<ul id="scenario-json-n-issues"[^>]*role="alert"/);
    expect(html).toContain('<li>n must be a whole number from 1 to 10000, got -1</li>');
  });

  it('says when the text is not an object the form can show', () => {
    const draft = new ScenarioDraft(fitted);
    draft.text = '{"n": ';
    expect(editor(draft)).toMatch(
      /role="alert">\s*The scenario is not a JSON object the form can show/,
    );
  });

  it('cannot fit without a cohort', () => {
    expect(editor(new ScenarioDraft(fitted), null)).toMatch(
      /<button[^>]*disabled[^>]*data-testid="resim-scenario-fit"/,
    );
  });
});
