/** Compressed article text (schema v4; format 2 since 2026-12-05) and packed integer lists: lossless for any input, old rows still read. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BODY_DICTIONARY_V1 } from '../../../utils/library/body-dictionary';
import { BODY_DICTIONARY_V2 } from '../../../utils/library/body-dictionary-v2';
import { articleParagraphs, packParagraphs, withBody, type ArticleTextSource } from '../../../utils/library/article-body';
import { compactInts, intsOf } from '../../../utils/library/int-list';

const long = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: the council said the bridge would reopen on Monday.`);

describe('article body', () => {
  it.each([
    ['no paragraphs', []],
    ['one empty paragraph', ['']],
    ['plain text', ['The ferry was delayed by fog.', 'Passengers waited three hours.']],
    ['quotes, newlines and NUL', ['"We expect gales," she said.\n\nThen:\u0000 done', 'a\\b']],
    ['non-Latin text and emoji', ['Привет, мир — 東京 🌊', 'café naïve']],
    ['a long article', long],
  ])('%s reads back identically, in both formats', (_name, paragraphs) => {
    for (const format of [1, 2]) {
      const body = packParagraphs(paragraphs, format);
      expect(body).toBeInstanceOf(Uint8Array);
      expect(body[0]).toBe(format);
      expect(articleParagraphs({ body })).toEqual(paragraphs);
    }
  });

  it('writes format 2, which is smaller than format 1 on news prose', () => {
    const news = ['The council said on Tuesday that the bridge would reopen to traffic next week, after repairs.',
      'Officials said the cost of the work had risen to 4 million pounds, according to a statement.'];
    expect(packParagraphs(news)[0]).toBe(2);
    expect(packParagraphs(news).length).toBeLessThan(packParagraphs(news, 1).length);
  });

  it('compresses a long text to well under its size', () => {
    const plain = new TextEncoder().encode(long.join('\n\n')).length;
    expect(packParagraphs(long).length).toBeLessThan(plain / 2);
  });

  it.each<[string, ArticleTextSource & { title?: string }, string[]]>([
    ['a v4 row', withBody({ title: 't' }, ['x', 'y']), ['x', 'y']],
    ['a row stored before v4', { title: 't', paragraphs: ['x', 'y'] }, ['x', 'y']],
    ['a row with neither', { title: 't' }, []],
  ])('reads %s', (_name, row, expected) => {
    expect(articleParagraphs(row)).toEqual(expected);
  });

  it('withBody drops the plain copy', () => {
    expect(Object.keys(withBody({ title: 't', paragraphs: ['x'] }, ['x']))).toEqual(['title', 'body']);
  });

  it('reads a body as schema v4 wrote it, with the frozen dictionary', () => {
    const v4 = Uint8Array.of(1, 54, 139, 86, 10, 1, 114, 129, 241, 2, 108, 229, 131, 44, 5, 141, 145, 86, 2, 203, 25, 160, 41, 105, 249, 233, 122, 74, 58, 74, 1,
      160, 102, 4, 104, 120, 20, 216, 244, 76, 4, 14, 213, 166, 232, 41, 197, 2, 0);
    expect(articleParagraphs({ body: v4 })).toEqual(['The ferry was delayed by fog.', 'Passengers waited.']);
    expect(createHash('sha256').update(BODY_DICTIONARY_V1).digest('hex')).toBe('d8d86bf6b7248854f5e5274c1d71be473ca6bed98172445d8c236e0cde5d9fa0');
  });

  it('reads a body as format 2 wrote it, with its frozen dictionary', () => {
    const v2 = Uint8Array.of(2, 54, 139, 86, 2, 75, 3, 27, 31, 192, 222, 22, 120, 176, 31, 186, 70, 19, 180, 222, 60, 93, 79, 73, 71, 41, 0,
      113, 195, 10, 232, 208, 134, 212, 20, 61, 165, 88, 0);
    expect(articleParagraphs({ body: v2 })).toEqual(['The ferry was delayed by fog.', 'Passengers waited.']);
    expect(createHash('sha256').update(BODY_DICTIONARY_V2).digest('hex')).toBe('ea3788d77a100c6b273ad76747c19c50019ce402b352c30932e2d6a74dcd2200');
  });

  it('refuses an unknown format', () => {
    expect(() => articleParagraphs({ body: Uint8Array.of(9, 0) })).toThrow(/format 9/);
  });
});

describe('compactInts', () => {
  it.each([
    ['empty', [], Uint8Array],
    ['bytes', [0, 7, 255], Uint8Array],
    ['16-bit', [0, 256, 65535], Uint16Array],
    ['too large: plain', [65536], Array],
    ['negative: plain', [-1, 2], Array],
    ['fractions (v1 weights): plain', [0.5, 2], Array],
  ])('%s', (_name, values, kind) => {
    const list = compactInts(values);
    expect(list).toBeInstanceOf(kind);
    expect(intsOf(list)).toEqual(values);
  });
});
