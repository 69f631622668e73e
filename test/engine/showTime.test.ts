import { describe, expect, it } from 'vitest';
import { showTime } from '../../src/engine/showTime.ts';
import { toWeeks } from '../../src/engine/timeUnit.ts';

describe('showTime writes a time held in weeks in the unit its file gave it in', () => {
  it('gives back the day a file wrote, not its weeks with six digits', () => {
    expect(showTime(44 / 7, 'days')).toBe('day 44');
    expect(showTime(toWeeks(44, 'days'), 'days')).toBe('day 44');
    expect(showTime(toWeeks(1932, 'days'), 'days')).toBe('day 1932');
  });

  it('gives back months and weeks as written', () => {
    expect(showTime(toWeeks(1.5, 'months'), 'months')).toBe('month 1.5');
    expect(showTime(toWeeks(6, 'months'), 'months')).toBe('month 6');
    expect(showTime(6.5, 'weeks')).toBe('week 6.5');
    expect(showTime(6.5)).toBe('week 6.5');
  });

  it('rounds what no file wrote to six significant digits', () => {
    expect(showTime(44 / 7)).toBe('week 6.28571');
  });

  it('writes a length with its plural', () => {
    expect(showTime(toWeeks(30, 'days'), 'days', { as: 'duration' })).toBe('30 days');
    expect(showTime(1 / 7, 'days', { as: 'duration' })).toBe('1 day');
    expect(showTime(4, 'weeks', { as: 'duration' })).toBe('4 weeks');
    expect(showTime(1, 'weeks', { as: 'duration' })).toBe('1 week');
  });

  it('round-trips every whole day of ten years', () => {
    for (let day = 0; day <= 3653; day += 1) {
      expect(showTime(toWeeks(day, 'days'), 'days')).toBe(`day ${day}`);
    }
  });
});
