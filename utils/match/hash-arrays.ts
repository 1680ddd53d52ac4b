/**
 * Sorted hash arrays built from a sentence for the pair features: n-gram hashes, character
 * trigram hashes, and the sorted union of two such arrays.
 */
import { hashPair } from '../text/index';

/** Sorted hashes of all n-grams of `ids`. */
export function ngrams(ids: Int32Array, n: number): Int32Array {
  const count = Math.max(0, ids.length - n + 1);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let h = ids[i];
    for (let j = 1; j < n; j++) h = hashPair(h, ids[i + j]);
    out[i] = h;
  }
  return out.sort();
}

/** Sorted unique hashes of the character trigrams of ` key ` (hashString of each slice, without slicing). */
export function charTrigrams(key: string): Int32Array {
  const s = ` ${key} `;
  const out = new Int32Array(Math.max(0, s.length - 2));
  for (let i = 0; i + 3 <= s.length; i++) {
    let h = 0x811c9dc5;
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ s.charCodeAt(i + 1), 0x01000193);
    out[i] = Math.imul(h ^ s.charCodeAt(i + 2), 0x01000193) | 0;
  }
  return uniqueSorted(out.sort());
}

/** Sorted union (without repeats) of two sorted arrays. */
export function sortedUnion(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return uniqueSorted(out.sort());
}

/** The distinct values of a sorted array. */
function uniqueSorted(a: Int32Array): Int32Array {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) a[n++] = a[i];
  return a.subarray(0, n).slice();
}
