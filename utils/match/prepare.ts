/**
 * Precomputes everything the pair scorer needs from one sentence (stem hashes, weighted content
 * terms, n-gram and shingle hashes, numbers, negation, capitalised names, quoted spans), so a claim
 * can be prepared once and compared with many others cheaply. The tokens and stems themselves are
 * not kept: nothing reads them after preparation, and the cache of prepared stored claims holds
 * thousands of these (dropping them took a sentence from 3.6 to 2.3 KB of JS heap). A stored claim
 * is first only screened (screenSentence: its tokens, content words and verbatim key, what the
 * prefilter reads, at about half the cost) and finished only when a query claim may match it.
 */
import { normalizeBoth, tokenizeNormalized, verbatimKeyOfNormalized } from '../text/index';
import { capitalisedNames, quoteShingles } from './names-quotes';
import { ngrams } from './hash-arrays';
import { SHINGLE, sentenceArrays } from './sentence-arrays';
import { tokenInfo, type TokenInfo } from './token-info';
import { polarityOf, type Polarity } from './polarity';
import { claimKeysOf, isKeyToken } from './keys';

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

/** What the prefilter reads of a sentence (prefilter.ts): a PreparedSentence holds it, and so does a cheaper ScreenedSentence. */
export type SentenceScreen = Pick<PreparedSentence, 'text' | 'key' | 'content' | 'mass' | 'quoteShingles' | 'shingles'>;

/** A sentence's tokens and token facts: the first, cheaper half of its preparation. */
interface Analysis {
  text: string;
  keepCase: string;
  tokens: string[];
  stems: string[];
  ids: number[];
  content: Map<number, TokenInfo>;
  numbers: Set<string>;
  negations: number;
  key: string;
  quoteShingles: Int32Array;
}

/**
 * A stored sentence screened for the prefilter but not yet prepared: most claims of a long article
 * share too little with the query to be scored, and {@link finishSentence} prepares only the rest,
 * reusing the tokens.
 */
export interface ScreenedSentence extends SentenceScreen {
  readonly analysis: Analysis;
  /** The prepared sentence, once finished. */
  prepared: PreparedSentence | null;
}

/** Prepares a sentence for scoring (see {@link PreparedSentence}). */
export function prepareSentence(text: string): PreparedSentence {
  return complete(analyse(text));
}

/** The prefilter's view of a sentence, at about half the cost of preparing it. */
export function screenSentence(text: string): ScreenedSentence {
  const a = analyse(text);
  const c = a.content.size;
  const content = new Int32Array(c);
  let k = 0;
  for (const id of a.content.keys()) content[k++] = id;
  content.sort();
  // Summed in content order, as sentenceArrays sums `weights`: the same mass to the last bit.
  let mass = 0;
  for (let i = 0; i < c; i++) mass += a.content.get(content[i])!.weight;
  let shingles: Int32Array | undefined;
  return {
    text, key: a.key, content, mass, quoteShingles: a.quoteShingles, analysis: a, prepared: null,
    // Read only when one side quotes somebody (sharedQuote): built then, without preparing the rest.
    get shingles(): Int32Array {
      return (shingles ??= ngrams(Int32Array.from(a.ids), SHINGLE));
    },
  };
}

/** The prepared form of a screened sentence (computed once). */
export function finishSentence(s: ScreenedSentence): PreparedSentence {
  return (s.prepared ??= complete(s.analysis));
}

/**
 * The claim keys of a screened sentence: keys.ts's claimKeys of its text, from the tokens and stems
 * screening found (the matcher screens the query's claims before it looks their keys up).
 */
export function screenedClaimKeys(s: ScreenedSentence): number[] {
  const { tokens, stems } = s.analysis;
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const x = tokenInfo(tokens[i]);
    if (isKeyToken(tokens[i], x.stopword, x.number)) kept.push(stems[i]);
  }
  return claimKeysOf(s.key, kept);
}

function analyse(text: string): Analysis {
  // This runs for every stored claim a match reads: one Unicode normalisation serves the tokens,
  // the verbatim key and the case-kept form.
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
  return { text, keepCase, tokens, stems, ids, content, numbers, negations, key, quoteShingles: quoteShingles(keepCase) };
}

function complete(a: Analysis): PreparedSentence {
  // The typed arrays share one allocation (sentence-arrays.ts).
  return {
    text: a.text, key: a.key,
    ...sentenceArrays(a.ids, a.content, a.key),
    numbers: [...a.numbers].sort(),
    negations: a.negations,
    polarity: polarityOf(a.tokens, a.stems),
    names: capitalisedNames(a.keepCase),
    quoteShingles: a.quoteShingles,
  };
}
