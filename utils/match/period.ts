/**
 * Reporting periods: "third-quarter profit rose 18%" and "second-quarter profit fell 18%" are two
 * companies' or two quarters' results told in one template, however close their words. Two
 * sentences that each name a quarter or half-year, and no common one, report different periods.
 * "Q3" counts with a capital Q only, and a "quarter-final" is no period.
 */

const ORDINALS: Record<string, string> = { first: '1', '1st': '1', second: '2', '2nd': '2', third: '3', '3rd': '3', fourth: '4', '4th': '4' };
/** "third-quarter", "first half" (lower-cased text). */
const SPELLED = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(quarter|half)\b(?!-?finals?\b)/g;
/** "Q3". */
const SHORT = /\bQ([1-4])\b/g;

/** The reporting periods a sentence names, as "q3", "h1". */
export function periodsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(SPELLED)) out.add(`${m[2][0]}${ORDINALS[m[1]]}`);
  for (const m of text.matchAll(SHORT)) out.add(`q${m[1]}`);
  return out;
}

/** True when both sentences name a reporting period and none is the same. */
export function periodsDiffer(a: string, b: string): boolean {
  const pa = periodsOf(a), pb = periodsOf(b);
  return pa.size > 0 && pb.size > 0 && ![...pa].some((p) => pb.has(p));
}
