/**
 * Sorted hash arrays built from a sentence for the pair features: n-gram hashes, character
 * trigram hashes, and the sorted union of two such arrays. The `…Into` forms write into a range of
 * a caller's buffer and return the count written, so a sentence's arrays can be built in one
 * reused scratch buffer and packed into a single allocation (sentence-arrays.ts).
 */
import { hashPair } from '../text/index';

/** Sorted hashes of all n-grams of `ids`. */
export function ngrams(ids: Int32Array, n: number): Int32Array {
  const out = new Int32Array(Math.max(0, ids.length - n + 1));
  ngramsInto(ids, 0, ids.length, n, out, 0);
  return out;
}

/** Writes the sorted hashes of the n-grams of `ids[from, from + len)` at `out[at…]`; returns their count. */
export function ngramsInto(ids: Int32Array, from: number, len: number, n: number, out: Int32Array, at: number): number {
  const count = Math.max(0, len - n + 1);
  for (let i = 0; i < count; i++) {
    let h = ids[from + i];
    for (let j = 1; j < n; j++) h = hashPair(h, ids[from + i + j]);
    out[at + i] = h;
  }
  if (count > 1) out.subarray(at, at + count).sort();
  return count;
}

/**
 * Writes the sorted unique hashes of the character trigrams of ` key ` (hashString of each slice,
 * without slicing) at `out[at…]`; returns their count. `out` needs room for key.length entries.
 */
export function charTrigramsInto(key: string, out: Int32Array, at: number): number {
  const s = ` ${key} `;
  const count = Math.max(0, s.length - 2);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ s.charCodeAt(i + 1), 0x01000193);
    out[at + i] = Math.imul(h ^ s.charCodeAt(i + 2), 0x01000193) | 0;
  }
  if (count > 1) out.subarray(at, at + count).sort();
  let n = 0;
  for (let i = 0; i < count; i++) if (i === 0 || out[at + i] !== out[at + i - 1]) out[at + n++] = out[at + i];
  return n;
}

/**
 * Writes the sorted union without repeats of the sorted ranges `buf[a, a + aLen)` and
 * `buf[b, b + bLen)` at `buf[at…]` (a range apart from both); returns its count.
 */
export function unionInto(buf: Int32Array, a: number, aLen: number, b: number, bLen: number, at: number): number {
  let i = 0, j = 0, n = 0;
  while (i < aLen || j < bLen) {
    const v = j >= bLen || (i < aLen && buf[a + i] <= buf[b + j]) ? buf[a + i++] : buf[b + j++];
    if (n === 0 || buf[at + n - 1] !== v) buf[at + n++] = v;
  }
  return n;
}
