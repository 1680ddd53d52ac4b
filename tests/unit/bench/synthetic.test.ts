import { describe, expect, it } from 'vitest';
import { composeFallback, interleave } from '../../../scripts/lib/bench/compose';
import { mulberry32, seedOf, shuffled } from '../../../scripts/lib/bench/prng';
import { seedEvent } from '../../../scripts/lib/bench/seed-story';
import { makeVariant, rewordSentence, syntheticOutletNumber } from '../../../scripts/lib/bench/synthetic';
import type { BenchArticle } from '../../../scripts/lib/bench/types';

const source: BenchArticle = {
  id: 'test/1', source: 'bbc', event: 'test/1', outlet: { name: 'Test Paper', domain: 'test-paper.test' }, url: null,
  title: 'Council said it would rebuild the bridge',
  paragraphs: [
    'The council said on Monday it would rebuild the old bridge, which was damaged in 12 storms. Officials announced a big plan.',
    'People said the firm started work quickly. The government expected costs to rise by 40 percent.',
  ],
  publishedTime: null,
};

describe('mulberry32', () => {
  it.each([1, 42, 123456])('seed %i repeats its sequence', (seed) => {
    const a = mulberry32(seed);
    const b = mulberry32(seed);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
  it('different seeds differ', () => expect(mulberry32(1)()).not.toBe(mulberry32(2)()));
  it('shuffle keeps the items', () => expect(shuffled([1, 2, 3, 4, 5], mulberry32(seedOf('x'))).sort()).toEqual([1, 2, 3, 4, 5]));
});

describe('makeVariant', () => {
  it.each([0, 1, 2])('variant %i is deterministic', (k) => expect(makeVariant(source, k)).toEqual(makeVariant(source, k)));
  it.each([0, 1, 2])('variant %i keeps the event and changes outlet and wording', (k) => {
    const v = makeVariant(source, k);
    expect(v.event).toBe(source.event);
    expect(v.source).toBe('synthetic');
    expect(v.outlet.name).toMatch(/^Synthetic Outlet \d{4}$/);
    expect(v.outlet.domain).toMatch(/^synthetic-\d{4}\.test$/);
    expect(v.paragraphs.join(' ')).not.toBe(source.paragraphs.join(' '));
  });
  it('variants of one article are different outlets', () => {
    const names = new Set([0, 1, 2, 3].map((k) => makeVariant(source, k).outlet.name));
    expect(names.size).toBe(4);
  });
  it('outlet numbers are distinct for k = 0..9', () => {
    expect(new Set(Array.from({ length: 10 }, (_, k) => syntheticOutletNumber('a', k))).size).toBe(10);
  });
});

describe('rewordSentence', () => {
  it.each([
    ['keep everything', { keep: 1, dropClause: 0, changeNumber: 0 }, 'He said 12 things.', 'He said 12 things.'],
    ['always change the number', { keep: 0, dropClause: 0, changeNumber: 1 }, 'Zebras ate 12 apples.', /^Zebras ate 1[345] apples\.$/],
  ])('%s', (_n, rates, input, want) => {
    const got = rewordSentence(input, mulberry32(7), rates);
    if (typeof want === 'string') expect(got).toBe(want);
    else expect(got).toMatch(want);
  });
});

describe('seed corpus', () => {
  it.each([0, 1, 5])('seed event %i is deterministic and filled', (n) => {
    const e = seedEvent(n);
    expect(e).toEqual(seedEvent(n));
    expect(e.paragraphs.join(' ')).not.toMatch(/\{[A-Z]+\}/);
  });
  it('fallback library has the requested size and marks everything generated', () => {
    const c = composeFallback(50, 5);
    expect(c.articles).toHaveLength(50);
    expect(c.queries).toHaveLength(5);
    expect(c.syntheticFraction).toBe(1);
    expect(c.fallback).toBe(true);
  });
});

describe('interleave', () => {
  const q = (id: string, source: BenchArticle['source']): BenchArticle => ({ ...source_(id), source });
  const source_ = (id: string): BenchArticle => ({ id, source: 'bbc', event: id, outlet: { name: 'x', domain: null }, url: null, title: id, paragraphs: ['p'], publishedTime: null });
  it.each([
    [[q('a1', 'newswcl50'), q('a2', 'newswcl50'), q('b1', 'allsides'), q('c1', 'bbc'), q('c2', 'bbc')], ['a1', 'b1', 'c1', 'a2', 'c2']],
    [[q('c1', 'bbc')], ['c1']],
  ])('case %#', (input, want) => expect(interleave(input).map((a) => a.id)).toEqual(want));
});
