import type { Scenario } from '../engine/montecarlo/scenario.ts';
import { validateScenario } from '../engine/montecarlo/validateScenario.ts';

/**
 * What a scenario draft holds: the JSON as typed (`json`) and the checked scenario with its
 * defaults filled in, or every reason it cannot be used.
 */
export type ScenarioCheck =
  { ok: true; json: unknown; scenario: Scenario } | { ok: false; issues: string[] };

const pretty = (scenario: unknown) => JSON.stringify(scenario, null, 2);

/**
 * A simulation scenario being edited: its text, and that text read and checked
 * (`validateScenario`) as it changes. `ScenarioEditor` shows it; a form of fields can later edit
 * the same draft.
 * @example const draft = new ScenarioDraft(fitScenario(cohort).scenario); draft.check.ok // true
 */
export class ScenarioDraft {
  text = $state('');
  #check = $derived.by((): ScenarioCheck => {
    let json: unknown;
    try {
      json = JSON.parse(this.text);
    } catch (e) {
      return { ok: false, issues: [`not valid JSON: ${(e as Error).message}`] };
    }
    const checked = validateScenario(json);
    return checked.ok ? { ok: true, json, scenario: checked.scenario } : checked;
  });

  constructor(scenario: unknown) {
    this.text = pretty(scenario);
  }

  /** The draft read and checked. */
  get check(): ScenarioCheck {
    return this.#check;
  }

  /** Replaces the draft with a scenario (the one fitted to the cohort, say). */
  set(scenario: unknown): void {
    this.text = pretty(scenario);
  }
}
