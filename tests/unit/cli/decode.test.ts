/** How the CLI reads a file's bytes (scripts/lib/cli/decode.ts). Regression: Latin-1 pages came out with U+FFFD for every accented letter. */
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeFile } from '../../../scripts/lib/cli/decode.ts';
import { looksBinary } from '../../../utils/extract/text-input.ts';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => Uint8Array.from([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
const shiftJisHello = Uint8Array.from([0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd]); // こんにちは

describe('decodeFile', () => {
  it.each<[string, Uint8Array, boolean, string]>([
    ['UTF-8', utf8('Budget approuvé'), true, 'Budget approuvé'],
    ['UTF-8 with a byte-order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Café')]), false, 'Café'],
    ['UTF-16LE with a byte-order mark', utf16le('Café'), false, 'Café'],
    ['Latin-1 declared by <meta charset>', latin1('<meta charset="iso-8859-1"><title>Budget approuvé</title>'), true, '<meta charset="iso-8859-1"><title>Budget approuvé</title>'],
    ['Latin-1 declared by http-equiv', latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Noël</p>'), true, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Noël</p>'],
    ['Latin-1 undeclared (read as Windows-1252)', latin1('Le budget est approuvé à Genève'), false, 'Le budget est approuvé à Genève'],
    ['Windows-1252 quotation marks, dash and euro', Uint8Array.from([0x93, ...latin1('Yes'), 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]), false, '“Yes” – €5'],
    ['ISO-8859-1 declared is read as Windows-1252, as browsers do', Uint8Array.from([...latin1('<meta charset="iso-8859-1">'), 0x93, ...latin1('Oui'), 0x94]), true, '<meta charset="iso-8859-1">“Oui”'],
    ['valid UTF-8 under a Latin-1 declaration stays UTF-8', utf8('<meta charset="iso-8859-1"><p>approuvé</p>'), true, '<meta charset="iso-8859-1"><p>approuvé</p>'],
    ['Shift_JIS declared', Uint8Array.from([...latin1('<meta charset="shift_jis"><p>'), ...shiftJisHello]), true, '<meta charset="shift_jis"><p>こんにちは'],
    ['a declaration in a text file is not read', Uint8Array.from([...latin1('<meta charset="shift_jis"> '), 0x82, 0xb1]), false, '<meta charset="shift_jis"> ‚±'],
    ['an unknown declared charset falls back to Windows-1252', latin1('<meta charset="x-nonsense"><p>né</p>'), true, '<meta charset="x-nonsense"><p>né</p>'],
    // Regression (review): one bad byte turned a whole UTF-8 file into mojibake.
    ['UTF-8 cut in the middle of its last character stays UTF-8', Uint8Array.from([...utf8('Café owner, crème brûlée'), 0xc3]), false, 'Café owner, crème brûlée\ufffd'],
    ['UTF-16 declared in single-byte text is read as the HTML standard says', latin1('<meta charset="utf-16"><p>Noël</p>'), true, '<meta charset="utf-16"><p>Noël</p>'],
  ])('%s', (_name, bytes, html, text) => {
    expect(decodeFile(bytes, html)).toBe(text);
  });
});

describe('binary data stays recognisable as binary', () => {
  it.each([
    ['with NUL bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 256)],
    ['without NUL bytes', Uint8Array.from({ length: 4096 }, (_, i) => 1 + ((i * 2654435761) % 255))],
  ])('%s', (_name, bytes) => {
    expect(looksBinary(decodeFile(bytes, false))).toBe(true);
  });
});

describe('declaredCharset', () => {
  it.each([
    ['unquoted', '<meta charset=utf-8>', 'utf-8'],
    ['upper case', '<META CHARSET="Windows-1252">', 'Windows-1252'],
    ['http-equiv', '<meta http-equiv="content-type" content="text/html;charset=koi8-r">', 'koi8-r'],
    ['none', '<p>no declaration</p>', null],
    ['after the first 1,024 bytes', `${' '.repeat(1100)}<meta charset="koi8-r">`, null],
  ])('%s', (_name, head, charset) => {
    expect(declaredCharset(latin1(head))).toBe(charset);
  });
});
