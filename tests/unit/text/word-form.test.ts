import { describe, expect, it } from 'vitest';
import { placeName, sameWordForm } from '../../../utils/text/word-form';

describe('sameWordForm: one word in two spellings or forms', () => {
  it.each([
    ['peru', 'peruvian'], ['japan', 'japanese'], ['norway', 'norwegian'], ['ukraine', 'ukrainian'],
    ['defence', 'defense'], ['germany', 'german'], ['canada', 'canadian'], ['china', 'chinese'],
    ['italy', 'italian'], ['sweden', 'swedish'], ['turkey', 'turkish'], ['portugal', 'portuguese'],
    ['europe', 'european'], ['mexico', 'mexican'], ['ministry', 'ministries'], ['official', 'officials'],
    ['zelensky', 'zelenskyy'], ['zelensky', 'zelenskiy'], ['odesa', 'odessa'],
  ])('%s ~ %s', (a, b) => {
    expect(sameWordForm(a, b)).toBe(true);
    expect(sameWordForm(b, a)).toBe(true);
  });
  it.each([
    ['roberts', 'robertson'], ['niger', 'nigeria'], ['india', 'indiana'], ['slovakia', 'slovenia'],
    ['australian', 'austrian'], ['officers', 'officials'],
    // Regression: the longer word's tail was unlimited, so these counted as one name.
    ['austria', 'australia'], ['johnson', 'johnston'], ['police', 'policies'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameWordForm(a, b)).toBe(false);
    expect(sameWordForm(b, a)).toBe(false);
  });
});

describe('placeName: one name for a place called several ways', () => {
  it.each([
    ['american', 'us'], ['u.s', 'us'], ['british', 'uk'], ['kiev', 'kyiv'], ['kharkov', 'kharkiv'], ['burma', 'myanmar'],
    ['paris', 'paris'],
  ])('%s → %s', (word, name) => {
    expect(placeName(word)).toBe(name);
  });
});
