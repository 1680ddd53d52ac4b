/** Real `xref` output validated against schemas/*.schema.json. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO, schemaErrors, tempDir, xref } from './helpers.ts';

describe('extract --json output matches schemas/extract.schema.json', () => {
  it.each([
    ['an HTML page', ['observer.html']],
    ['a plain-text page', ['txt/gazette.txt']],
    ['several pages with a missing file and a non-page file', ['wire.html', 'missing.html', 'README.md', 'txt/wire.txt']],
  ])('%s', async (_name, files) => {
    const r = await xref(['extract', '--json', ...files], DEMO);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(files.length);
    expect(schemaErrors('extract', out)).toBe('');
  });
});

describe('compare --json output matches schemas/compare.schema.json', () => {
  it.each([
    ['the demo page against the demo story', ['--corpus', '.', 'observer.html']],
    ['a plain-text page against plain-text pages', ['--corpus', 'txt', 'txt/herald.txt']],
  ])('%s', async (_name, args) => {
    const r = await xref(['compare', '--json', ...args], DEMO);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(schemaErrors('compare', out)).toBe('');
    expect(out.matches.some((m: { others: unknown[] }) => m.others.length > 0)).toBe(true);
  });
});

describe('pairs --json output matches schemas/pairs.schema.json', () => {
  it.each([
    ['identical, edited and unrelated pairs', [
      'The minister resigned on Friday.\tThe minister resigned on Friday.',
      'Prices rose by 4 percent in May.\tPrices rose by 5 percent in May.',
      'The bridge reopened after repairs.\tA new species of frog was found in Peru.',
    ]],
    ['a single pair with Windows line endings', ['The port was closed.\tThe harbour was shut.\r']],
  ])('%s', async (_name, lines) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'pairs.tsv'), lines.join('\n') + '\n');
    const r = await xref(['pairs', '--json', 'pairs.tsv'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(lines.length);
    expect(schemaErrors('pairs', out)).toBe('');
  });
});

describe('the schemas reject output that breaks the contract', () => {
  const item = { title: 't', outlet: 'o', domain: null, url: null, byline: null, publishedTime: null, text: 'x', claims: [] };
  it.each([
    ['extract: a missing null field', 'extract', [{ ...item, domain: undefined }]],
    ['extract: an empty error', 'extract', [{ ...item, error: '' }]],
    ['extract: no text although there is no error', 'extract', [{ ...item, text: null }]],
    ['extract: an extra field', 'extract', [{ ...item, file: 'a.html' }]],
    ['pairs: a score above 1', 'pairs', [{ score: 1.2, kind: 'near' }]],
    ['pairs: an unknown kind', 'pairs', [{ score: 0.5, kind: 'similar' }]],
    ['compare: an unknown diff op', 'compare', {
      article: { title: null, outlet: 'o', domain: null, url: null, claims: [{ id: 'c0', text: 'a' }] },
      matches: [{ claim: 'c0', text: 'a', others: [{ outlet: 'p', domain: null, title: null, url: null, text: 'b', kind: 'near', score: 0.9, diff: [{ op: 'replace', text: 'b' }] }] }],
    }],
  ] as const)('%s', (_name, which, data) => {
    expect(schemaErrors(which, JSON.parse(JSON.stringify(data)))).not.toBe('');
  });
});
