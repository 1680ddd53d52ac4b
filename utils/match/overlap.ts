/**
 * Small counting helpers over sorted hash arrays for the pair features: multiset intersection,
 * longest common subsequence, ratios and the harmonic mean.
 */

const lcsRow = new Int32Array(257);
/** LCS cap: longer sequences are cut to their first 256 ids. */
const LCS_CAP = 256;

/** Open-addressed id → position-mask table of the bit-parallel LCS (64 slots, ≤ 32 ids). */
const slotIds = new Int32Array(64);
const slotMasks = new Int32Array(64);
const slotStamp = new Int32Array(64);
let stamp = 0;

/** Slot of `id` in the current table: its own, or the empty one where it belongs. */
function slotOf(id: number): number {
  let h = Math.imul(id, 0x9e3779b1) >>> 26;
  while (slotStamp[h] === stamp && slotIds[h] !== id) h = (h + 1) & 63;
  return h;
}

/** LCS by Hyyrö's bit-vector recurrence, `p` (≤ 32 ids) as the pattern. */
function lcsBits(p: Int32Array, t: Int32Array, n: number): number {
  const m = p.length;
  stamp = (stamp + 1) | 0;
  for (let i = 0; i < m; i++) {
    const h = slotOf(p[i]);
    if (slotStamp[h] !== stamp) { slotStamp[h] = stamp; slotIds[h] = p[i]; slotMasks[h] = 0; }
    slotMasks[h] |= 1 << i;
  }
  const full = m === 32 ? -1 : (1 << m) - 1;
  let v = full;
  for (let j = 0; j < n; j++) {
    const h = slotOf(t[j]);
    if (slotStamp[h] !== stamp) continue;
    const vu = v >>> 0, uu = (v & slotMasks[h]) >>> 0;
    v = ((vu + uu) | (vu - uu)) & full;
  }
  let zeros = 0;
  for (let x = ~v & full; x !== 0; x &= x - 1) zeros++;
  return zeros;
}

/** The last pair asked and its answer: the near check and the features both ask for the same pair. */
let lastA: Int32Array | null = null, lastB: Int32Array | null = null, lastLcs = 0;

/** Size of the intersection of two sorted multisets of hashes. */
export function overlap(a: Int32Array, b: Int32Array): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { n++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return n;
}

/**
 * Longest common subsequence length of two id sequences (capped at {@link LCS_CAP} tokens):
 * bit-parallel when the shorter has at most 32 ids, the one-row table otherwise; the last pair's
 * answer is remembered (by array identity).
 */
export function lcs(a: Int32Array, b: Int32Array): number {
  if (a === lastA && b === lastB) return lastLcs;
  const n = Math.min(a.length, LCS_CAP), m = Math.min(b.length, LCS_CAP);
  let result: number;
  if (Math.min(n, m) === 0) result = 0;
  else if (n <= 32 && n <= m) result = lcsBits(a, b, m);
  else if (m <= 32) result = lcsBits(b, a, n);
  else result = lcsTable(a, b, n, m);
  lastA = a;
  lastB = b;
  lastLcs = result;
  return result;
}

/** LCS of the first `n` ids of `a` and `m` of `b` by the one-row dynamic-programming table. */
function lcsTable(a: Int32Array, b: Int32Array, n: number, m: number): number {
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
