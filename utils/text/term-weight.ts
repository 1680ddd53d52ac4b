/**
 * IDF-like term weights from shipped document frequencies (term-stats.json, produced offline by
 * scripts/term-stats.ts from news corpora: numbers only plus the stems themselves).
 * Weight = ln((N+1)/(df+1)) / ln(N+1), in (0, 1]: "said" ≈ 0.1, a rare name = 1.
 */
import stats from './term-stats.json';
import { stem } from './stem';
import { isNumberToken } from './tokenize';

/** Shape of term-stats.json: stems by descending df, df delta-coded (first value absolute). */
interface TermStats {
  n: number;
  terms: string;
  df: number[];
}

/** Weight given to number tokens: numbers are strong evidence but often formatted differently. */
export const NUMBER_WEIGHT = 0.85;

let table: Map<string, number> | null = null;
let maxIdf = 1;

function load(): Map<string, number> {
  const s = stats as TermStats;
  const map = new Map<string, number>();
  maxIdf = Math.log(s.n + 1);
  const terms = s.terms ? s.terms.split(' ') : [];
  let df = 0;
  for (let i = 0; i < terms.length; i++) {
    df = i === 0 ? s.df[0] : df - s.df[i];
    map.set(terms[i], Math.log((s.n + 1) / (df + 1)) / maxIdf);
  }
  return map;
}

/**
 * IDF-like weight of a term (a lower-case token or its stem) in (0, 1]. Unknown (rare) terms
 * such as names get 1; numbers get {@link NUMBER_WEIGHT}.
 */
export function termWeight(term: string): number {
  if (table === null) table = load();
  const direct = table.get(term);
  if (direct !== undefined) return direct;
  if (isNumberToken(term)) return NUMBER_WEIGHT;
  return table.get(stem(term)) ?? 1;
}
