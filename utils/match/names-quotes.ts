/**
 * The two marks of a sentence read from its case-kept text (normalizeKeepCase): the capitalised
 * words that are not at its start (names, acronyms), and 6-word shingles of what it quotes.
 */
import { hashString, isStopword, stem, tokenize } from '../text/index';
import { ngrams } from './hash-arrays';
import { SHINGLE } from './sentence-arrays';

const CAPITALISED = /(^|[^\p{L}\p{M}'])(\p{Lu}[\p{L}\p{M}]*(?:['.-]\p{L}[\p{L}\p{M}]*)*)/gu;
const QUOTED = /"([^"]{12,})"|(?:^|[\s(])'([^']{12,}?)'(?=[\s,.;:!?)]|$)/g;

/** Hashes of capitalised words of `norm` (the sentence after normalizeKeepCase). */
export function capitalisedNames(norm: string): Int32Array {
  const found = new Set<number>();
  let first = true;
  for (const m of norm.matchAll(CAPITALISED)) {
    const before = norm.slice(Math.max(0, (m.index ?? 0) - 2), (m.index ?? 0) + m[1].length);
    const sentenceStart = first && /^[\s"'(]*$/.test(norm.slice(0, (m.index ?? 0) + m[1].length));
    first = false;
    const word = m[2].toLowerCase();
    if (sentenceStart || /[.!?]\s*["']?\s*$/.test(before) || isStopword(word)) continue;
    found.add(hashString(stem(word.replace(/\./g, ''))));
  }
  const out = new Int32Array(found.size);
  let i = 0;
  for (const h of found) out[i++] = h;
  return out.sort();
}

/** Shared by the sentences without a quotation (most of them): a zero-length array cannot be changed. */
const NO_SHINGLES = new Int32Array(0);

/** Shingle hashes of the quotations in `norm` (the sentence after normalizeKeepCase). */
export function quoteShingles(norm: string): Int32Array {
  // Most sentences quote nobody: skip the scan, and allocate nothing, when no quotation mark occurs.
  if (!norm.includes('"') && !norm.includes("'")) return NO_SHINGLES;
  const parts: number[] = [];
  for (const m of norm.matchAll(QUOTED)) {
    const tokens = tokenize(m[1] ?? m[2]);
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ids[i] = hashString(stem(tokens[i]));
    parts.push(...ngrams(ids, SHINGLE));
  }
  return parts.length === 0 ? NO_SHINGLES : Int32Array.from(parts).sort();
}

