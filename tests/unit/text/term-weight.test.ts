import { describe, expect, it } from 'vitest';
import { NUMBER_WEIGHT, termWeight } from '../../../utils/text/index';

describe('termWeight', () => {
  it.each([
    ['said', 'referendum'], ['the', 'minister'], ['year', 'cartel'], ['people', 'zwxqvname'],
  ])('%s weighs less than %s', (common, rare) => {
    expect(termWeight(common)).toBeLessThan(termWeight(rare));
  });
  it('gives unknown words (names) the maximum weight', () => {
    expect(termWeight('qzxwvbort')).toBe(1);
  });
  it('gives numbers a high weight', () => {
    expect(termWeight('1834')).toBe(NUMBER_WEIGHT);
    expect(termWeight('1834')).toBeGreaterThan(termWeight('said') * 3);
  });
  it('accepts tokens as well as stems', () => {
    expect(termWeight('reported')).toBeCloseTo(termWeight('report'), 5);
  });
  it.each(['the', 'said', 'government', 'x'])('%s is in (0, 1]', (t) => {
    expect(termWeight(t)).toBeGreaterThan(0);
    expect(termWeight(t)).toBeLessThanOrEqual(1);
  });
});
