/**
 * Text normalisation shared by the tokenizer and the matcher: Unicode NFKC, lower case,
 * one quote style, one dash style, single spaces. Pure; runs in Node and the browser.
 */

const QUOTE_MAP: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '「': '"', '」': '"',
  '『': '"', '』': '"', '″': '"', '〝': '"', '〞': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '‹': "'", '›': "'", '′': "'", '`': "'", '´': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '﹘': '-',
};
const SPECIAL_RE = /[“”„‟«»「」『』″〝〞‘’‚‛‹›′`´‐‑‒–—―−﹘]/g;

/** NFKC, lower-cased, quotes unified to `"`/`'`, dashes to `-`, whitespace collapsed and trimmed. */
export function normalize(text: string): string {
  return finish(text.normalize('NFKC').toLowerCase());
}

/** Same as {@link normalize} but keeps letter case (used where capitalisation carries meaning). */
export function normalizeKeepCase(text: string): string {
  return finish(text.normalize('NFKC'));
}

/**
 * Both {@link normalize} and {@link normalizeKeepCase} of `text`, sharing one Unicode NFKC pass
 * (equal to calling both, by construction).
 */
export function normalizeBoth(text: string): { lower: string; keepCase: string } {
  const nfkc = text.normalize('NFKC');
  return { lower: finish(nfkc.toLowerCase()), keepCase: finish(nfkc) };
}

/** The steps after NFKC (and lower-casing): one quote and dash style, single spaces, trimmed. */
function finish(text: string): string {
  return unifyPunctuation(text).replace(/\s+/g, ' ').trim();
}

function unifyPunctuation(text: string): string {
  return text.replace(SPECIAL_RE, (c) => QUOTE_MAP[c] ?? c);
}

/**
 * Comparison key for "the same words": normalised, quote marks removed, spaces around
 * punctuation collapsed, trailing punctuation dropped. Two sentences with equal keys are verbatim copies.
 */
export function verbatimKey(text: string): string {
  return verbatimKeyOfNormalized(normalize(text));
}

/** {@link verbatimKey} of text already passed through {@link normalize} (saves normalising twice). */
export function verbatimKeyOfNormalized(normalized: string): string {
  return normalized
    .replace(/["']/g, (q, i: number, s: string) => (q === "'" && /\p{L}/u.test(s[i - 1] ?? '') && /\p{L}/u.test(s[i + 1] ?? '') ? q : ''))
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/[\s.,;:!?…。！？、-]+$/u, '')
    .replace(/^[\s-]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
