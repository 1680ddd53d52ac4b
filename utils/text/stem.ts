/**
 * A light English stemmer: Porter's steps 1a-1c (plurals, -ed/-ing, y→i) plus a few
 * common derivational suffixes. Conflates "reports/reported/reporting" but not more.
 * Expects a lower-cased word; non-Latin words and numbers are returned unchanged.
 */

const VOWEL = /[aeiou]/;
const LATIN_WORD = /^[a-z][a-z']*$/;

function hasVowel(s: string): boolean {
  return VOWEL.test(s) || /[^aeiou]y/.test(s);
}

function isConsonant(w: string, i: number): boolean {
  const c = w[i];
  if ('aeiou'.includes(c)) return false;
  if (c === 'y') return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** Porter's m(): the number of vowel-consonant sequences. */
function measure(w: string): number {
  let m = 0;
  let i = 0;
  const n = w.length;
  while (i < n && isConsonant(w, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(w, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(w, i)) i++;
    m++;
  }
  return m;
}

/** Ends consonant-vowel-consonant, last not w/x/y (e.g. "hop"). */
function cvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && !'wxy'.includes(w[n - 1]);
}

function step1a(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ies')) return w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('s') && w.length > 3) return w.slice(0, -1);
  return w;
}

function step1b(w: string): string {
  if (w.endsWith('eed')) return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w;
  let stem: string | null = null;
  if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) stem = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w.slice(0, -3)) && w.length > 5) stem = w.slice(0, -3);
  if (stem === null) return w;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return stem + 'e';
  const n = stem.length;
  if (n >= 2 && stem[n - 1] === stem[n - 2] && isConsonant(stem, n - 1) && !'lsz'.includes(stem[n - 1])) {
    return stem.slice(0, -1);
  }
  if (measure(stem) === 1 && cvc(stem)) return stem + 'e';
  return stem;
}

function step1c(w: string): string {
  if (w.endsWith('y') && w.length > 2 && hasVowel(w.slice(0, -1))) return w.slice(0, -1) + 'i';
  return w;
}

const SUFFIXES: Array<[string, string]> = [
  ['ational', 'ate'], ['ization', 'ize'], ['fulness', 'ful'], ['iveness', 'ive'], ['ousness', 'ous'],
  ['tional', 'tion'], ['ation', 'ate'], ['alism', 'al'], ['aliti', 'al'], ['iviti', 'ive'],
  ['biliti', 'ble'], ['ement', ''], ['ment', ''], ['ness', ''], ['ously', 'ous'], ['ally', 'al'], ['ly', ''],
];

function step2(w: string): string {
  for (let i = 0; i < SUFFIXES.length; i++) {
    const [suffix, repl] = SUFFIXES[i];
    if (w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length);
      return measure(base) > 1 || (repl !== '' && measure(base) > 0) ? base + repl : w;
    }
  }
  return w;
}

/** Porter's step 5a: drops a final -e ("announce" → "announc") unless the stem is short ("hope"). */
function step5a(w: string): string {
  if (!w.endsWith('e') || w.length <= 4) return w;
  const base = w.slice(0, -1);
  const m = measure(base);
  return m > 1 || (m === 1 && !cvc(base)) ? base : w;
}

/** Stems remembered before the memo is emptied (bounded memory whatever the text read). */
export const STEM_MEMO_LIMIT = 50_000;

const memo = new Map<string, string>();

/**
 * Stems a lower-case English word ("reported" → "report", "agencies" → "agenci"). Memoised:
 * matching stems the same words again and again (story terms, claim keys, names), and a map read
 * costs less than the suffix steps and their string slices (a quarter of all allocation while
 * matching, in a heap profile of the Chromium benchmark).
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const out = stemUncached(word);
  if (memo.size >= STEM_MEMO_LIMIT) memo.clear();
  memo.set(word, out);
  return out;
}

function stemUncached(word: string): string {
  if (!LATIN_WORD.test(word)) return word;
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  w = step1c(step1b(step1a(w)));
  return step5a(w.length > 4 ? step2(w) : w);
}
