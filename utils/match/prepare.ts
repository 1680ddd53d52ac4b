/**
 * Precomputes everything the pair scorer needs from one sentence (stem hashes, weighted content
 * terms, n-gram and shingle hashes, numbers, negation, capitalised names, quoted spans), so a claim
 * can be prepared once and compared with many others cheaply. The tokens and stems themselves are
 * not kept: nothing reads them after preparation, and the cache of prepared stored claims holds
 * thousands of these (dropping them took a sentence from 3.6 to 2.3 KB of JS heap).
 */
import { hashString, isStopword, normalizeBoth, stem, tokenize, tokenizeNormalized, verbatimKeyOfNormalized } from '../text/index';
import { ngrams } from './hash-arrays';
import { SHINGLE, sentenceArrays } from './sentence-arrays';
import { tokenInfo, type TokenInfo } from './token-info';
import { polarityOf, type Polarity } from './polarity';

/** A sentence ready for {@link judgePrepared}; all hash arrays are sorted ascending. */
export interface PreparedSentence {
  text: string;
  /** Comparison key for verbatim equality (see verbatimKey). */
  key: string;
  /** Stem hashes in sentence order. */
  ids: Int32Array;
  /** Unique content (non-stopword) stem hashes, sorted, with aligned IDF weights. */
  content: Int32Array;
  weights: Float64Array;
  /** Sum of `weights`. */
  mass: number;
  /** Sorted (multiset) hashes of stem n-grams, n = 1..4. */
  grams: [Int32Array, Int32Array, Int32Array, Int32Array];
  /** Sorted unique number tokens. */
  numbers: string[];
  /** Count of negation cues (not, no, never, …). */
  negations: number;
  /** Negative cues including implied ones ("declined to", "banned") and antonym cues (see polarity.ts). */
  polarity: Polarity;
  /** Sorted unique hashes of capitalised words not at the sentence start (names, acronyms). */
  names: Int32Array;
  /** Sorted hashes of 6-token shingles inside quotation marks, and of the whole sentence. */
  quoteShingles: Int32Array;
  shingles: Int32Array;
  /** Sorted unique hashes of character trigrams of the verbatim key. */
  trigrams: Int32Array;
  /** Sorted unique hashes of all stem unigrams and bigrams (keys of the TF-KLD term weights). */
  terms: Int32Array;
  /** Offsets of `content`'s unit word vectors in the shared `wordVectors().rows` (-1 when unknown). */
  vectorRows: Int32Array;
  /** Unit IDF-weighted mean of the known content vectors (zeros when none is known). */
  centroid: Float32Array;
}

const CAPITALISED = /(^|[^\p{L}\p{M}'])(\p{Lu}[\p{L}\p{M}]*(?:['.-]\p{L}[\p{L}\p{M}]*)*)/gu;
const QUOTED = /"([^"]{12,})"|(?:^|[\s(])'([^']{12,}?)'(?=[\s,.;:!?)]|$)/g;

/** Prepares a sentence for scoring (see {@link PreparedSentence}). */
export function prepareSentence(text: string): PreparedSentence {
  // This runs for every stored claim a match reads: one Unicode normalisation serves the tokens,
  // the verbatim key and the case-kept form, and the typed arrays share one allocation
  // (sentence-arrays.ts).
  const { lower: normalized, keepCase } = normalizeBoth(text);
  const tokens = tokenizeNormalized(normalized);
  const n = tokens.length;
  const stems = new Array<string>(n);
  const ids = new Array<number>(n);
  const content = new Map<number, TokenInfo>();
  const numbers = new Set<string>();
  let negations = 0;
  for (let i = 0; i < n; i++) {
    const x = tokenInfo(tokens[i]);
    stems[i] = x.stem;
    ids[i] = x.id;
    if (x.negation) negations++;
    if (x.number) numbers.add(tokens[i]);
    if (!x.stopword) content.set(x.id, x);
  }
  const key = verbatimKeyOfNormalized(normalized);
  return {
    text, key,
    ...sentenceArrays(ids, content, key),
    numbers: [...numbers].sort(),
    negations,
    polarity: polarityOf(tokens, stems),
    names: capitalisedNames(keepCase),
    quoteShingles: quoteShingles(keepCase),
  };
}

/** Hashes of capitalised words of `norm` (the sentence after normalizeKeepCase). */
function capitalisedNames(norm: string): Int32Array {
  const found = new Set<number>();
  let first = true;
  for (const m of norm.matchAll(CAPITALISED)) {
    const before = norm.slice(Math.max(0, (m.index ?? 0) - 2), (m.index ?? 0) + m[1].length);
    const sentenceStart = first && /^[\s"'(]*$/.test(norm.slice(0, (m.index ?? 0) + m[1].length));
    first = false;
    const word = m[2].toLowerCase();
    if (sentenceStart || /[.!?]\s*["']?\s*$/.test(before) || isStopword(word)) continue;
    found.add(hashString(stem(word.replace(/\./g, ''))));
  }
  const out = new Int32Array(found.size);
  let i = 0;
  for (const h of found) out[i++] = h;
  return out.sort();
}

/** Shared by the sentences without a quotation (most of them): a zero-length array cannot be changed. */
const NO_SHINGLES = new Int32Array(0);

/** Shingle hashes of the quotations in `norm` (the sentence after normalizeKeepCase). */
function quoteShingles(norm: string): Int32Array {
  // Most sentences quote nobody: skip the scan, and allocate nothing, when no quotation mark occurs.
  if (!norm.includes('"') && !norm.includes("'")) return NO_SHINGLES;
  const parts: number[] = [];
  for (const m of norm.matchAll(QUOTED)) {
    const tokens = tokenize(m[1] ?? m[2]);
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ids[i] = hashString(stem(tokens[i]));
    parts.push(...ngrams(ids, SHINGLE));
  }
  return parts.length === 0 ? NO_SHINGLES : Int32Array.from(parts).sort();
}

