/**
 * Whether another outlet's sentence replaces a number of this one ("35" → "38"), as the sidebar's
 * "Number differs" flag shows it on every claim card. When both sentences state the same numbers
 * in the same order (nearly every pair), the answer is no, without a word diff; otherwise the diff
 * decides, as it did when every match carried one. The two answers part only when the same
 * numbers are reworded around each other, which the diff may pair as a change ("rescued 3 …; 4 were
 * treated" against "3 residents: … rescued 4"), and the flag rightly does not.
 */
import { wordDiff } from './word-diff.ts';
import { diffSummary, numbersIn } from './summary.ts';

/** True when the diff from `a` to `b` replaces a number (not merely adds or drops one). */
export function numberReplaced(a: string, b: string): boolean {
  const na = numbersIn(a);
  const nb = numbersIn(b);
  if (na.length === 0 || nb.length === 0) return false;
  if (na.length === nb.length && na.every((n, i) => n.toLowerCase() === nb[i].toLowerCase())) return false;
  return diffSummary(wordDiff(a, b)).changedNumbers.some((n) => n.from !== '' && n.to !== '');
}
