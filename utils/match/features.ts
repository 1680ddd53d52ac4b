/**
 * Pair features for the paraphrase model, in the style of MRPC feature-based systems: n-gram
 * precision/recall, IDF- and discriminatively-weighted overlap, LCS, BLEU-like precision,
 * length ratio, agreement of numbers, polarity (negation, antonyms; polarity.ts) and names, character-trigram overlap, and soft
 * word alignment through word vectors (soft-align.ts).
 * Features are symmetric in the two sentences (min/max of both directions).
 */
import type { PreparedSentence } from './prepare';
import type { CompiledModel } from './model';
import { softAlign, type SoftAlignment } from './soft-align';
import { harmonic, lcs, overlap, ratio, sharedStrings } from './overlap';
import { EMPTY_WEIGHTS, termKld, weightedContent, type TermWeights } from './term-overlap';
import { antonymClashes, polarityClash } from './polarity';

export { lcs, overlap } from './overlap';
export type { TermWeights } from './term-overlap';

/** Names of the features, in vector order (documentation and training output). */
export const FEATURE_NAMES = [
  'uniMin', 'uniMax', 'biMin', 'biMax', 'triMin', 'triMax', 'quadMin', 'quadMax', 'bleu',
  'idfMin', 'idfMax', 'idfMissMax', 'idfMissMin', 'contentJaccard',
  'lcsMin', 'lcsMax', 'lenRatio', 'lenDiffLog',
  'numBoth', 'numMismatch', 'numExtra', 'negMismatch',
  'nameShare', 'nameMissing', 'charJaccard', 'charContain',
  'kldShare', 'kldMissMax', 'kldMissMin', 'sharedQuote', 'uniHarm', 'idfHarm',
  'missCountMax', 'missCountMin', 'termKldShare', 'termKldMissMax', 'termKldMissMin',
  'softMin', 'softMax', 'softHarm', 'centroidCos', 'unalignedMax', 'unalignedMin', 'antonymClash',
] as const;

/** Number of features. */
export const FEATURE_COUNT = FEATURE_NAMES.length;

const scratch = new Float64Array(4);
const alignment: SoftAlignment = { coverA: 0, coverB: 0, unalignedA: 0, unalignedB: 0, centroid: 0 };

/** Index of the first soft-alignment feature: features from here to {@link SOFT_END} come from softAlign. */
export const SOFT_START = FEATURE_NAMES.indexOf('softMin');
/** One past the last soft-alignment feature. */
export const SOFT_END = FEATURE_NAMES.indexOf('unalignedMin') + 1;
const ANTONYM = FEATURE_NAMES.indexOf('antonymClash');

/** Fills `out` (length ≥ FEATURE_COUNT) with the features of the pair and returns it. */
export function pairFeatures(
  a: PreparedSentence, b: PreparedSentence, tw: TermWeights = EMPTY_WEIGHTS,
  out: Float64Array = new Float64Array(FEATURE_COUNT),
): Float64Array {
  lexicalFeatures(a, b, tw, out);
  return softFeatures(a, b, out);
}

/** Fills every feature but the soft-alignment ones ([SOFT_START, SOFT_END)) and returns `out`. */
export function lexicalFeatures(a: PreparedSentence, b: PreparedSentence, tw: TermWeights, out: Float64Array): Float64Array {
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
  weightedContent(a, b, tw, scratch);
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
  out[f++] = polarityClash(a, b) ? 1 : 0;
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
  out[ANTONYM] = antonymClashes(a, b);
  return out;
}

/** Fills the soft-alignment features of the pair (soft-align.ts) into `out` and returns it. */
export function softFeatures(a: PreparedSentence, b: PreparedSentence, out: Float64Array): Float64Array {
  const s = softAlign(a, b, alignment);
  let f = SOFT_START;
  out[f++] = Math.min(s.coverA, s.coverB);
  out[f++] = Math.max(s.coverA, s.coverB);
  out[f++] = harmonic(s.coverA, s.coverB);
  out[f++] = s.centroid;
  out[f++] = Math.max(s.unalignedA, s.unalignedB);
  out[f++] = Math.min(s.unalignedA, s.unalignedB);
  return out;
}

/** The shingles {@link sharedQuote} compares (a screened sentence builds `shingles` only when asked). */
type QuoteShingles = Pick<PreparedSentence, 'quoteShingles' | 'shingles'>;

/** True when a quotation of ≥ 6 words in one sentence appears word for word in the other. */
export function sharedQuote(a: QuoteShingles, b: QuoteShingles): boolean {
  return sharedQuoteShingles(a, b) > 0;
}

/** How many 6-word shingles of one sentence's quotations the other holds (the larger way round; 2 or more: 7 words or more in a row). */
export function sharedQuoteShingles(a: QuoteShingles, b: QuoteShingles): number {
  return Math.max(
    a.quoteShingles.length > 0 ? overlap(a.quoteShingles, b.shingles) : 0,
    b.quoteShingles.length > 0 ? overlap(b.quoteShingles, a.shingles) : 0,
  );
}

/** All features the model uses, written into the model's scratch buffer by default. */
export function modelFeatures(a: PreparedSentence, b: PreparedSentence, model: CompiledModel, out = model.buffer): Float64Array {
  return pairFeatures(a, b, model.terms, out);
}
