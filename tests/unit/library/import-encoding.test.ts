/**
 * Export files in other text encodings (utils/library/import-decode.ts). Regression (review): a valid
 * export re-saved as UTF-16LE with a byte-order mark (Windows PowerShell 5 `Out-File`) was refused
 * as "not valid JSON".
 */
import { describe, expect, it } from 'vitest';
import { exportToString, importLibrary, type ImportSource } from '../../../utils/library/import-export';
import { decodedChunks } from '../../../utils/library/import-decode';
import { saveArticle } from '../../../utils/library/articles';
import { freshDb, makeArticle, withClaims } from './helpers';
import { seeded, snapshot } from './import-helpers';

/** `text` as UTF-16 bytes, little- or big-endian, with a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
  return out;
}

const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
const withUtf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

async function* chunks<T>(parts: T[]): AsyncGenerator<T> {
  for (const p of parts) yield p;
}

/** `bytes` cut at `cuts` (sorted offsets). */
function cut(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  return [0, ...cuts].map((from, i) => bytes.subarray(from, [...cuts, bytes.length][i]));
}

/** What `decodedChunks` makes of `parts`: text joined, bytes read as UTF-8 (BOM kept). */
async function decodeAll(parts: Uint8Array[]): Promise<string> {
  let out = '';
  for await (const c of decodedChunks(chunks(parts))) out += typeof c === 'string' ? c : new TextDecoder('utf-8', { ignoreBOM: true }).decode(c);
  return out;
}

/** A library whose text has accents, CJK and an emoji (a surrogate pair in UTF-16). */
async function library() {
  const db = await seeded();
  await saveArticle(db, ...withClaims(makeArticle({ domain: 'delta.example', name: 'Délta 新闻' }, 'Café prices rise 🚀',
    ['Prices at the café in Zürich rose by 5% — the third rise this year.', '東京の物価は上昇した。'])), { now: 5000 });
  return db;
}

describe('decodedChunks', () => {
  const text = '{"a":"é 🚀"}';
  it.each<[string, Uint8Array[], string]>([
    ['UTF-16LE in one chunk', [utf16(text, 'le')], text],
    ['UTF-16BE in one chunk', [utf16(text, 'be')], text],
    ['UTF-16LE with its byte-order mark split', cut(utf16(text, 'le'), [1]), text],
    ['UTF-16BE split inside a code unit and inside the emoji', cut(utf16(text, 'be'), [3, 19, 20, 21]), text],
    ['UTF-16LE one byte a chunk', cut(utf16(text, 'le'), Array.from({ length: 27 }, (_, i) => i + 1)), text],
    ['UTF-8 passes through unchanged', cut(utf8(text), [1, 2]), text],
    ['UTF-8 with a byte-order mark passes through unchanged', [withUtf8Bom(text)], `\ufeff${text}`],
    ['a one-byte file', [utf8('{')], '{'],
    ['an empty file', [], ''],
  ])('%s', async (_name, parts, expected) => {
    expect(await decodeAll(parts)).toBe(expected);
  });
});

describe('importing an export saved in another encoding', () => {
  it.each<[string, (text: string) => ImportSource]>([
    ['UTF-16LE with a byte-order mark, as a File (regression)', (t) => new File([utf16(t, 'le')], 'utf16.json')],
    ['UTF-16BE with a byte-order mark, as a File', (t) => new File([utf16(t, 'be')], 'utf16be.json')],
    ['UTF-16LE, CRLF line ends, in odd-sized chunks', (t) => chunks(cut(utf16(t.replace(/\n/g, '\r\n'), 'le'), [1, 2, 3, 501, 1001, 1002]))],
    ['UTF-8 with a byte-order mark, as a File', (t) => new File([withUtf8Bom(t)], 'bom.json')],
    ['UTF-8 without one, as a File', (t) => new File([utf8(t)], 'plain.json')],
  ])('%s', async (_name, make) => {
    const source = await library();
    const db = freshDb();
    expect(await importLibrary(db, make(await exportToString(source)))).toMatchObject({ ok: true, added: 4 });
    expect(await snapshot(db)).toEqual(await snapshot(source));
  });

  it('a UTF-16 file that is not JSON is still refused as such', async () => {
    const result = await importLibrary(freshDb(), new File([utf16('Name,Outlet\nJane,Example\n', 'le')], 'table.csv'));
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toMatch(/not valid JSON/);
  });
});
