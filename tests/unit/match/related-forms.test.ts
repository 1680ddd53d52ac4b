import { describe, expect, it } from 'vitest';
import { CLOSE_NUMBER_SIMILARITY, VARIANT_SIMILARITY, formSimilarity, numberValue } from '../../../utils/match/related-forms';
import { stem } from '../../../utils/text/index';

describe('formSimilarity', () => {
  it.each([
    ['inspected', 'inspection'],
    ['prisoners', 'prisoner'],
    ['disclosed', 'disclosure'],
  ])('%s ~ %s (derivational variants)', (a, b) => {
    expect(formSimilarity(stem(a), stem(b))).toBe(VARIANT_SIMILARITY);
  });
  it.each([
    ['police', 'policy'],
    ['general', 'generous'],
    ['continue', 'continent'],
    ['port', 'portrait'],
  ])('%s ≁ %s', (a, b) => {
    expect(formSimilarity(stem(a), stem(b))).toBe(0);
  });
  it.each([
    ['45000', '40000', CLOSE_NUMBER_SIMILARITY],
    ['120', '118', CLOSE_NUMBER_SIMILARITY],
    ['45000', '30000', 0],
    ['3', '4', 0],
    ['1964', 'dam', 0],
  ])('numbers %s / %s → %d', (a, b, expected) => {
    expect(formSimilarity(a, b)).toBe(expected);
  });
  it('reads number values and NaN for words', () => {
    expect(numberValue('3.5')).toBe(3.5);
    expect(Number.isNaN(numberValue('dam'))).toBe(true);
  });
});
