/**
 * Compact storage of non-indexed integer lists (claim offsets, story-term weights): the smallest
 * typed array that holds every value exactly, else the plain array. Readers index them as arrays
 * (`list[i]`, `length`, iteration), so rows written before schema v4 (plain arrays) read the same.
 * Never use this for an indexed field: IndexedDB indexes only plain arrays (multiEntry).
 */

/** A stored list of integers: plain (rows before v4, or values a typed array cannot hold) or packed. */
export type IntList = readonly number[] | Uint8Array | Uint16Array;

/** `values` in the smallest exact typed array (Uint8Array, Uint16Array), else as given. */
export function compactInts(values: readonly number[]): IntList {
  let max = 0;
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v > 0xffff) return values;
    if (v > max) max = v;
  }
  return max <= 0xff ? Uint8Array.from(values) : Uint16Array.from(values);
}

/** The values of a stored list as a plain array (a copy when it is packed). */
export function intsOf(list: IntList): number[] {
  return Array.from(list);
}
