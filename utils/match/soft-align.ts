/**
 * Soft word alignment of two prepared sentences through word vectors: each content word of one
 * sentence is aligned to its most similar content word of the other (equal stems = 1, else the
 * cosine of their distributional vectors, floored at 0). Lets paraphrases with different words
 * ("inquiry" / "investigation") score above unrelated lines with equally few shared words.
 */
import type { PreparedSentence } from './prepare';
import { wordVectors } from '../text/word-vectors';

/** Cosine at or above which a word counts as aligned (not as an unmatched content word). */
export const ALIGNED_COSINE = 0.5;

/** Soft-alignment figures of a pair, direction a→b and b→a. */
export interface SoftAlignment {
  /** IDF-weighted mean best similarity of a's content words in b, and of b's in a. */
  coverA: number;
  coverB: number;
  /** IDF mass of content words with no counterpart above {@link ALIGNED_COSINE}. */
  unalignedA: number;
  unalignedB: number;
  /** Cosine of the two IDF-weighted centroids. */
  centroid: number;
}

let bestA = new Float64Array(64), bestB = new Float64Array(64);

/**
 * Word-pair cosines recently computed, in a direct-mapped cache (2^SLOT_BITS slots keyed by the
 * unordered pair of vector rows): the claims of one story share most of their words, so a query
 * claim meets the same word pairs again and again. A hit returns the very number `dot` computed.
 */
const SLOT_BITS = 16;
const slotKeys = new Int32Array(1 << SLOT_BITS).fill(-1);
const slotValues = new Float64Array(1 << SLOT_BITS);

/** Dot product of the rows at offsets `oi` and `oj` (four accumulators; symmetric bit for bit). */
function dot(v: Float32Array, oi: number, oj: number, dims: number): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, d = 0;
  for (; d + 3 < dims; d += 4) {
    s0 += v[oi + d] * v[oj + d]; s1 += v[oi + d + 1] * v[oj + d + 1];
    s2 += v[oi + d + 2] * v[oj + d + 2]; s3 += v[oi + d + 3] * v[oj + d + 3];
  }
  for (; d < dims; d++) s0 += v[oi + d] * v[oj + d];
  return s0 + s1 + s2 + s3;
}

/** Cosine of the two sentences' unit IDF-weighted centroids (the `centroid` of {@link SoftAlignment}). */
export function centroidCosine(a: PreparedSentence, b: PreparedSentence): number {
  let c = 0;
  for (let d = 0; d < a.centroid.length; d++) c += a.centroid[d] * b.centroid[d];
  return c;
}

/**
 * Measures the soft alignment of a pair, into `out` when given (the scorer passes one reused
 * object: it runs for thousands of pairs per match; otherwise allocation-free for sentences of
 * ≤ 64 content words).
 */
export function softAlign(a: PreparedSentence, b: PreparedSentence, out?: SoftAlignment): SoftAlignment {
  const na = a.content.length, nb = b.content.length;
  if (bestA.length < na) bestA = new Float64Array(na);
  if (bestB.length < nb) bestB = new Float64Array(nb);
  bestA.fill(0, 0, na);
  bestB.fill(0, 0, nb);
  for (let i = 0, j = 0; i < na && j < nb;) {
    if (a.content[i] === b.content[j]) { bestA[i++] = 1; bestB[j++] = 1; } else if (a.content[i] < b.content[j]) i++; else j++;
  }
  const { dims, rows: v } = wordVectors();
  const ra = a.vectorRows, rb = b.vectorRows;
  const rowCount = v.length / dims;
  const cached = rowCount * rowCount < 2 ** 31;
  for (let i = 0; i < na; i++) {
    const oi = ra[i], doneI = bestA[i] === 1;
    if (oi < 0) continue;
    const ri = oi / dims;
    for (let j = 0; j < nb; j++) {
      const oj = rb[j];
      if (oj < 0 || (doneI && bestB[j] === 1)) continue;
      let s: number;
      if (cached) {
        const rj = oj / dims;
        const key = ri < rj ? ri * rowCount + rj : rj * rowCount + ri;
        const slot = Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS);
        if (slotKeys[slot] === key) s = slotValues[slot];
        else {
          s = dot(v, oi, oj, dims);
          slotKeys[slot] = key;
          slotValues[slot] = s;
        }
      } else s = dot(v, oi, oj, dims);
      if (s > bestA[i]) bestA[i] = s;
      if (s > bestB[j]) bestB[j] = s;
    }
  }
  let coverA = 0, coverB = 0, unalignedA = 0, unalignedB = 0;
  for (let i = 0; i < na; i++) { coverA += a.weights[i] * bestA[i]; if (bestA[i] < ALIGNED_COSINE) unalignedA += a.weights[i]; }
  for (let j = 0; j < nb; j++) { coverB += b.weights[j] * bestB[j]; if (bestB[j] < ALIGNED_COSINE) unalignedB += b.weights[j]; }
  const centroid = centroidCosine(a, b);
  const result = out ?? { coverA: 0, coverB: 0, unalignedA: 0, unalignedB: 0, centroid: 0 };
  result.coverA = a.mass > 0 ? coverA / a.mass : 0;
  result.coverB = b.mass > 0 ? coverB / b.mass : 0;
  result.unalignedA = unalignedA;
  result.unalignedB = unalignedB;
  result.centroid = centroid;
  return result;
}
