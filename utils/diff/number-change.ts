/**
 * Whether another outlet's sentence replaces a number of this one ("35" → "38"), as the sidebar's
 * "Number changed" flag shows it for every claim card. Decided without a word diff when both
 * sentences state the same numbers in the same order (nearly every pair), so the sidebar can flag
 * every card while diffs are computed only for the comparisons a reader opens.
 */
import { wordDiff } from './index.ts';
import { diffSummary, numbersIn } from './summary.ts';

/** True when the diff from `a` to `b` replaces a number (not merely adds or drops one). */
export function numberReplaced(a: string, b: string): boolean {
  const na = numbersIn(a);
  const nb = numbersIn(b);
  if (na.length === 0 || nb.length === 0) return false;
  if (na.length === nb.length && na.every((n, i) => n.toLowerCase() === nb[i].toLowerCase())) return false;
  return diffSummary(wordDiff(a, b)).changedNumbers.some((n) => n.from !== '' && n.to !== '');
}
