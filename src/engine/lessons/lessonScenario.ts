/**
 * A simple study design for the lessons' simulations: n patients enter at evenly spaced times over
 * the accrual period, each responds with probability `orr` after `onsetWk`, and a response lasts an
 * exponentially distributed time with median `dorMedianWk`. Times are weeks.
 */
export interface LessonScenario {
  /** Patients per study, >= 1. */
  n: number;
  /** True overall response rate, 0..1. */
  orr: number;
  /** True median duration of response, weeks, > 0. */
  dorMedianWk: number;
  /** Weeks from the start of treatment to response, >= 0. */
  onsetWk: number;
  /** Weeks from the first to the last patient's start, >= 0. */
  accrualWk: number;
}

/** Checks a scenario and returns it; throws a RangeError naming the first bad field. */
export function checkScenario(scenario: LessonScenario): LessonScenario {
  const { n, orr, dorMedianWk, onsetWk, accrualWk } = scenario;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  if (!(orr >= 0 && orr <= 1)) throw new RangeError(`orr must be in [0, 1], got ${orr}`);
  if (!(dorMedianWk > 0) || !Number.isFinite(dorMedianWk)) {
    throw new RangeError(`dorMedianWk must be a finite number > 0, got ${dorMedianWk}`);
  }
  if (!(onsetWk >= 0)) throw new RangeError(`onsetWk must be >= 0, got ${onsetWk}`);
  if (!(accrualWk >= 0)) throw new RangeError(`accrualWk must be >= 0, got ${accrualWk}`);
  return scenario;
}
