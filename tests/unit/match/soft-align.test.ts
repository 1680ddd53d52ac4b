import { describe, expect, it } from 'vitest';
import { softAlign } from '../../../utils/match/soft-align';
import { prepareSentence } from '../../../utils/match/prepare';

const align = (a: string, b: string) => softAlign(prepareSentence(a), prepareSentence(b));

describe('softAlign', () => {
  it('covers identical sentences fully', () => {
    const s = align('The inquiry into the Brenmoor fire is continuing.', 'The inquiry into the Brenmoor fire is continuing.');
    expect(s.coverA).toBeCloseTo(1, 5);
    expect(s.coverB).toBeCloseTo(1, 5);
    expect(s.unalignedA + s.unalignedB).toBe(0);
    expect(s.centroid).toBeCloseTo(1, 3);
  });
  it.each([
    // same shared words; the first pair's other words are near-synonyms, the second's unrelated
    ['Prosecutors opened an inquiry into the Brenmoor mayor.', 'Prosecutors began an investigation of the Brenmoor mayor.', 'Prosecutors praised the football team of the Brenmoor mayor.'],
    ['The company cut its profit forecast for the year.', 'The firm lowered its earnings forecast for the year.', 'The orchestra played its forecast for the year.'],
  ])('%j aligns better with a reworded line than with an unrelated one', (a, reworded, unrelated) => {
    const good = align(a, reworded), bad = align(a, unrelated);
    expect(good.coverA).toBeGreaterThan(bad.coverA);
    expect(good.centroid).toBeGreaterThan(bad.centroid);
  });
  it('is symmetric', () => {
    const ab = align('Four miners were rescued on Sunday.', 'Rescuers pulled four workers from the shaft.');
    const ba = align('Rescuers pulled four workers from the shaft.', 'Four miners were rescued on Sunday.');
    expect(ab.coverA).toBeCloseTo(ba.coverB, 6);
    expect(ab.unalignedA).toBeCloseTo(ba.unalignedB, 6);
    expect(ab.centroid).toBeCloseTo(ba.centroid, 6);
  });
  it('handles sentences without content words', () => {
    const s = align('It was not.', 'They said so.');
    expect(s.coverA).toBe(0);
    expect(s.centroid).toBe(0);
  });
  it('gives the same figures when the word-pair cosines come from its cache', () => {
    const a = prepareSentence('Prosecutors opened an inquiry into the Brenmoor mayor.');
    const b = prepareSentence('Investigators began looking at the town leader of Brenmoor.');
    const first = softAlign(a, b);
    expect(softAlign(a, b)).toEqual(first);
    expect(softAlign(b, a)).toEqual({ ...first, coverA: first.coverB, coverB: first.coverA, unalignedA: first.unalignedB, unalignedB: first.unalignedA });
  });
  it('writes into a reused result object with the same figures as a fresh one', () => {
    const a = prepareSentence('Prosecutors opened an inquiry into the Brenmoor mayor.');
    const b = prepareSentence('Investigators began looking at the town leader of Brenmoor.');
    const c = prepareSentence('The weather was mild.');
    const reused = softAlign(a, c);
    expect(softAlign(a, b, reused)).toBe(reused);
    expect(reused).toEqual(softAlign(a, b));
  });
});
