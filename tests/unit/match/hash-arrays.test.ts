import { describe, expect, it } from 'vitest';
import { charTrigrams, ngrams, sortedUnion } from '../../../utils/match/hash-arrays';
import { hashPair, hashString } from '../../../utils/text/index';

/** The plain definitions the fast versions must agree with. */
const slowTrigrams = (key: string) => {
  const s = ` ${key} `;
  const set = new Set<number>();
  for (let i = 0; i + 3 <= s.length; i++) set.add(hashString(s.slice(i, i + 3)));
  return Int32Array.from(set).sort();
};

describe('charTrigrams equals hashString of each slice', () => {
  it.each([[''], ['a'], ['the minister said'], ['aaaa aaaa'], ['café – 35 % ünïcödé'], ['日本語のテキスト']])('%j', (key) => {
    expect(charTrigrams(key)).toEqual(slowTrigrams(key));
  });
});

describe('ngrams and sortedUnion', () => {
  const ids = Int32Array.from([5, -3, 7, 5]);
  it.each([
    [1, [-3, 5, 5, 7]],
    [2, [hashPair(5, -3), hashPair(-3, 7), hashPair(7, 5)].sort((a, b) => a - b)],
    [5, []],
  ])('%i-grams', (n, want) => expect([...ngrams(ids, n)]).toEqual(want));
  it.each([
    [[1, 3], [2, 3, 4], [1, 2, 3, 4]],
    [[], [-1], [-1]],
    [[2, 2], [2], [2]],
  ])('union of %j and %j', (a, b, want) => expect([...sortedUnion(Int32Array.from(a), Int32Array.from(b))]).toEqual(want));
});
