/**
 * Binary data under a page's name (scripts/lib/cli/read-page.ts). Regression (review): random bytes
 * or a program saved as x.html got "not-article: This page does not look like an article", while the
 * same bytes as x.txt got "unreadable: The file is not readable text". Both are now unreadable.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFromContent } from '../../../scripts/lib/cli/read-page.ts';
import { DEMO, tempDir, xref } from './helpers.ts';

/** Deterministic noise: every byte value, NUL included. */
const noise = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 2654435761 + (i >> 3)) % 256));
/** Noise without NUL bytes. */
const noNul = Buffer.from(Array.from({ length: 20_000 }, (_, i) => 1 + ((i * 2654435761) % 255)));
/** The start of an executable: a magic number, NUL padding, then some readable strings among the bytes. */
const program = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(56).fill(0)]), noise.subarray(0, 4000), Buffer.from('usage: list [options] <html><p>file</p>\0\0'), noNul.subarray(0, 4000)]);

const UNREADABLE = /: unreadable: The file is not readable text$/;

describe('extract: binary data is unreadable under every page extension, exit 0', () => {
  it.each([
    ['noise as .html', 'x.html', noise],
    ['noise as .htm', 'x.htm', noise],
    ['noise as .txt', 'x.txt', noise],
    ['noise without NUL bytes as .html', 'y.html', noNul],
    ['a program as .html', 'prog.html', program],
    ['a program as .txt', 'prog.txt', program],
  ])('%s', async (_name, file, bytes) => {
    const dir = tempDir();
    writeFileSync(join(dir, file), bytes);
    copyFileSync(join(DEMO, 'wire.html'), join(dir, 'wire.html'));
    const r = await xref(['extract', '--json', file, 'wire.html'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [bad, good] = JSON.parse(r.stdout);
    expect(bad.error).toMatch(UNREADABLE);
    expect(bad).toMatchObject({ title: null, text: null, claims: [] });
    expect(good).not.toHaveProperty('error');
  });
});

describe('pageFromContent refuses binary text the same way for both readers', () => {
  it.each([['a.html'], ['a.htm'], ['a.txt']])('%s', (name) => {
    const text = new TextDecoder().decode(noise);
    expect(pageFromContent(text, name)).toEqual({ ok: false, error: 'unreadable: The file is not readable text' });
  });
});

describe('compare: a binary PAGE is an unreadable argument', () => {
  it('exits 1 with the reason on stderr', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.html'), noise);
    copyFileSync(join(DEMO, 'wire.html'), join(dir, 'wire.html'));
    const r = await xref(['compare', '--json', '--corpus', '.', 'x.html'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^xref: x\.html: unreadable: The file is not readable text/);
  });
});
