/**
 * Weighted overlap of two prepared sentences' terms for the pair features: IDF mass of shared
 * content words and TF-KLD mass (discriminative term weights learned from MRPC, Ji & Eisenstein
 * 2013) of shared and unshared content words, stem unigrams and bigrams.
 */
import type { PreparedSentence } from './prepare';

/** Discriminative term weights by hashed bucket (power-of-two size); empty when not learned. */
export interface TermWeights {
  mask: number;
  values: Float64Array;
}

/** Term weights that are all zero (no learned model). */
export const EMPTY_WEIGHTS: TermWeights = { mask: 0, values: new Float64Array(1) };

/** Weighted overlap of content terms into `out`: [shared IDF mass, shared KLD, KLD of a, KLD of b]. */
export function weightedContent(a: PreparedSentence, b: PreparedSentence, tw: TermWeights, out: Float64Array): void {
  let i = 0, j = 0, shared = 0, kShared = 0, kA = 0, kB = 0;
  const v = tw.values, mask = tw.mask, ca = a.content, cb = b.content;
  while (i < ca.length && j < cb.length) {
    const x = ca[i], y = cb[j];
    if (x === y) {
      shared += Math.min(a.weights[i], b.weights[j]);
      const k = v[x & mask];
      kShared += k; kA += k; kB += k; i++; j++;
    } else if (x < y) {
      kA += v[x & mask]; i++;
    } else {
      kB += v[y & mask]; j++;
    }
  }
  for (; i < ca.length; i++) kA += v[ca[i] & mask];
  for (; j < cb.length; j++) kB += v[cb[j] & mask];
  out[0] = shared; out[1] = kShared; out[2] = kA; out[3] = kB;
}

/** KLD mass of all stem unigrams and bigrams into `out`: [_, shared, of a, of b]. */
export function termKld(ta: Int32Array, tb: Int32Array, tw: TermWeights, out: Float64Array): void {
  let i = 0, j = 0, shared = 0, kA = 0, kB = 0;
  const v = tw.values, mask = tw.mask;
  while (i < ta.length && j < tb.length) {
    if (ta[i] === tb[j]) { const k = v[ta[i] & mask]; shared += k; kA += k; kB += k; i++; j++; }
    else if (ta[i] < tb[j]) kA += v[ta[i++] & mask];
    else kB += v[tb[j++] & mask];
  }
  for (; i < ta.length; i++) kA += v[ta[i] & mask];
  for (; j < tb.length; j++) kB += v[tb[j] & mask];
  out[1] = shared; out[2] = kA; out[3] = kB;
}
