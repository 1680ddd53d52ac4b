import { describe, expect, it } from 'vitest';
import { charTrigramsInto, ngrams, ngramsInto, unionInto } from '../../../utils/match/hash-arrays';
import { hashPair, hashString } from '../../../utils/text/index';

/** The plain definitions the fast versions must agree with. */
const slowTrigrams = (key: string) => {
  const s = ` ${key} `;
  const set = new Set<number>();
  for (let i = 0; i + 3 <= s.length; i++) set.add(hashString(s.slice(i, i + 3)));
  return Int32Array.from(set).sort();
};

/**
 * Runs an `…Into` function at offset 3 of a buffer filled with a marker, giving it `room` entries,
 * and returns what it wrote; nothing outside its room may change.
 */
function written(room: number, fill: (buf: Int32Array, at: number) => number): number[] {
  const buf = new Int32Array(room + 6).fill(99);
  const n = fill(buf, 3);
  expect(n).toBeLessThanOrEqual(room);
  expect([...buf.subarray(0, 3), ...buf.subarray(3 + room)]).toEqual([99, 99, 99, 99, 99, 99]);
  return [...buf.subarray(3, 3 + n)];
}

describe('charTrigramsInto equals hashString of each slice, and writes only its range', () => {
  it.each([[''], ['a'], ['the minister said'], ['aaaa aaaa'], ['café – 35 % ünïcödé'], ['日本語のテキスト']])('%j', (key) => {
    expect(written(key.length, (buf, at) => charTrigramsInto(key, buf, at))).toEqual([...slowTrigrams(key)]);
  });
});

describe('ngrams, ngramsInto and unionInto', () => {
  const ids = Int32Array.from([5, -3, 7, 5]);
  it.each([
    [1, [-3, 5, 5, 7]],
    [2, [hashPair(5, -3), hashPair(-3, 7), hashPair(7, 5)].sort((a, b) => a - b)],
    [5, []],
  ])('%i-grams', (n, want) => {
    expect([...ngrams(ids, n)]).toEqual(want);
    // the same from a range of a larger buffer
    const src = Int32Array.from([8, ...ids, 8]);
    expect(written(ids.length, (buf, at) => ngramsInto(src, 1, ids.length, n, buf, at))).toEqual(want);
  });
  it.each([
    [[1, 3], [2, 3, 4], [1, 2, 3, 4]],
    [[], [-1], [-1]],
    [[2, 2], [2], [2]],
  ])('union of %j and %j', (a, b, want) => {
    const buf = Int32Array.from([...a, ...b, ...new Array(a.length + b.length).fill(99)]);
    expect([...buf.subarray(a.length + b.length, a.length + b.length + unionInto(buf, 0, a.length, a.length, b.length, a.length + b.length))]).toEqual(want);
  });
});
