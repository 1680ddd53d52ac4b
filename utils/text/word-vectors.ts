/**
 * Distributional word vectors for stems (word-vectors.json, learned offline by
 * scripts/word-vectors.ts from news corpora: PPMI + truncated SVD, int8, base64; numbers and the
 * stem vocabulary only). Decoded lazily, once, into unit-length Float32 rows; lets the matcher see
 * that "inquiry" and "investigation" or "homes" and "households" are close.
 */
import shipped from './word-vectors.json';

interface VectorsJson { dims: number; words: string; data: string }

/** The decoded table: stem → row, and rows of `dims` unit-length floats. */
export interface WordVectors {
  dims: number;
  index: Map<string, number>;
  rows: Float32Array;
}

let table: WordVectors | null = null;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes standard base64 (no whitespace) without relying on atob or Buffer. */
export function decodeBase64(s: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s[len - 1] === '=') len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = lookup[s.charCodeAt(i)], b = lookup[s.charCodeAt(i + 1)];
    const c = i + 2 < len ? lookup[s.charCodeAt(i + 2)] : 0, d = i + 3 < len ? lookup[s.charCodeAt(i + 3)] : 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

function load(json: VectorsJson): WordVectors {
  const words = json.words ? json.words.split(' ') : [];
  const bytes = new Int8Array(decodeBase64(json.data).buffer);
  const dims = json.dims;
  const rows = new Float32Array(words.length * dims);
  const index = new Map<string, number>();
  for (let w = 0; w < words.length; w++) {
    index.set(words[w], w);
    let n = 0;
    for (let k = 0; k < dims; k++) n += bytes[w * dims + k] ** 2;
    const inv = n > 0 ? 1 / Math.sqrt(n) : 0;
    for (let k = 0; k < dims; k++) rows[w * dims + k] = bytes[w * dims + k] * inv;
  }
  return { dims, index, rows };
}

/** The shipped vectors, decoded on first use. */
export function wordVectors(): WordVectors {
  if (table === null) table = load(shipped as VectorsJson);
  return table;
}

/** Offset of a stem's row in `wordVectors().rows` (index × dims), or -1 when the stem is unknown. */
export function stemRow(s: string): number {
  const t = wordVectors();
  const i = t.index.get(s);
  return i === undefined ? -1 : i * t.dims;
}

/** Unit vector of a stem (a view into the table), or null when the stem is not in the vocabulary. */
export function stemVector(s: string): Float32Array | null {
  const t = wordVectors();
  const i = t.index.get(s);
  return i === undefined ? null : t.rows.subarray(i * t.dims, (i + 1) * t.dims);
}

/** Cosine of two stems' vectors; 1 for equal stems, 0 when either is unknown. */
export function stemSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = stemVector(a), y = stemVector(b);
  if (x === null || y === null) return 0;
  let s = 0;
  for (let k = 0; k < x.length; k++) s += x[k] * y[k];
  return s;
}
