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
  it('shows the scenario as JSON with a labelled text area and a way back to the fitted one', () => {
    const html = editor(new ScenarioDraft(fitted));
    expect(html).toMatch(/<label[^>]*for="scenario-json"/);
    expect(html).toMatch(/<textarea[^>]*id="scenario-json"/);
    expect(html).toContain('"cutoff_wk": ');
    expect(html).toMatch(/data-testid="resim-scenario-fit"/);
    expect(html).not.toContain('role="alert"');
  });

  it('lists what keeps a scenario from being used, tied to the text area', () => {
    const draft = new ScenarioDraft(fitted);
    draft.text = '{"n": -1}';
    const html = editor(draft);
    expect(html).toMatch(/aria-invalid="true"/);
    expect(html).toMatch(/aria-describedby="scenario-json-issues"/);
    expect(html).toMatch(/role="alert" id="scenario-json-issues"/);
    expect(html).toMatch(/<li>n must be a whole number from 1 to 10000, got -1<\/li>/);
  });

  it('cannot fit without a cohort', () => {
    expect(editor(new ScenarioDraft(fitted), null)).toMatch(
      /<button[^>]*disabled[^>]*data-testid="resim-scenario-fit"/,
    );
  });
});
