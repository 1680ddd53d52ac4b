/**
 * Reporting periods: "third-quarter profit rose 18%" and "second-quarter profit fell 18%" are two
 * companies' or two quarters' results told in one template, however close their words, and so are
 * "unemployment fell to 4.1% in March" and "… in February". Two sentences that each name a quarter
 * or half-year, and no common one, report different periods; so do two near copies that each name
 * a month and no common one. "Q3" counts with a capital Q only, a "quarter-final" is no period,
 * and "May" is a month only after "in", "of", "since", "until", "early", "late", "mid", "next" or
 * "last", or before a day ("May 4"); not "May's", "by May" (Theresa May as often as the month) or
 * "may".
 */
import { MONTHS, MONTH_NAMES } from '../text/calendar';

const ORDINALS: Record<string, string> = { first: '1', '1st': '1', second: '2', '2nd': '2', third: '3', '3rd': '3', fourth: '4', '4th': '4' };
/** "third-quarter", "first half" (lower-cased text). */
const SPELLED = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(quarter|half)\b(?!-?finals?\b)/g;
/** "Q3". */
const SHORT = /\bQ([1-4])\b/g;

/** The periods a sentence names: quarters and half-years as "q3", "h1"; months as "m3". */
export function periodsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(SPELLED)) out.add(`${m[2][0]}${ORDINALS[m[1]]}`);
  for (const m of text.matchAll(SHORT)) out.add(`q${m[1]}`);
  for (const m of text.matchAll(MONTHS)) out.add(`m${MONTH_NAMES.indexOf(m[1] ?? 'May') + 1}`);
  return out;
}

/** True when both sentences name a quarter or half-year and none is the same. */
export function periodsDiffer(a: string, b: string): boolean {
  return kindDiffers(a, b, (p) => p[0] !== 'm');
}

/**
 * True when both sentences name a month and none is the same. Weaker than a quarter: a paraphrase
 * may name the month before ("up to 6.1% from 6% in March" / "to 6.1% in April, up from 6% a month
 * earlier"), so the scorer applies it to near copies only.
 */
export function monthsDiffer(a: string, b: string): boolean {
  return kindDiffers(a, b, (p) => p[0] === 'm');
}

/** Sentences whose periods are remembered: the scorer asks about each query claim once per stored claim. */
const MEMO_LIMIT = 4_000;
const memo = new Map<string, readonly string[]>();

/** {@link periodsOf} as a list, remembered by text (bounded: emptied when full). */
function periodList(text: string): readonly string[] {
  let hit = memo.get(text);
  if (hit === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, (hit = [...periodsOf(text)]));
  }
  return hit;
}

function kindDiffers(a: string, b: string, kind: (p: string) => boolean): boolean {
  const x = periodList(a).filter(kind), y = periodList(b).filter(kind);
  return x.length > 0 && y.length > 0 && !x.some((p) => y.includes(p));
}
