import { describe, expect, it } from 'vitest';
import { FEATURE_COUNT, FEATURE_NAMES, lcs, overlap, pairFeatures, sharedQuote } from '../../../utils/match/features';
import { prepareSentence } from '../../../utils/match/prepare';

const at = (name: (typeof FEATURE_NAMES)[number]) => FEATURE_NAMES.indexOf(name);

describe('helpers', () => {
  it.each([
    [[1, 2, 2, 3], [2, 2, 4], 2],
    [[1, 5], [2, 6], 0],
  ])('overlap(%j, %j) = %i', (a, b, n) => {
    expect(overlap(Int32Array.from(a), Int32Array.from(b))).toBe(n);
  });
  it.each([
    [[1, 2, 3, 4], [1, 3, 4], 3],
    [[1, 2], [3, 4], 0],
  ])('lcs(%j, %j) = %i', (a, b, n) => {
    expect(lcs(Int32Array.from(a), Int32Array.from(b))).toBe(n);
  });
});

describe('pairFeatures', () => {
  const a = prepareSentence('Turnout in the Valdren referendum reached 71 percent, officials said.');
  const same = pairFeatures(a, a);
  const other = pairFeatures(a, prepareSentence('Turnout in the Valdren referendum reached 64 percent, officials said.'));
  it('has one value per feature name', () => {
    expect(same.length).toBe(FEATURE_COUNT);
  });
  it.each(['uniMin', 'biMin', 'idfMin', 'lcsMin', 'charJaccard'] as const)('%s is 1 for identical sentences', (name) => {
    expect(same[at(name)]).toBeCloseTo(1, 5);
  });
  it('flags a changed number', () => {
    expect(same[at('numMismatch')]).toBe(0);
    expect(other[at('numMismatch')]).toBe(1);
  });
  it('flags a negation mismatch', () => {
    const f = pairFeatures(prepareSentence('The plan was approved.'), prepareSentence('The plan was not approved.'));
    expect(f[at('negMismatch')]).toBe(1);
  });
  it('is symmetric', () => {
    const b = prepareSentence('Officials said 71 percent of voters in Valdren took part.');
    expect(Array.from(pairFeatures(a, b))).toEqual(Array.from(pairFeatures(b, a)));
  });
  it.each(['softMin', 'softMax', 'centroidCos'] as const)('%s is 1 for identical sentences', (name) => {
    expect(same[at(name)]).toBeCloseTo(1, 3);
  });
  it('soft alignment rewards near-synonyms over unrelated words', () => {
    const q = prepareSentence('Police said the investigation was continuing in Tarlow.');
    const syn = pairFeatures(q, prepareSentence('Police said the inquiry was continuing in Tarlow.'));
    const unrel = pairFeatures(q, prepareSentence('Police said the orchestra was continuing in Tarlow.'));
    expect(syn[at('softMin')]).toBeGreaterThan(unrel[at('softMin')]);
    expect(syn[at('unalignedMax')]).toBeLessThan(unrel[at('unalignedMax')]);
  });
  it('finds shared quotations of six words', () => {
    const q = prepareSentence('"We have no plans to leave the city," she said.');
    expect(sharedQuote(q, prepareSentence('She said they do not plan to leave the city.'))).toBe(false);
    expect(sharedQuote(q, prepareSentence('The chief said "we have no plans to leave the city".'))).toBe(true);
  });
});
