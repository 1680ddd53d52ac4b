/**
 * Safe links: only http(s) URLs are ever rendered as links, and links to another
 * outlet's sentence carry a text fragment (`#:~:text=`) so the page opens scrolled to it.
 */

/** The URL when it is http(s), else null (drops `javascript:`, `data:` and anything unparsable). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Encodes one text-directive term: percent-encoding plus the directive's own syntax characters. */
export function encodeFragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/[-,&!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Sentences with more words than this use `start,end` instead of the whole text. */
export const LONG_SENTENCE_WORDS = 10;

/** The text directive for a sentence: whole text when short, first and last words when long. */
export function textDirective(sentence: string): string {
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (!words.length) return '';
  if (words.length <= LONG_SENTENCE_WORDS) return encodeFragmentTerm(words.join(' '));
  return `${encodeFragmentTerm(words.slice(0, 4).join(' '))},${encodeFragmentTerm(words.slice(-4).join(' '))}`;
}

/** `url` pointing at `sentence` with a text fragment, or null when `url` is not http(s). */
export function textFragmentUrl(url: string | null | undefined, sentence: string): string | null {
  const safe = safeHttpUrl(url);
  if (!safe) return null;
  const directive = textDirective(sentence);
  if (!directive) return safe;
  const base = safe.split('#')[0];
  return `${base}#:~:text=${directive}`;
}
