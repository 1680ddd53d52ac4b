/**
 * The cheap test run before scoring a pair (mayMatch), and its indexed form for one query
 * (queryPrefilter): alignment meets every stored claim of up to 74 articles with every claim of
 * the article being read, so instead of testing each of the 40 × 1,000 pairs on its own, a stored
 * claim's content words are looked up in an index of the query's, which yields the same pairs.
 */
import type { PreparedSentence, SentenceScreen } from './prepare';
import { PARAPHRASE_MIN_SHARED_MASS } from './score';
import { sharedQuote } from './features';

/**
 * Candidate pairs sharing less than this share of the smaller content mass are not scored (unless
 * verbatim or sharing a quotation). At 0.2 a third of the pairs scored in the benchmark's long
 * articles shared 0.2–0.3, and every link they gave in NewsWCL50 (10 of 509) was a topically
 * related sentence, not the same statement (in a tariff story, one sentence on exemptions being
 * considered, another on pressure to renegotiate); at 0.3 they are not scored.
 */
export const PREFILTER_SHARE = 0.3;

/** Weighted content overlap of two prepared sentences (weights of `a`). */
export function sharedMass(a: PreparedSentence, b: PreparedSentence): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.content.length && j < b.content.length) {
    if (a.content[i] === b.content[j]) {
      s += a.weights[i];
      i++;
      j++;
    } else if (a.content[i] < b.content[j]) i++;
    else j++;
  }
  return s;
}

/** The share test on a pair's shared mass (weights of the query side `a`). */
function sharesEnough(s: number, a: SentenceScreen, b: SentenceScreen): boolean {
  return s >= PARAPHRASE_MIN_SHARED_MASS && s >= PREFILTER_SHARE * Math.min(a.mass, b.mass);
}

/**
 * True when the pair is worth scoring. Lossless below its share test: the scorer calls a pair
 * 'none' unless it is verbatim, shares a quotation, or shares at least
 * {@link PARAPHRASE_MIN_SHARED_MASS} of content mass (a 'near' pair needs more).
 */
export function mayMatch(a: PreparedSentence, b: PreparedSentence): boolean {
  if (a.key === b.key) return true;
  if (sharesEnough(sharedMass(a, b), a, b)) return true;
  return sharedQuote(a, b);
}

/**
 * For the query's claims, a function giving the indices (ascending) of those with which a stored
 * claim {@link mayMatch}: exactly the same pairs, found through an index of the query's content
 * words and remembered per stored text (a wire sentence repeated across articles is tested once).
 */
export function queryPrefilter(query: readonly PreparedSentence[]): (p: SentenceScreen) => readonly number[] {
  const byStem = new Map<number, { qi: number; w: number }[]>();
  const byKey = new Map<string, number[]>();
  const quoting = new Set<number>();
  query.forEach((q, qi) => {
    q.content.forEach((stem, i) => {
      const list = byStem.get(stem);
      if (list) list.push({ qi, w: q.weights[i] });
      else byStem.set(stem, [{ qi, w: q.weights[i] }]);
    });
    const same = byKey.get(q.key);
    if (same) same.push(qi);
    else byKey.set(q.key, [qi]);
    if (q.quoteShingles.length > 0) quoting.add(qi);
  });
  const shared = new Float64Array(query.length);
  const memo = new Map<string, readonly number[]>();
  return (p) => {
    const hit = memo.get(p.text);
    if (hit) return hit;
    shared.fill(0);
    // p.content is sorted, as in sharedMass: each sum adds the same weights in the same order.
    for (const stem of p.content) for (const { qi, w } of byStem.get(stem) ?? []) shared[qi] += w;
    const verbatim = byKey.get(p.key) ?? [];
    const quotes = p.quoteShingles.length > 0;
    const out: number[] = [];
    query.forEach((q, qi) => {
      if (verbatim.includes(qi) || sharesEnough(shared[qi], q, p)) out.push(qi);
      else if ((quotes || quoting.has(qi)) && sharedQuote(q, p)) out.push(qi);
    });
    memo.set(p.text, out);
    return out;
  };
}
