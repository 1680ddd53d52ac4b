/**
 * Paragraphs that state nothing: a sub-heading the page set in bold instead of a heading element
 * ("Back on the water"), a label, a place or "By" left alone, a list item of a word or two, a
 * time stamp ("4:14 p.m.", "Updated 10:02 AM"). They stay in the article's text (offsets and
 * anchoring are unchanged) but give no claim, so the sidebar lists no statement such as "Pittsburgh".
 */
import { wordCount } from './word-count.ts';

/** An unpunctuated paragraph of at most this many words is a label, not a statement. */
export const MAX_LABEL_WORDS = 6;

/** A time or date stamp, with an optional "Updated"/"Published" label. */
const STAMP = /^(?:(?:updated|published|posted|last updated)[:\s]*)?(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?:\s*[A-Z]{2,4})?|\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?)\.?$/i;

/** True when `para` gives no claim (see the module doc). */
export function isFragment(para: string): boolean {
  const text = para.trim();
  if (STAMP.test(text)) return true;
  const punctuated = /[.!?…。！？」』:;][)"'’”»]*$/u.test(text);
  return !punctuated && wordCount(text) <= MAX_LABEL_WORDS;
}
