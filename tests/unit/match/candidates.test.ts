/** Candidate selection from the claim-key index (article ids per key): boilerplate and cross-story copies. */
import { describe, expect, it } from 'vitest';
import { boilerplateClaims, crossArticles, type KeyHits } from '../../../utils/match/candidates';
import { claimKeys } from '../../../utils/match/keys';

const hits = (entries: [number, number[]][], common: number[] = []): KeyHits => ({ keyArticles: new Map(entries), commonKeys: new Set(common) });

describe('boilerplateClaims', () => {
  it.each([
    { name: 'an exact text in 3 articles sharing nothing else', keys: [[1, 11], [2, 21]], hits: hits([[1, [7, 8, 9]]]), ignore: [], expected: [true, false] },
    { name: 'the same, but one of them shares another claim', keys: [[1, 11], [2, 21]], hits: hits([[1, [7, 8, 9]], [21, [9]]]), ignore: [], expected: [false, false] },
    { name: 'ignored articles (own outlet) do not count', keys: [[1, 11]], hits: hits([[1, [7, 8, 9]]]), ignore: [9], expected: [false] },
    { name: 'two articles are not enough', keys: [[1, 11]], hits: hits([[1, [7, 8]]]), ignore: [], expected: [false] },
  ])('$name', ({ keys, hits: h, ignore, expected }) => {
    expect(boilerplateClaims(keys, h, (a) => ignore.includes(a))).toEqual(expected);
  });
});

describe('crossArticles', () => {
  // Keys per claim: the exact key first, then its sketch keys (utils/match/keys.ts).
  it.each<{ name: string; keys: number[][]; hits: KeyHits; skip: number[]; cap: number; related?: number[]; expected: number[] }>([
    { name: 'most supporting claims first, then by id', keys: [[1, 11, 12], [2, 21, 22]], hits: hits([[1, [5, 4]], [2, [4]]]), skip: [], cap: 10, expected: [4, 5] },
    { name: 'skipped claims give no support', keys: [[1, 11, 12], [2, 21, 22]], hits: hits([[1, [5]], [2, [4]]]), skip: [0], cap: 10, expected: [4] },
    { name: 'an exact key and a sketch key of one claim hitting one article count once', keys: [[1, 11, 12], [2]], hits: hits([[1, [6]], [11, [6]], [2, [3]]]), skip: [], cap: 10, expected: [3, 6] },
    { name: 'both sketch keys of a claim reach a near copy', keys: [[1, 11, 12]], hits: hits([[11, [6, 7]], [12, [6]]]), skip: [], cap: 10, expected: [6] },
    // Regression: one sketch bigram (a name and a title) recurs across unrelated stories; on the
    // 10k bench it brought hundreds of articles to be read for one match between them.
    { name: 'one sketch key alone is not enough', keys: [[1, 11, 12], [2, 21, 22]], hits: hits([[11, [6]], [22, [7]]]), skip: [], cap: 10, expected: [] },
    // The same quotation cut differently by two outlets of one event (a story below the threshold).
    { name: 'one sketch key is enough in a related story', keys: [[1, 11, 12], [2, 21, 22]], hits: hits([[11, [6]], [22, [7]]]), skip: [], cap: 10, related: [7], expected: [7] },
    { name: 'at most `cap` articles', keys: [[1]], hits: hits([[1, [9, 8, 7]]]), skip: [], cap: 2, expected: [7, 8] },
  ])('$name', ({ keys, hits: h, skip, cap, related = [], expected }) => {
    expect(crossArticles(keys, h, (i) => skip.includes(i), () => false, cap, (a) => related.includes(a))).toEqual(expected);
  });
});

describe('claim keys', () => {
  it.each([
    'The Tessel River bridge in Marrowdale collapsed on Tuesday, officials said.',
    'Orlen Island ferries will resume on Friday after the storm, the harbour master said.',
  ])('are 31-bit integers (compact in IndexedDB values): %s', (text) => {
    const keys = claimKeys(text);
    expect(keys.length).toBeGreaterThan(1);
    expect(keys.every((k) => Number.isInteger(k) && k >= -(2 ** 30) && k < 2 ** 30)).toBe(true);
  });
});
