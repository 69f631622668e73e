import { untrack } from 'svelte';
import {
  betaPrior,
  simonRule,
  type BetaPrior,
  type DesignResult,
  type DesignTask,
  type DesignedStudyReport,
  type DesignedStudySettings,
  type OperatingCharacteristics,
  type SimonDesign,
  type SimonDesigns,
  type StoppingRule,
} from '../../engine/design/index.ts';
import type { Scenario } from '../../engine/montecarlo/scenario.ts';
import type { ParamValues } from '../../io/params/ParamSet.ts';
import { poolRun } from '../../state/poolRun.svelte.ts';
import { characteristicRates } from './characteristicRates.ts';
import type { DesignParams } from './designParams.ts';
import { monitorLooks } from './monitorLooks.ts';

type Values = ParamValues<DesignParams>;
/** Simon's search for the values on screen. */
export type SimonTask = Extract<DesignTask, { kind: 'simon' }>;
/** The monitoring rule for the values on screen, with its exact characteristics. */
export type MonitorTask = Extract<DesignTask, { kind: 'monitor' }>;

/** What a simulation of a rule's characteristics was run for. */
export interface RuleSimulationInputs {
  rule: StoppingRule;
  rates: readonly number[];
  trials: number;
  seed: number;
}

/** What a simulation of the next study was run for. */
export interface StudyInputs extends DesignedStudySettings {
  rule: StoppingRule;
  /** Which design the rule is: Simon's chosen design or the monitoring rule. */
  source: 'simon' | 'monitor';
  scenario: Scenario;
  trials: number;
  seed: number;
}

/** A task or why it cannot be run. */
type Planned<T> = { task: T; problem: null } | { task: null; problem: string };

/**
 * The Design tab's computations on the worker pool, following the link's values: Simon's search
 * and the monitoring rule (boundaries and exact characteristics) start again whenever their
 * inputs change (the newer run supersedes the older), the simulated characteristics and the
 * simulated next study when asked. Each run is on its own lane and ends with the tab. What is
 * shown matches the values on screen: a result computed for other values reads as not yet there.
 * Create it while the panel initialises.
 * @example const plan = new DesignPlan(() => link.values); plan.designs?.optimal
 */
export class DesignPlan {
  readonly simon = poolRun<SimonTask, SimonDesigns | null>('design:simon', (pool, task, control) =>
    pool.design(task, control),
  );
  readonly monitor = poolRun<MonitorTask, DesignResult<MonitorTask>>(
    'design:monitor',
    (pool, task, control) => pool.design(task, control),
  );
  readonly simulated = poolRun<
    RuleSimulationInputs,
    (OperatingCharacteristics & { trials: number })[]
  >('design:rule', (pool, i, control) =>
    pool.simulateRule(i.rule, {
      rates: i.rates,
      trials: i.trials,
      seed: String(i.seed),
      ...control,
    }),
  );
  readonly study = poolRun<StudyInputs, DesignedStudyReport>('design:study', (pool, i, control) =>
    pool.simulateDesignedStudies(i.rule, i.scenario, {
      trials: i.trials,
      seed: String(i.seed),
      lookDelayWk: i.lookDelayWk,
      level: i.level,
      transform: i.transform,
      dorThresholdWk: i.dorThresholdWk,
      ...control,
    }),
  );

  #values: () => Values;
  #simonPlan = $derived.by<Planned<SimonTask>>(() => {
    const { s0: p0, s1: p1, sa: alpha, sb: beta, snmax: nmax } = this.#values();
    if (p1 <= p0) {
      return { task: null, problem: `p1 must be above p0 = ${p0}; got ${p1}.` };
    }
    return { task: { kind: 'simon', p0, p1, alpha, beta, nmax }, problem: null };
  });
  #simonKey = $derived(JSON.stringify(this.#simonPlan.task));
  #prior = $derived.by<BetaPrior>(() => {
    const v = this.#values();
    if (v.prior === 'historical')
      return betaPrior({ kind: 'historical', rate: v.hr, weight: v.hw });
    if (v.prior === 'beta') return betaPrior({ kind: 'beta', a: v.pa, b: v.pb });
    return betaPrior({ kind: v.prior });
  });
  #monitorPlan = $derived.by<Planned<MonitorTask>>(() => {
    const v = this.#values();
    if (v.tl >= v.tu) {
      return { task: null, problem: `θL must be below θU = ${v.tu}; got ${v.tl}.` };
    }
    return {
      task: {
        kind: 'monitor',
        nMax: v.mnmax,
        prior: this.#prior,
        p0: v.m0,
        thetaT: v.tt,
        thetaL: v.tl,
        thetaU: v.tu,
        looks: monitorLooks({ first: v.first, step: v.step, nMax: v.mnmax }),
        rates: characteristicRates([v.m0, v.m1]),
      },
      problem: null,
    };
  });
  #monitorKey = $derived(JSON.stringify(this.#monitorPlan.task));

  constructor(values: () => Values) {
    this.#values = values;
    $effect(() => {
      void this.#simonKey;
      const { task } = untrack(() => this.#simonPlan);
      if (task) untrack(() => void this.simon.start(task));
      else untrack(() => this.simon.cancel());
    });
    $effect(() => {
      void this.#monitorKey;
      const { task } = untrack(() => this.#monitorPlan);
      if (task) untrack(() => void this.monitor.start(task));
      else untrack(() => this.monitor.cancel());
    });
  }

  /** Why no Simon design is searched for (p1 not above p0), or `null`. */
  get simonProblem(): string | null {
    return this.#simonPlan.problem;
  }
  /**
   * Simon's designs for the values on screen: `undefined` while searching (or after a failure),
   * `null` when none fits within the largest n.
   */
  get designs(): SimonDesigns | null | undefined {
    const { inputs, result } = this.simon;
    return inputs !== null && JSON.stringify(inputs) === this.#simonKey ? result : undefined;
  }
  /** The design in use: the one the link names by its n when there is one, else the optimal. */
  get chosen(): SimonDesign | null {
    const designs = this.designs;
    if (!designs) return null;
    const n = this.#values().sn;
    return designs.candidates.find((d) => d.n === n) ?? designs.optimal;
  }
  /** The chosen design as a stopping rule. */
  get simonRule(): StoppingRule | null {
    const chosen = this.chosen;
    return chosen ? simonRule(chosen) : null;
  }
  /** The monitoring rule's prior. */
  get prior(): BetaPrior {
    return this.#prior;
  }
  /** Why the monitoring rule cannot be computed (θL not below θU), or `null`. */
  get monitorProblem(): string | null {
    return this.#monitorPlan.problem;
  }
  /** The rates at which the monitoring rule's characteristics are computed. */
  get monitorRates(): readonly number[] {
    return this.#monitorPlan.task?.rates ?? [];
  }
  /** The monitoring rule and its exact characteristics for the values on screen, or `null`. */
  get monitorResult(): DesignResult<MonitorTask> | null {
    const { inputs, result } = this.monitor;
    return inputs !== null && JSON.stringify(inputs) === this.#monitorKey ? result : null;
  }
}
