/**
 * Pair features for the paraphrase model, in the style of MRPC feature-based systems: n-gram
 * precision/recall, IDF- and discriminatively-weighted overlap, LCS, BLEU-like precision,
 * length ratio, agreement of numbers, negation and names, character-trigram overlap, and soft
 * word alignment through word vectors (soft-align.ts).
 * Features are symmetric in the two sentences (min/max of both directions).
 */
import type { PreparedSentence } from './prepare';
import type { CompiledModel } from './model';
import { softAlign } from './soft-align';

/** Names of the features, in vector order (documentation and training output). */
export const FEATURE_NAMES = [
  'uniMin', 'uniMax', 'biMin', 'biMax', 'triMin', 'triMax', 'quadMin', 'quadMax', 'bleu',
  'idfMin', 'idfMax', 'idfMissMax', 'idfMissMin', 'contentJaccard',
  'lcsMin', 'lcsMax', 'lenRatio', 'lenDiffLog',
  'numBoth', 'numMismatch', 'numExtra', 'negMismatch',
  'nameShare', 'nameMissing', 'charJaccard', 'charContain',
  'kldShare', 'kldMissMax', 'kldMissMin', 'sharedQuote', 'uniHarm', 'idfHarm',
  'missCountMax', 'missCountMin', 'termKldShare', 'termKldMissMax', 'termKldMissMin',
  'softMin', 'softMax', 'softHarm', 'centroidCos', 'unalignedMax', 'unalignedMin',
] as const;

/** Number of features. */
export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Discriminative term weights by hashed bucket (power-of-two size); empty when not learned. */
export interface TermWeights {
  mask: number;
  values: Float64Array;
}

const EMPTY_WEIGHTS: TermWeights = { mask: 0, values: new Float64Array(1) };
const lcsRow = new Int32Array(257);

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

function ratio(x: number, d: number): number {
  return d > 0 ? x / d : 0;
}

/** Weighted overlap of content terms: [shared mass (IDF), shared KLD, KLD of a, KLD of b]. */
function weighted(a: PreparedSentence, b: PreparedSentence, tw: TermWeights, out: Float64Array): void {
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

const scratch = new Float64Array(4);

/** Fills `out` (length ≥ FEATURE_COUNT) with the features of the pair and returns it. */
export function pairFeatures(
  a: PreparedSentence, b: PreparedSentence, tw: TermWeights = EMPTY_WEIGHTS,
  out: Float64Array = new Float64Array(FEATURE_COUNT),
): Float64Array {
  const la = a.ids.length, lb = b.ids.length;
  const short = Math.min(la, lb), long = Math.max(la, lb);
  let f = 0;
  let logBleu = 0;
  for (let n = 0; n < 4; n++) {
    const ga = a.grams[n], gb = b.grams[n];
    const o = overlap(ga, gb);
    const pa = ratio(o, ga.length), pb = ratio(o, gb.length);
    out[f++] = Math.min(pa, pb);
    out[f++] = Math.max(pa, pb);
    logBleu += Math.log((o + 0.1) / (Math.max(ga.length, gb.length) + 0.1));
  }
  out[f++] = Math.exp(logBleu / 4);
  weighted(a, b, tw, scratch);
  const shared = scratch[0];
  const ia = ratio(shared, a.mass), ib = ratio(shared, b.mass);
  out[f++] = Math.min(ia, ib);
  out[f++] = Math.max(ia, ib);
  out[f++] = Math.max(a.mass, b.mass) - shared;
  out[f++] = Math.min(a.mass, b.mass) - shared;
  const co = overlap(a.content, b.content);
  out[f++] = ratio(co, a.content.length + b.content.length - co);
  const l = lcs(a.ids, b.ids);
  out[f++] = ratio(l, short);
  out[f++] = ratio(l, long);
  out[f++] = ratio(short, long);
  out[f++] = Math.log((long + 1) / (short + 1));
  const nShared = sharedStrings(a.numbers, b.numbers);
  const nA = a.numbers.length, nB = b.numbers.length;
  out[f++] = nA > 0 && nB > 0 ? 1 : 0;
  out[f++] = nA > 0 && nB > 0 && nShared < Math.max(nA, nB) ? 1 : 0;
  out[f++] = nA + nB - 2 * nShared;
  out[f++] = (a.negations > 0) !== (b.negations > 0) ? 1 : 0;
  const no = overlap(a.names, b.names);
  out[f++] = ratio(no, Math.min(a.names.length, b.names.length));
  out[f++] = a.names.length + b.names.length - 2 * no;
  const to = overlap(a.trigrams, b.trigrams);
  out[f++] = ratio(to, a.trigrams.length + b.trigrams.length - to);
  out[f++] = ratio(to, Math.min(a.trigrams.length, b.trigrams.length));
  const kShared = scratch[1];
  out[f++] = ratio(kShared, scratch[2] + scratch[3] - kShared);
  out[f++] = Math.max(scratch[2], scratch[3]) - kShared;
  out[f++] = Math.min(scratch[2], scratch[3]) - kShared;
  out[f++] = sharedQuote(a, b) ? 1 : 0;
  out[f++] = harmonic(out[0], out[1]);
  out[f++] = harmonic(out[9], out[10]);
  out[f++] = Math.max(a.content.length, b.content.length) - co;
  out[f++] = Math.min(a.content.length, b.content.length) - co;
  termKld(a.terms, b.terms, tw, scratch);
  out[f++] = ratio(scratch[1], scratch[2] + scratch[3] - scratch[1]);
  out[f++] = Math.max(scratch[2], scratch[3]) - scratch[1];
  out[f++] = Math.min(scratch[2], scratch[3]) - scratch[1];
  const s = softAlign(a, b);
  out[f++] = Math.min(s.coverA, s.coverB);
  out[f++] = Math.max(s.coverA, s.coverB);
  out[f++] = harmonic(s.coverA, s.coverB);
  out[f++] = s.centroid;
  out[f++] = Math.max(s.unalignedA, s.unalignedB);
  out[f++] = Math.min(s.unalignedA, s.unalignedB);
  return out;
}

/** KLD mass of all stem unigrams and bigrams: [_, shared, of a, of b] into `out`. */
function termKld(ta: Int32Array, tb: Int32Array, tw: TermWeights, out: Float64Array): void {
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

function harmonic(x: number, y: number): number {
  return x + y > 0 ? (2 * x * y) / (x + y) : 0;
}

function sharedStrings(a: string[], b: string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}

/** True when a quotation of ≥ 6 words in one sentence appears word for word in the other. */
export function sharedQuote(a: PreparedSentence, b: PreparedSentence): boolean {
  return (a.quoteShingles.length > 0 && overlap(a.quoteShingles, b.shingles) > 0)
    || (b.quoteShingles.length > 0 && overlap(b.quoteShingles, a.shingles) > 0);
}

/** All features the model uses, written into the model's scratch buffer by default. */
export function modelFeatures(a: PreparedSentence, b: PreparedSentence, model: CompiledModel, out = model.buffer): Float64Array {
  return pairFeatures(a, b, model.terms, out);
}
