/**
 * Cheap relatedness of two content stems that the stemmer and the word vectors miss:
 * derivational variants ("inspect" / "inspection", "disclos" / "disclosur": one stem of ≥ 6
 * letters is a prefix of the other) and close numbers ("45000" / "40000": within 15 %, which a
 * reworded lead often rounds; the diff still shows the change).
 */
import { isNumberToken } from '../text/index';

/** Similarity given to derivational variants. */
export const VARIANT_SIMILARITY = 0.9;
/** Similarity given to numbers within {@link CLOSE_NUMBER_RATIO} of each other. */
export const CLOSE_NUMBER_SIMILARITY = 0.6;
/** Largest relative difference of two numbers that still counts as close. */
export const CLOSE_NUMBER_RATIO = 0.15;
/** Shortest stem that may be a prefix of a related longer one ("polic" / "polici" is not). */
export const MIN_PREFIX = 6;

/** Value of a number token, NaN for any other stem (precomputed by prepareSentence). */
export function numberValue(s: string): number {
  return isNumberToken(s) ? Number(s) : NaN;
}

/**
 * Similarity in [0, 1] of two different stems from form alone (0 when unrelated); `x`, `y` are
 * their {@link numberValue}s when already known.
 */
export function formSimilarity(a: string, b: string, x = numberValue(a), y = numberValue(b)): number {
  if (x === x && y === y) {
    const big = Math.max(Math.abs(x), Math.abs(y));
    return big >= 10 && Math.abs(x - y) <= CLOSE_NUMBER_RATIO * big ? CLOSE_NUMBER_SIMILARITY : 0;
  }
  if (a.length < MIN_PREFIX || b.length < MIN_PREFIX) return 0;
  return (a.length <= b.length ? b.startsWith(a) : a.startsWith(b)) ? VARIANT_SIMILARITY : 0;
}
