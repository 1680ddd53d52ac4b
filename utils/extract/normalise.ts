/** Whitespace and character clean-up shared by the extraction modules. */

/** Zero-width characters, soft hyphens and bidi embedding/override/isolate controls (which could reorder the UI around page text). */
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]/g;
const SPACE_RUN = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Collapse every run of whitespace (incl. NBSP) to one space, drop zero-width and bidi control characters, trim. */
export function normaliseSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACE_RUN, ' ').trim();
}

/** Number of words; CJK/Thai-like scripts without spaces count about one word per two characters. */
export function wordCount(text: string): number {
  const spaced = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  let count = 0;
  for (const token of spaced) {
    const dense = token.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu);
    count += dense && dense.length > 3 ? Math.ceil(dense.length / 2) : 1;
  }
  return count;
}

/** A heading of at least this many words that ends like a sentence is a sentence set as a heading. */
export const PROSE_HEADING_WORDS = 12;

/**
 * True when a heading is prose: a lead sentence some sites set in an <h2>, which must give claims
 * ("Officials said on Tuesday that the bridge would stay closed until the end of the month."),
 * unlike a sub-heading ("What happens next", "What did the prosecutors say?").
 */
export function isProseHeading(text: string): boolean {
  return endsLikeSentence(text) && wordCount(text) >= PROSE_HEADING_WORDS;
}

/** True when the string ends like a sentence (., !, ?, closing quote or CJK full stop). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…。！？」』][)"'’”»]*$/u.test(text.trim());
}
