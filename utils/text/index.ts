/** Text utilities for matching: normalising, tokenising, stemming, stopwords and term weights. */
export { normalize, normalizeBoth, normalizeKeepCase, verbatimKey, verbatimKeyOfNormalized } from './normalize';
export { tokenize, tokenizeNormalized, isNumberToken } from './tokenize';
export { stem } from './stem';
export { isStopword } from './stopwords';
export { termWeight, NUMBER_WEIGHT } from './term-weight';
export { hashString, hashPair } from './hash';
