/**
 * Pure string matcher for text-quote selectors, after Hypothesis's match-quote:
 * finds `exact` in a text, exact occurrences first (prefix and suffix pick
 * between several), then a fuzzy fallback that tolerates small edits
 * (whitespace, quote style, a changed word). Works on normalised text and
 * returns raw offsets.
 */
import type { TextQuoteSelector } from './types.ts';
import { normalise, normaliseText, type Normalised } from './normalise.ts';

/** Where a selector matched: raw offsets into the searched text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** Edit distance of the match in normalised characters (0 for exact). */
  errors: number;
}

/** Largest share of the quote's characters that may differ in a fuzzy match. */
const MAX_ERROR_RATE = 0.25;

/** How many characters of `a`'s end agree with `b`'s end (or starts, for suffixes). */
function agree(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n;
}

/** Context score of a candidate match [s, e) in normalised text. */
function contextScore(hay: string, s: number, e: number, prefix: string, suffix: string): number {
  return agree(hay.slice(Math.max(0, s - prefix.length), s), prefix, true) + agree(hay.slice(e, e + suffix.length), suffix, false);
}

/** Semi-global edit distance of `needle` against `hay[from, to)`: best [start, end) and errors. */
function bestWindow(hay: string, needle: string, from: number, to: number): { s: number; e: number; errors: number } {
  const m = needle.length;
  let prev = new Array<number>(m + 1);
  let prevStart = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  prevStart.fill(from);
  let best = { s: from, e: from, errors: m };
  for (let j = from; j < to; j++) {
    const cur = new Array<number>(m + 1);
    const curStart = new Array<number>(m + 1);
    cur[0] = 0;
    curStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1] + (needle[i - 1] === hay[j] ? 0 : 1);
      const del = prev[i] + 1;
      const ins = cur[i - 1] + 1;
      if (sub <= del && sub <= ins) [cur[i], curStart[i]] = [sub, i === 1 ? j : prevStart[i - 1]];
      else if (del <= ins) [cur[i], curStart[i]] = [del, prevStart[i]];
      else [cur[i], curStart[i]] = [ins, curStart[i - 1]];
    }
    if (cur[m] < best.errors) best = { s: curStart[m], e: j + 1, errors: cur[m] };
    prev = cur;
    prevStart = curStart;
  }
  return best;
}

/** Candidate start positions from exact hits of needle chunks (pigeonhole filter), most votes first. */
function candidates(hay: string, needle: string): number[] {
  const pieces = Math.min(8, Math.max(2, Math.floor(needle.length / 12)));
  const size = Math.floor(needle.length / pieces);
  const votes = new Map<number, number>();
  for (let p = 0; p < pieces && size > 0; p++) {
    const chunk = needle.slice(p * size, (p + 1) * size);
    for (let at = hay.indexOf(chunk), hits = 0; at >= 0 && hits < 50; at = hay.indexOf(chunk, at + 1), hits++) {
      const start = Math.round((at - p * size) / 8) * 8; // bucket nearby estimates together
      votes.set(start, (votes.get(start) ?? 0) + 1);
    }
  }
  return [...votes.entries()].sort((x, y) => y[1] - x[1]).slice(0, 5).map(([s]) => s);
}

/**
 * Finds the selector in `text`; null when nothing close enough exists.
 * `normalised` may pass `normalise(text)` in, to reuse it across many selectors.
 */
export function matchQuote(text: string, selector: TextQuoteSelector, normalised?: Normalised): QuoteMatch | null {
  const hay = normalised ?? normalise(text);
  const needle = normaliseText(selector.exact);
  if (!needle) return null;
  const prefix = normaliseText(selector.prefix);
  const suffix = normaliseText(selector.suffix);
  let found: { s: number; e: number; errors: number } | null = null;
  let bestScore = -1;
  for (let at = hay.text.indexOf(needle), n = 0; at >= 0 && n < 1000; at = hay.text.indexOf(needle, at + 1), n++) {
    const score = contextScore(hay.text, at, at + needle.length, prefix, suffix);
    if (score > bestScore) [found, bestScore] = [{ s: at, e: at + needle.length, errors: 0 }, score];
  }
  if (!found) {
    const slack = Math.ceil(needle.length * MAX_ERROR_RATE);
    for (const c of candidates(hay.text, needle)) {
      const w = bestWindow(hay.text, needle, Math.max(0, c - slack - 8), Math.min(hay.text.length, c + needle.length + slack + 8));
      if (w.errors <= needle.length * MAX_ERROR_RATE && (!found || w.errors < found.errors)) found = w;
    }
  }
  if (!found || found.e <= found.s) return null;
  return { start: hay.toRaw[found.s], end: hay.toRaw[found.e - 1] + 1, errors: found.errors };
}
