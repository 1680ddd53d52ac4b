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
  it.each([
    { name: 'most supporting claims first, then by id', keys: [[1, 11], [2, 21]], hits: hits([[1, [5, 4]], [21, [4]]]), skip: [], cap: 10, expected: [4, 5] },
    { name: 'skipped claims give no support', keys: [[1, 11], [2, 21]], hits: hits([[1, [5]], [21, [4]]]), skip: [0], cap: 10, expected: [4] },
    { name: 'two keys of one claim hitting one article count once', keys: [[1, 11], [2]], hits: hits([[1, [6]], [11, [6]], [2, [3]]]), skip: [], cap: 10, expected: [3, 6] },
    { name: 'at most `cap` articles', keys: [[1]], hits: hits([[1, [9, 8, 7]]]), skip: [], cap: 2, expected: [7, 8] },
  ])('$name', ({ keys, hits: h, skip, cap, expected }) => {
    expect(crossArticles(keys, h, (i) => skip.includes(i), () => false, cap)).toEqual(expected);
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
