/**
 * Where a one-sided negation stands in a near copy. "The evidence showed he had concealed the
 * money" / "The evidence did not show …" negate the shared words: a different statement. "Two
 * grenades were thrown, wounding seven" / "…, wounding seven, none seriously" only add a clause
 * around them: the same report with more detail. A negation counts when it lies inside the span
 * of words the two sentences share in order (their longest common subsequence of stems).
 */
import { stem, tokenize } from '../text/index';

/** Explicit negations (tokenize splits "didn't" into "did not"). */
const NEGATIONS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'neither', 'nor', 'none', 'cannot', 'nowhere']);
/** Words after "no"/"not" that make a bound or an idiom, not a negation ("no more than 120", "no longer", "nothing but"). */
const BOUND_NEXT = new Set(['more', 'fewer', 'less', 'later', 'earlier', 'only', 'least', 'sooner', 'longer', 'but']);
/** A contraction typed without its apostrophe ("dont", "isnt", "havent"), which tokenize keeps whole. */
const BARE_CONTRACTION = /^(?:do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|wo|ca|ai)nt$/;

/** Tokens with apostrophe-less contractions split like tokenize splits "don't": "dont" → "do", "not". */
function withBareContractions(tokens: readonly string[]): string[] {
  return tokens.flatMap((t) => (BARE_CONTRACTION.test(t) ? [t.slice(0, -2), 'not'] : [t]));
}

/** Indexes of each side's tokens in a longest common subsequence of their stems. */
function alignedIndexes(a: readonly string[], b: readonly string[]): [Set<number>, Set<number>] {
  const n = a.length, m = b.length;
  const t = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i * (m + 1) + j] = a[i] === b[j] ? t[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(t[(i + 1) * (m + 1) + j], t[i * (m + 1) + j + 1]);
    }
  }
  const ia = new Set<number>(), ib = new Set<number>();
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) { ia.add(i++); ib.add(j++); } else if (t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1]) i++; else j++;
  }
  return [ia, ib];
}

/** True when `tokens` carry a negation, outside `aligned`, between their first and last aligned token. */
function negatesInside(tokens: readonly string[], aligned: ReadonlySet<number>): boolean {
  if (aligned.size === 0) return false;
  const first = Math.min(...aligned), last = Math.max(...aligned);
  for (let i = first + 1; i < last; i++) {
    const next = tokens[i + 1] ?? '';
    // "No. 1" is a number, not a negation.
    if (!aligned.has(i) && NEGATIONS.has(tokens[i]) && !BOUND_NEXT.has(next) && !/^\d/.test(next)) return true;
  }
  return false;
}

/** True when exactly one of two close sentences negates inside the words they share (see module doc). */
export function negatesSharedWords(a: string, b: string): boolean {
  const ta = withBareContractions(tokenize(a)), tb = withBareContractions(tokenize(b));
  const [ia, ib] = alignedIndexes(ta.map(stem), tb.map(stem));
  return negatesInside(ta, ia) !== negatesInside(tb, ib);
}
