/**
 * Claims: sentence splitting, quote + attribution units, and text-quote selectors.
 * `anchorQuote` (finding a selector again in a live DOM) lives in `./anchor.ts`.
 */
export type { Claim, TextQuoteSelector } from './types.ts';
export { splitSentences } from './segment.ts';
export type { Span } from './segment.ts';
export { splitClaims, articleClaims, wordCount } from './claims.ts';
export { makeSelector } from './selector.ts';
export { hasQuotation } from './quotes.ts';
export { anchorQuote, anchorQuotes } from './anchor.ts';
export { matchQuote } from './match-quote.ts';
