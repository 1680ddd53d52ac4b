/**
 * Where a one-sided negation stands in a near copy. "The evidence showed he had concealed the
 * money" / "The evidence did not show …" negate the shared words: a different statement. "Two
 * grenades were thrown, wounding seven" / "…, wounding seven, none seriously", or "The man was
 * charged" / "The man, who was not named, was charged" only add a clause: the same report with
 * more detail. A negation counts when it stands among the words the two sentences share in order
 * (their longest common subsequence of stems), or right before them, in a short run of unshared
 * words or at the edge of a longer one ("would never, under any circumstances, raise").
 */
import { stem, tokenize } from '../text/index';
import { NEGATIONS as POLARITY_NEGATIONS, NOT_NEGATING_NEXT } from './polarity';

/**
 * Explicit negations (tokenize splits "didn't" into "did not"): polarity.ts's, but "without",
 * which opens a clause of its own ("…, without giving details").
 */
const NEGATIONS = new Set([...POLARITY_NEGATIONS].filter((w) => w !== 'without'));
/** Words after "no"/"not" that make a bound or an idiom, not a negation: polarity.ts's ("no more than 120") and "no longer", "nothing but", "not surprisingly". */
const BOUND_NEXT = new Set([...NOT_NEGATING_NEXT, 'longer', 'but', 'surprisingly']);
/** A contraction typed without its apostrophe ("dont", "isnt", "havent"), which tokenize keeps whole. */
const BARE_CONTRACTION = /^(?:do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|wo|ca|ai)nt$/;

/** Tokens with apostrophe-less contractions split like tokenize splits "don't": "dont" → "do", "not". */
function withBareContractions(tokens: readonly string[]): string[] {
  return tokens.flatMap((t) => (BARE_CONTRACTION.test(t) ? [t.slice(0, -2), 'not'] : [t]));
}

/**
 * Indexes of each side's tokens in a longest common subsequence of their stems: with `late`, a
 * word found twice is matched to its later occurrence when that keeps the subsequence as long
 * ("The man, who was not named, was charged" / "The man was charged": the second "was").
 */
function alignedIndexes(a: readonly string[], b: readonly string[], late: boolean): [Set<number>, Set<number>] {
  const n = a.length, m = b.length, w = m + 1;
  const t = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i * w + j] = a[i] === b[j] ? t[(i + 1) * w + j + 1] + 1 : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
    }
  }
  const ia = new Set<number>(), ib = new Set<number>();
  for (let i = 0, j = 0; i < n && j < m;) {
    const skipA = t[(i + 1) * w + j], skipB = t[i * w + j + 1];
    if (a[i] === b[j] && !(late && Math.max(skipA, skipB) === t[i * w + j])) { ia.add(i++); ib.add(j++); } else if (skipA >= skipB) i++; else j++;
  }
  return [ia, ib];
}

/** Longest run of unshared words that can negate the shared ones ("did not", "has not", "no longer"). */
const MAX_NEGATING_RUN = 3;

/**
 * True when `tokens` carry a negation in a short run of unshared words that stands among the
 * shared ones or right before the first ("No charges were filed"), not in an inserted clause
 * ("…, who was not named, …", "…, though no injuries were reported, …").
 */
function negatesInside(tokens: readonly string[], aligned: ReadonlySet<number>, setOff: readonly boolean[]): boolean {
  if (aligned.size === 0) return false;
  const first = Math.min(...aligned), last = Math.max(...aligned);
  for (let i = 0; i < last;) {
    if (aligned.has(i)) { i++; continue; }
    let end = i;
    while (end < last && !aligned.has(end)) end++;
    const run = tokens.slice(i, end);
    const placed = i > first || end === first;
    if (placed && run.some((t, k) => isNegation(t, run[k + 1] ?? tokens[end] ?? '') && negatesNeighbour(run, k, setOff[i + k]))) return true;
    i = end;
  }
  return false;
}

/** Words after a negation that open an inserted clause about something else ("neither of which exploded"). */
const CLAUSE_NEXT = new Set(['of', 'which', 'who', 'whom', 'whose']);

/**
 * True when the negation at `k` of an unshared run negates the shared words next to it: the run is
 * short ("did not"), or the negation stands at its edge next to a shared word ("would never, under
 * any circumstances, raise", "was, so far as they could tell, not linked"), unless it opens a
 * phrase set off by a comma ("A man, not yet named by police, was …") or a clause of its own
 * ("neither of which exploded").
 */
function negatesNeighbour(run: readonly string[], k: number, afterComma: boolean): boolean {
  if (run.length <= MAX_NEGATING_RUN || k === run.length - 1) return true;
  return k === 0 && !afterComma && !CLAUSE_NEXT.has(run[1]);
}

/** For each token, whether a comma, dash or bracket comes right before it in `text` (false when it cannot be found). */
function afterCommas(text: string, tokens: readonly string[]): boolean[] {
  const lower = text.toLowerCase();
  let at = 0;
  return tokens.map((t) => {
    const i = lower.indexOf(t, at);
    if (i < 0) return false;
    at = i + t.length;
    return /[,(—–]\s*$/.test(lower.slice(Math.max(0, i - 3), i));
  });
}

/** A negation, unless the next word makes it a bound or an idiom, or a number ("No. 1"). */
function isNegation(token: string, next: string): boolean {
  return NEGATIONS.has(token) && !BOUND_NEXT.has(next) && !/^\d/.test(next);
}

/**
 * True when exactly one of two close sentences negates among the words they share (see module
 * doc), however a repeated word is aligned.
 */
export function negatesSharedWords(a: string, b: string): boolean {
  const ta = withBareContractions(tokenize(a)), tb = withBareContractions(tokenize(b));
  const sa = ta.map(stem), sb = tb.map(stem);
  const ca = afterCommas(a, ta), cb = afterCommas(b, tb);
  return [false, true].every((late) => {
    const [ia, ib] = alignedIndexes(sa, sb, late);
    return negatesInside(ta, ia, ca) !== negatesInside(tb, ib, cb);
  });
}
