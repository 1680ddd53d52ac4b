/**
 * Tokens for the word diff: whole words (with inner apostrophes, hyphens, decimal
 * points and thousands separators), single ideographs, whitespace runs, and single
 * punctuation marks. Each token carries a comparison key that ignores letter case,
 * quote style, dash style and the exact whitespace.
 */

/** One token of a diffed string; `text` is verbatim, `key` is what is compared. */
export interface Token {
  text: string;
  key: string;
}

// Han, Hiragana, Katakana, Hangul syllables are diffed one character at a time:
// those scripts put no spaces between words.
const IDEOGRAPH = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const WORD_CHAR = `(?:(?![${IDEOGRAPH}])[\\p{L}\\p{M}\\p{N}])`;
const TOKEN_RE = new RegExp(
  `${WORD_CHAR}+(?:['’.,\\-‐]${WORD_CHAR}+)*|[${IDEOGRAPH}]|\\s+|[\\s\\S]`,
  'gu',
);

const QUOTE_KEYS: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '「': '"', '」': '"',
  '『': '"', '』': '"', '″': '"', '‘': "'", '’': "'", '‚': "'", '‛': "'", '‹': "'",
  '›': "'", '′': "'", '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-',
};

/** The comparison key of a token (or any text): lower case, one quote/dash style; whitespace tokens become one space. */
export function tokenKey(text: string): string {
  if (/^\s+$/.test(text)) return ' ';
  let key = text.toLowerCase();
  if (/[“”„‟«»「」『』″‘’‚‛‹›′–—‐‑−]/.test(key)) {
    key = key.replace(/[“”„‟«»「」『』″‘’‚‛‹›′–—‐‑−]/g, (c) => QUOTE_KEYS[c] ?? c);
  }
  return key;
}

/** Splits `text` into tokens whose texts concatenate back to exactly `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) out.push({ text: m[0], key: tokenKey(m[0]) });
  return out;
}

/** True for a token text made only of whitespace. */
export function isSpace(text: string): boolean {
  return /^\s*$/.test(text);
}

/** True when a text holds no letter or digit (whitespace and punctuation only). */
export function isPunctOrSpace(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}
