/**
 * The one accessor of an article's stored text. Since schema v4 an article row keeps its
 * paragraphs compressed in `body`: raw deflate, with a frozen preset dictionary, of the UTF-8 JSON
 * array, behind a one-byte format tag and the uncompressed length (so reading allocates the output
 * once). Format 1 (schema v4) used 1,000 common stems (body-dictionary.ts); format 2, written
 * since 2026-12-05, uses 4,000 common words (body-dictionary-v2.ts): about 0.42 of the plain
 * text's size instead of 0.46, read back in tens of microseconds. Both stay readable, so stored
 * bodies are never rewritten. Nothing else reads or writes
 * `body` (or the `paragraphs` field of rows stored before v4), so no caller knows the encoding.
 */
import { deflateSync, inflateSync } from 'fflate';
import { BODY_DICTIONARY_V1 } from './body-dictionary';
import { BODY_DICTIONARY_V2 } from './body-dictionary-v2';

/** What holds an article's text: a row's `body`, or (rows before v4, plain inputs) its `paragraphs`. */
export interface ArticleTextSource {
  body?: Uint8Array;
  paragraphs?: readonly string[];
}

/** Preset dictionary of each format tag of `body`: raw deflate of the UTF-8 JSON array of paragraphs. */
const DICTIONARIES: Record<number, Uint8Array> = {
  1: new TextEncoder().encode(BODY_DICTIONARY_V1),
  2: new TextEncoder().encode(BODY_DICTIONARY_V2),
};
/** The format new bodies are written in. */
export const BODY_FORMAT = 2;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The compressed `body` of an article with `paragraphs` (lossless for any strings), in format `format` (tests write old ones). */
export function packParagraphs(paragraphs: readonly string[], format = BODY_FORMAT): Uint8Array {
  const plain = encoder.encode(JSON.stringify(paragraphs));
  const head = [format, ...varint(plain.length)];
  const packed = deflateSync(plain, { level: 6, dictionary: DICTIONARIES[format] });
  const out = new Uint8Array(head.length + packed.length);
  out.set(head);
  out.set(packed, head.length);
  return out;
}

/** The paragraphs of a stored article (rows stored before v4 still carry them uncompressed). */
export function articleParagraphs(row: ArticleTextSource): readonly string[] {
  if (row.body === undefined) return row.paragraphs ?? [];
  const body = row.body;
  const dictionary = DICTIONARIES[body[0]];
  if (!dictionary) throw new Error(`Unknown article body format ${body[0]}`);
  let length = 0;
  let at = 1;
  for (let shift = 0; ; shift += 7) {
    const b = body[at++];
    length += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) break;
  }
  const plain = inflateSync(body.subarray(at), { out: new Uint8Array(length), dictionary });
  return JSON.parse(decoder.decode(plain)) as string[];
}

/** `fields` as a stored row with the text `paragraphs` (compressed; any old plain copy dropped). */
export function withBody<T extends object>(fields: T, paragraphs: readonly string[]): Omit<T, 'paragraphs'> & { body: Uint8Array } {
  const { paragraphs: _old, ...rest } = fields as T & { paragraphs?: unknown };
  return { ...rest, body: packParagraphs(paragraphs) };
}

/** Unsigned LEB128 bytes of `n`. */
function varint(n: number): number[] {
  const out: number[] = [];
  for (; n >= 0x80; n = Math.floor(n / 128)) out.push((n % 128) | 0x80);
  out.push(n);
  return out;
}
