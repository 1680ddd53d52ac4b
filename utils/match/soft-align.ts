/**
 * Soft word alignment of two prepared sentences through word vectors: each content word of one
 * sentence is aligned to its most similar content word of the other (equal stems = 1, else the
 * cosine of their distributional vectors, floored at 0). Lets paraphrases with different words
 * ("inquiry" / "investigation") score above unrelated lines with equally few shared words.
 */
import type { PreparedSentence } from './prepare';

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

/** Measures the soft alignment of a pair (allocation-free for sentences of ≤ 64 content words). */
export function softAlign(a: PreparedSentence, b: PreparedSentence): SoftAlignment {
  const na = a.content.length, nb = b.content.length;
  if (bestA.length < na) bestA = new Float64Array(na);
  if (bestB.length < nb) bestB = new Float64Array(nb);
  bestA.fill(0, 0, na);
  bestB.fill(0, 0, nb);
  const dims = na > 0 ? a.vectors.length / na : 0;
  const va = a.vectors, vb = b.vectors;
  for (let i = 0; i < na; i++) {
    const x = a.content[i], oi = i * dims;
    for (let j = 0; j < nb; j++) {
      let s: number;
      if (x === b.content[j]) s = 1;
      else {
        s = 0;
        const oj = j * dims;
        for (let d = 0; d < dims; d++) s += va[oi + d] * vb[oj + d];
      }
      if (s > bestA[i]) bestA[i] = s;
      if (s > bestB[j]) bestB[j] = s;
    }
  }
  let coverA = 0, coverB = 0, unalignedA = 0, unalignedB = 0;
  for (let i = 0; i < na; i++) { coverA += a.weights[i] * bestA[i]; if (bestA[i] < ALIGNED_COSINE) unalignedA += a.weights[i]; }
  for (let j = 0; j < nb; j++) { coverB += b.weights[j] * bestB[j]; if (bestB[j] < ALIGNED_COSINE) unalignedB += b.weights[j]; }
  let centroid = 0;
  for (let d = 0; d < a.centroid.length; d++) centroid += a.centroid[d] * b.centroid[d];
  return {
    coverA: a.mass > 0 ? coverA / a.mass : 0,
    coverB: b.mass > 0 ? coverB / b.mass : 0,
    unalignedA, unalignedB, centroid,
  };
}
