/**
 * Cuts over-long claims (a run-on paragraph with no sentence punctuation, a
 * table flattened to text) into pieces of bounded length, preferring clause
 * punctuation, then spaces, so matching and diffing stay cheap.
 */
import type { Span } from './segment.ts';

/** Longest claim, in UTF-16 code units. */
export const MAX_CLAIM_CHARS = 1200;

/** Best cut position in text[from, to): after clause punctuation, else at a space, else `to`. */
function cutAt(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  const half = Math.floor(window.length / 2);
  for (const re of [/[;:；：，、,]\s*/g, /\s+/g]) {
    let best = -1;
    for (const m of window.matchAll(re)) if (m.index >= half) best = m.index + m[0].length;
    if (best > 0 && best < window.length) return from + best;
  }
  // No break at all: cut hard, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(to - 1);
  return code >= 0xd800 && code <= 0xdbff ? to - 1 : to;
}

/** Splits a span longer than `max` into trimmed pieces of at most `max` characters. */
export function splitLong(text: string, span: Span, max = MAX_CLAIM_CHARS): Span[] {
  if (span.end - span.start <= max) return [span];
  const out: Span[] = [];
  let start = span.start;
  while (start < span.end) {
    const end = span.end - start <= max ? span.end : cutAt(text, start, start + max);
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (lead + trail < piece.length) out.push({ start: start + lead, end: end - trail });
    start = end;
  }
  return out;
}
