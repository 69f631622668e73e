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
 * (`validateScenario`) as it changes. `ScenarioEditor` shows it as a form of fields
 * (`setField`) or as the JSON itself, one draft either way.
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

  /** The draft read as JSON (not yet checked), or `undefined` while it is not JSON. */
  get json(): unknown {
    const check = this.#check;
    if (check.ok) return check.json;
    try {
      return JSON.parse(this.text);
    } catch {
      return undefined;
    }
  }

  /**
   * Sets one field of the scenario, such as `['dor', 'median']` (`undefined` leaves the key out),
   * and writes the JSON again, so the text and a form of fields stay one draft. Does nothing
   * while the text is not a JSON object.
   */
  setField(path: readonly string[], value: unknown): void {
    const json = this.json;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return;
    const root = structuredClone(json) as Record<string, unknown>;
    let node = root;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      node = (
        typeof next === 'object' && next !== null && !Array.isArray(next) ? next : (node[key] = {})
      ) as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    if (value === undefined) delete node[last];
    else node[last] = value;
    this.text = pretty(root);
  }
}
