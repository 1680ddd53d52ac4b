/**
 * The one accessor of an article's stored text. Since schema v4 an article row keeps its
 * paragraphs compressed in `body`: raw deflate (with a frozen preset dictionary of common stems,
 * body-dictionary.ts) of the UTF-8 JSON array, behind a one-byte format tag and the uncompressed
 * length (so reading allocates the output once). About 0.47 of the plain text's size, read back
 * in tens of microseconds. Nothing else reads or writes
 * `body` (or the `paragraphs` field of rows stored before v4), so no caller knows the encoding.
 */
import { deflateSync, inflateSync } from 'fflate';
import { BODY_DICTIONARY_V1 } from './body-dictionary';

/** What holds an article's text: a row's `body`, or (rows before v4, plain inputs) its `paragraphs`. */
export interface ArticleTextSource {
  body?: Uint8Array;
  paragraphs?: readonly string[];
}

/** Format tag of `body`: 1 = raw deflate, with BODY_DICTIONARY_V1, of the UTF-8 JSON array of paragraphs. */
const DEFLATED_JSON = 1;

const dictionary = new TextEncoder().encode(BODY_DICTIONARY_V1);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The compressed `body` of an article with `paragraphs` (lossless for any strings). */
export function packParagraphs(paragraphs: readonly string[]): Uint8Array {
  const plain = encoder.encode(JSON.stringify(paragraphs));
  const head = [DEFLATED_JSON, ...varint(plain.length)];
  const packed = deflateSync(plain, { level: 6, dictionary });
  const out = new Uint8Array(head.length + packed.length);
  out.set(head);
  out.set(packed, head.length);
  return out;
}

/** The paragraphs of a stored article (rows stored before v4 still carry them uncompressed). */
export function articleParagraphs(row: ArticleTextSource): readonly string[] {
  if (row.body === undefined) return row.paragraphs ?? [];
  const body = row.body;
  if (body[0] !== DEFLATED_JSON) throw new Error(`Unknown article body format ${body[0]}`);
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
