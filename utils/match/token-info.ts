/**
 * Per-token facts the sentence preparation needs (stem, stem hash, stopword, number, negation,
 * shipped weight, word-vector row), memoised by token: news text reuses a small vocabulary, and
 * stemming and the lookups cost more than one map read. Every field is a pure function of the
 * token, so a cached entry is exactly what a fresh computation would give.
 */
import { hashString, isNumberToken, isStopword, stem, termWeight } from '../text/index';
import { stemRow } from '../text/word-vectors';

/** What {@link tokenInfo} knows about a token. */
export interface TokenInfo {
  stem: string;
  /** hashString of the stem. */
  id: number;
  stopword: boolean;
  number: boolean;
  negation: boolean;
  /** termWeight of the stem (content words only; 0 for stopwords). */
  weight: number;
  /** stemRow of the stem (content words only; -1 for stopwords). */
  row: number;
}

/** Negation cues counted by the preparation. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'neither', 'nor', 'none', 'without', 'cannot', 'nowhere']);

/** Entries kept before the memo is emptied (bounded memory whatever the library size). */
const TOKEN_MEMO_LIMIT = 50_000;

const memo = new Map<string, TokenInfo>();

/** Facts about token `t` (a token as `tokenize` returns it). */
export function tokenInfo(t: string): TokenInfo {
  const hit = memo.get(t);
  if (hit !== undefined) return hit;
  const s = stem(t);
  const stopword = isStopword(t);
  const info: TokenInfo = {
    stem: s, id: hashString(s), stopword, number: isNumberToken(t), negation: NEGATIONS.has(t),
    weight: stopword ? 0 : termWeight(s), row: stopword ? -1 : stemRow(s),
  };
  if (memo.size >= TOKEN_MEMO_LIMIT) memo.clear();
  memo.set(t, info);
  return info;
}
