/**
 * Whether another outlet's sentence replaces a day or month of this one ("on Tuesday" → "on
 * Wednesday"), as the sidebar's "Date differs" flag shows it on every claim card. Sentences that
 * name the same weekdays and months in the same order, or where only one names any (nearly every
 * pair), answer no without a word diff; otherwise the diff's summary decides (dates.ts).
 */
import { calendarNames } from '../text/calendar.ts';
import { wordDiff } from './word-diff.ts';
import { diffSummary } from './summary.ts';
import { replaced } from './dates.ts';

/** True when the diff from `a` to `b` replaces a day or month name (not merely adds or drops one). */
export function dateReplaced(a: string, b: string): boolean {
  if (replaced(calendarNames(a), calendarNames(b)) === null) return false;
  return diffSummary(wordDiff(a, b)).changedDates.length > 0;
}
