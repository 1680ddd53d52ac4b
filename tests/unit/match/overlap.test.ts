import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lcs } from '../../../utils/match/overlap';

/** Reference LCS: the full dynamic-programming table. */
function reference(a: readonly number[], b: readonly number[]): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) t[i][j] = a[i - 1] === b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
  }
  return t[a.length][b.length];
}

const seq = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

describe('lcs', () => {
  it.each([
    ['empty', [], [1, 2], 0],
    ['one side contained', [1, 2, 3, 4], [1, 3, 4], 3],
    ['disjoint', [1, 2], [3, 4], 0],
    ['negative hashes', [-5, 7, -5, 9], [-5, -5, 9], 3],
    ['32 tokens, equal', seq(32, (i) => i), seq(32, (i) => i), 32],
    ['33 tokens, one dropped', seq(33, (i) => i), seq(33, (i) => (i === 10 ? 99 : i)), 32],
    ['over the 256 cap', seq(300, (i) => i), seq(300, (i) => i), 256],
  ])('%s', (_, a, b, n) => {
    expect(lcs(Int32Array.from(a), Int32Array.from(b))).toBe(n);
    expect(lcs(Int32Array.from(b), Int32Array.from(a))).toBe(n);
  });

  it('equals the full DP table on random sequences (bit-parallel and table paths)', () => {
    const ids = fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 45 });
    fc.assert(fc.property(ids, ids, (a, b) => lcs(Int32Array.from(a), Int32Array.from(b)) === reference(a, b)), { numRuns: 500 });
  });

  it('remembers only identical arrays, not equal contents', () => {
    const a = Int32Array.from([1, 2, 3]);
    expect(lcs(a, Int32Array.from([1, 2, 3]))).toBe(3);
    expect(lcs(a, Int32Array.from([3]))).toBe(1);
  });
});
