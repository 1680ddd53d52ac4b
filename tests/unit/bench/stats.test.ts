import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../../scripts/lib/bench/stats';
import { foldRepeats, recallCount, recallOf } from '../../../scripts/lib/bench/recall';

describe('percentile', () => {
  it.each([
    [[5], 50, 5],
    [[1, 2, 3, 4, 5], 50, 3],
    [[5, 1, 4, 2, 3], 50, 3],
    [[1, 2, 3, 4], 50, 2.5],
    [Array.from({ length: 101 }, (_, i) => i), 95, 95],
    [[10, 20], 100, 20],
    [[10, 20], 0, 10],
  ])('%j p%i = %d', (xs, p, want) => expect(percentile(xs, p)).toBeCloseTo(want, 9));
  it('is null for no samples', () => expect(percentile([], 50)).toBeNull());
});

describe('summarize', () => {
  it.each([
    [[1, 2, 3], { p50: 2, p95: 2.9 }],
    [[], { p50: null, p95: null }],
  ])('%j', (xs, want) => expect(summarize(xs)).toEqual(want));
});

describe('recall', () => {
  const ref = new Set(['0:1', '1:1', '2:2', '3:3']);
  it.each([
    [new Set(['0:1', '2:2']), () => true, { found: 2, total: 4 }],
    [new Set(['0:1', '2:2']), (a: number) => a === 1, { found: 1, total: 2 }],
    [new Set<string>(), () => true, { found: 0, total: 4 }],
  ])('case %#', (found, keep, want) => expect(recallCount(ref, found, keep)).toEqual(want));
  it('is null when there is nothing to find', () => expect(recallOf([{ found: 0, total: 0 }])).toBeNull());
  it('pools counts', () => expect(recallOf([{ found: 1, total: 2 }, { found: 2, total: 2 }])).toBe(0.75));
});

describe('foldRepeats', () => {
  it.each([
    [['a', 'b', 'a'], ['2:7', '1:7'], ['0:7', '1:7']],
    [['a', 'b', 'c'], ['2:7', '0:9'], ['2:7', '0:9']],
    [['x', 'x', 'x'], ['1:3', '2:3', '0:4'], ['0:3', '0:4']],
  ])('%j', (texts, matches, want) => expect([...foldRepeats(new Set(matches), texts)].sort()).toEqual([...want].sort()));
});
