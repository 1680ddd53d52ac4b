import { describe, expect, it } from 'vitest';
import { localRarity, preRank, rowTerms, selectStories, storySimilarity, timeFactor, STORY_THRESHOLD } from '../../../utils/match/story';
import { termsRow } from '../../../utils/library/articles';
import { claimKeys, exactKey, STORY_INDEX_TERMS, storyTerms } from '../../../utils/match/keys';
import type { StoredTerms } from '../../../utils/library/db';
import { stem } from '../../../utils/text/index';

const BRIDGE = storyTerms('Bridge collapse in Marrowdale', [
  'A road bridge over the Tessel River in Marrowdale collapsed on Tuesday, killing 12 people.',
  'Governor Alma Ferreira said the bridge had been due for repairs.',
]);
const BRIDGE_REWRITE = storyTerms('Marrowdale bridge failure', [
  'Twelve people died when a bridge across the Tessel River in Marrowdale gave way.',
  'Alma Ferreira, the governor, visited the site of the collapse.',
]);
const ROBBERY = storyTerms('Jewellery shop robbed', [
  'Thieves broke into a jewellery shop on Hallam Street in Kestonbury and took rings.',
  'Police said the investigation was continuing.',
]);

function row(articleId: number, t: { terms: string[]; weights: number[] }, time: number | null = null): StoredTerms {
  return { articleId, outletId: `o${articleId}`, terms: t.terms, weights: t.weights, time };
}

/** Index hits as the term index would return them for these rows. */
function hitsOf(rows: StoredTerms[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const r of rows) for (const t of r.terms) m.set(t, [...(m.get(t) ?? []), r.articleId]);
  return m;
}

describe('story terms', () => {
  it('prefers rare names and places over common words', () => {
    expect(BRIDGE.terms.slice(0, 8)).toEqual(expect.arrayContaining(['marrowdale', 'tessel', 'ferreira'].map(stem)));
    expect(BRIDGE.terms).not.toContain(stem('said'));
    expect(BRIDGE.terms).not.toContain('the');
  });

  it.each([
    ['a verbatim copy', 'The Tessel River bridge in Marrowdale collapsed on Tuesday.', 'The Tessel River bridge in Marrowdale collapsed on Tuesday.', 2],
    ['a copy with a changed number', 'Officials in Marrowdale said 12 people were killed when the Tessel bridge collapsed.',
      'Officials in Marrowdale said 14 people were killed when the Tessel bridge collapsed.', 1],
  ])('claim keys of %s overlap', (_name, a, b, atLeast) => {
    const ka = claimKeys(a);
    const kb = new Set(claimKeys(b));
    expect(ka.filter((k) => kb.has(k)).length).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    'He said it was a good day for the country.',
    'They said there would be more to come.',
  ])('a sentence of common words has only its exact key: %s', (text) => {
    expect(claimKeys(text)).toEqual([exactKey(text)]);
  });
});

describe('story similarity', () => {
  it.each([
    [1, 1], [2, 1], [100, 0.05],
  ])('a term in %i of 100 articles has local rarity %f', (df, expected) => {
    expect(localRarity(df, 100)).toBeCloseTo(expected, 2);
  });

  it('local rarity falls as a term spreads through the library, and is neutral in a tiny library', () => {
    const values = [3, 5, 10, 25, 50].map((df) => localRarity(df, 100));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBeLessThan(1);
    expect(localRarity(5, 5)).toBe(1);
  });

  it.each([
    [null, 5, 1], [0, 3 * 86_400_000, 1], [0, 20 * 86_400_000, 0.75], [0, 90 * 86_400_000, 0.5],
  ])('time factor of %s and %s is %f', (a, b, expected) => {
    expect(timeFactor(a, b)).toBe(expected);
  });

  it('links the same event and not an unrelated one', () => {
    const rows = [row(1, BRIDGE_REWRITE), row(2, ROBBERY)];
    const picked = selectStories(BRIDGE, null, rows, hitsOf(rows), 3);
    expect(picked.map((p) => p.articleId)).toEqual([1]);
    expect(storySimilarity(BRIDGE, null, rows[1], hitsOf(rows), 3)).toBeLessThan(STORY_THRESHOLD);
  });

  it('lowers similarity for publication dates months apart', () => {
    const rows = [row(1, BRIDGE_REWRITE, 0)];
    const near = storySimilarity(BRIDGE, 86_400_000, rows[0], hitsOf(rows), 2);
    const far = storySimilarity(BRIDGE, 200 * 86_400_000, rows[0], hitsOf(rows), 2);
    expect(far).toBeCloseTo(near / 2, 5);
  });
});

describe('story index of the strongest terms (schema v5)', () => {
  const LONG = storyTerms('Marrowdale bridge collapse: Tessel crossing fails', [
    'A road bridge over the Tessel River in Marrowdale collapsed on Tuesday, killing 12 people and injuring 31.',
    'Governor Alma Ferreira said the bridge, built in 1964 by Halvorsen Works, had been due for repairs.',
    'Engineer Tomasz Brell of Kestonbury University warned in 2019 that its cables were corroding.',
  ]);
  const split = { ...termsRow(1, 'o1', LONG, null), weights: LONG.weights };

  it('indexes the strongest terms and keeps the rest unindexed, in order', () => {
    expect(LONG.terms.length).toBeGreaterThan(STORY_INDEX_TERMS);
    expect(split.terms).toEqual(LONG.terms.slice(0, STORY_INDEX_TERMS));
    expect(rowTerms(split)).toEqual(LONG.terms);
  });

  it('scores a split row exactly as the whole list (the unindexed terms still count)', () => {
    const whole = row(1, LONG);
    const hits = hitsOf([split]);
    expect(storySimilarity(BRIDGE, null, split, hits, 3)).toBe(storySimilarity(BRIDGE, null, whole, hits, 3));
    expect(storySimilarity(BRIDGE, null, split, hits, 3)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });

  it.each([
    ['the same event (shares indexed terms)', BRIDGE, [1]],
    ['another event', ROBBERY, []],
  ])('pre-ranks a stored article found through its strongest terms: %s', (_name, query, expected) => {
    expect(preRank(query, hitsOf([split]), 3, () => false)).toEqual(expected);
  });
});

