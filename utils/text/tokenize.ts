/**
 * Word tokenizer for matching (not for display): normalised lower-case word tokens of any
 * script, numbers without thousands separators ("1,200" → "1200", "3.5" stays), currency and
 * magnitude shorthands spelled out ("$1.2bn" → "1.2 billion", "5%" → "5 percent"), contractions
 * split ("didn't" → "did not"), possessive "'s" dropped. Scripts written without spaces
 * (Han, Hiragana, Katakana) become overlapping character bigrams.
 */
import { normalize } from './normalize';

const MAGNITUDE: Record<string, string> = {
  bn: 'billion', b: 'billion', m: 'million', mn: 'million', k: 'thousand', tn: 'trillion', '%': 'percent', pc: 'percent',
};
const NEG_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
const CLITICS = new Set(["'s", "'re", "'ve", "'ll", "'d", "'m"]);

const TOKEN_RE =
  /(\p{N}+(?:[.,]\p{N}+)*)(bn|mn|tn|pc|b|m|k|%|st|nd|rd|th|s)?(?![\p{L}\p{M}])|([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)|((?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}])+(?:'(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}])+)*)/gu;

/** True when `token` is a number token as produced by {@link tokenize}. */
export function isNumberToken(token: string): boolean {
  return /^\p{N}+(?:\.\p{N}+)?$/u.test(token);
}

/** Splits text into normalised word tokens (see module doc). */
export function tokenize(text: string): string[] {
  return tokenizeNormalized(normalize(text));
}

/** {@link tokenize} of text already passed through {@link normalize} (saves normalising twice). */
export function tokenizeNormalized(norm: string): string[] {
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(norm)) !== null) {
    if (m[1] !== undefined) pushNumber(out, m[1], m[2]);
    else if (m[3] !== undefined) pushBigrams(out, m[3]);
    else if (m[4] !== undefined) pushWord(out, m[4]);
  }
  return out;
}

function pushNumber(out: string[], digits: string, suffix: string | undefined): void {
  // "1,200" and "1,200,000" are thousands; a lone "3,5" is kept as a decimal comma.
  let value = /^\p{N}{1,3}(,\p{N}{3})+(\.\p{N}+)?$/u.test(digits) ? digits.replace(/,/g, '') : digits.replace(',', '.');
  if (/\./.test(value) && /^\p{N}{1,3}(\.\p{N}{3})+$/u.test(value) && value.split('.').length > 2) value = value.replace(/\./g, '');
  out.push(value);
  const word = suffix ? MAGNITUDE[suffix] : undefined;
  if (word) out.push(word);
}

function pushBigrams(out: string[], run: string): void {
  const chars = Array.from(run);
  if (chars.length === 1) out.push(chars[0]);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
}

function pushWord(out: string[], word: string): void {
  const apos = word.indexOf("'");
  if (apos < 0) {
    out.push(word);
    return;
  }
  if (word.endsWith("n't")) {
    const base = word.slice(0, -3);
    out.push(NEG_BASE[base] ?? base, 'not');
    return;
  }
  const tail = word.slice(word.lastIndexOf("'"));
  if (CLITICS.has(tail)) {
    out.push(word.slice(0, -tail.length));
    return;
  }
  out.push(word);
}
