/**
 * Text-quote selectors for claims: the claim's exact text plus up to 32
 * characters of article text on each side, as Hypothesis and the W3C Web
 * Annotation model use, so the claim can be found again in the live page.
 */
import type { TextQuoteSelector } from './types.ts';

/** How many characters of context a selector keeps on each side. */
export const CONTEXT_CHARS = 32;

/** Builds the selector for `text.slice(start, end)` within the whole article text. */
export function makeSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}
