/**
 * Small counting helpers over sorted hash arrays for the pair features: multiset intersection,
 * longest common subsequence, ratios and the harmonic mean.
 */

const lcsRow = new Int32Array(257);
/** LCS cap: longer sequences are cut to their first 256 ids. */
const LCS_CAP = 256;

/** Size of the intersection of two sorted multisets of hashes. */
export function overlap(a: Int32Array, b: Int32Array): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { n++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return n;
}

/** Longest common subsequence length of two id sequences (capped at 256 tokens). */
export function lcs(a: Int32Array, b: Int32Array): number {
  const n = Math.min(a.length, 256), m = Math.min(b.length, 256);
  lcsRow.fill(0, 0, m + 1);
  for (let i = 0; i < n; i++) {
    let prev = 0;
    for (let j = 1; j <= m; j++) {
      const tmp = lcsRow[j];
      lcsRow[j] = a[i] === b[j - 1] ? prev + 1 : Math.max(lcsRow[j], lcsRow[j - 1]);
      prev = tmp;
    }
  }
  return lcsRow[m];
}

/** x / d, or 0 when d is not positive. */
export function ratio(x: number, d: number): number {
  return d > 0 ? x / d : 0;
}

/** Harmonic mean of two non-negative numbers (0 when both are 0). */
export function harmonic(x: number, y: number): number {
  return x + y > 0 ? (2 * x * y) / (x + y) : 0;
}

/** Number of strings of `a` also in `b`. */
export function sharedStrings(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}
