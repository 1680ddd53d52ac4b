/**
 * Reporting periods: "third-quarter profit rose 18%" and "second-quarter profit fell 18%" are two
 * companies' or two quarters' results told in one template, however close their words. Two
 * sentences that each name a quarter or half-year, and no common one, report different periods.
 */

const ORDINALS: Record<string, string> = { first: '1', '1st': '1', second: '2', '2nd': '2', third: '3', '3rd': '3', fourth: '4', '4th': '4' };
const PERIOD = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(quarter|half)\b|\b(Q|H)([1-4])\b/gi;

/** The reporting periods a sentence names, as "q3", "h1". */
export function periodsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PERIOD)) {
    if (m[1]) out.add(`${m[2].toLowerCase()[0]}${ORDINALS[m[1].toLowerCase()]}`);
    else out.add(`${m[3].toLowerCase()}${m[4]}`);
  }
  return out;
}

/** True when both sentences name a reporting period and none is the same. */
export function periodsDiffer(a: string, b: string): boolean {
  const pa = periodsOf(a), pb = periodsOf(b);
  return pa.size > 0 && pb.size > 0 && ![...pa].some((p) => pb.has(p));
}
