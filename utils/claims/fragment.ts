/**
 * Paragraphs that state nothing: a sub-heading the page set in bold instead of a heading element
 * ("Back on the water"), a label, a place or "By" left alone, a list item of a word or two, a
 * time stamp ("4:14 p.m.", "Updated 10:02 AM"), an embedded post's signature line. They stay in the
 * article's text (offsets and anchoring are unchanged) but give no claim, so the sidebar lists no
 * statement such as "Pittsburgh". A claim also ends before an embedded post's trailing link.
 */
import { wordCount } from './word-count.ts';

/** An unpunctuated paragraph of at most this many words is a label, not a statement. */
export const MAX_LABEL_WORDS = 6;

/** A time or date stamp, with an optional "Updated"/"Published" label. */
const STAMP = /^(?:(?:updated|published|posted|last updated)[:\s]*)?(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?:\s*[A-Z]{2,4})?|\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?)\.?$/i;

/** The signature line under an embedded post: "— Jo Doe (@jodoe) March 10, 2026". */
const POST_SIGNATURE = /^[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s*(?:\p{L}+\.?\s+\d{1,2},\s*\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})?$/u;

/** A link an embedded post ends with ("https://t.co/…", "pic.twitter.com/…"), which no other outlet shares. */
const TRAILING_POST_LINK = /\s+(?:https?:\/\/t\.co\/\S+|pic\.twitter\.com\/\S+)$/;

/** How many characters of a claim's end are an embedded post's link (0 when none, or when nothing else is left). */
export function trailingPostLink(text: string): number {
  const m = TRAILING_POST_LINK.exec(text);
  return m && /[\p{L}\p{N}]/u.test(text.slice(0, m.index)) ? m[0].length : 0;
}

/** True when `para` gives no claim (see the module doc). */
export function isFragment(para: string): boolean {
  const text = para.trim();
  if (STAMP.test(text) || POST_SIGNATURE.test(text)) return true;
  const punctuated = /[.!?…。！？」』:;][)"'’”»]*$/u.test(text);
  return !punctuated && wordCount(text) <= MAX_LABEL_WORDS;
}
