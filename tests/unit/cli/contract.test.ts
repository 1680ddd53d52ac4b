/**
 * The `xref` contract (issue 3, "The CLI"): nulls never absent, `error` only when there is one,
 * exit codes, path rules, PAGE never matched against itself, diff sides, outlet and domain.
 */
import { copyFileSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO, tempDir, xref } from './helpers.ts';

interface Other { outlet: string; domain: string | null; url: string | null; text: string; kind: string; score: number; diff: Array<{ op: string; text: string }> }
interface Compare { article: { outlet: string; url: string | null; claims: Array<{ id: string; text: string }> }; matches: Array<{ claim: string; text: string; others: Other[] }> }

async function extractOne(file: string, dir = DEMO) {
  const r = await xref(['extract', '--json', file], dir);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout)[0];
}

async function compare(args: string[], dir = DEMO): Promise<Compare> {
  const r = await xref(['compare', '--json', ...args], dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

const FIELDS = ['title', 'outlet', 'domain', 'url', 'byline', 'publishedTime', 'text', 'claims'];

describe('extract: every field present, null when unknown; error only when there is one', () => {
  it.each([
    ['observer.html', { outlet: 'The Coastline Observer', domain: 'coastlineobserver.test', byline: 'Hannah Yusuf' }],
    ['wire.html', { outlet: 'Continental Press', domain: 'continentalpress.test', url: 'http://continentalpress.test/world/2026/03/10/hollin-valley-emergency-water-restrictions-carrow-reservoir' }],
    ['txt/ledger.txt', { outlet: 'ledger', domain: null, url: null, byline: null, publishedTime: null }],
  ])('%s', async (file, expected) => {
    const item = await extractOne(file);
    expect(Object.keys(item).sort()).toEqual([...FIELDS].sort());
    expect(item).toMatchObject(expected);
    expect(item.claims.length).toBeGreaterThan(5);
    expect(new Set(item.claims.map((c: { id: string }) => c.id)).size).toBe(item.claims.length);
    expect(item.text).toContain('\n\n');
  });

  it.each([
    ['a missing file', 'nope.html', /no such file/],
    ['a file that is not a page', 'labels.json', /unsupported file type/],
    ['a directory named like a page', 'dir.html', /directory/],
    ['an empty text file', 'empty.txt', /empty/i],
    ['an HTML page that is not an article', 'menu.html', /not-article|empty/],
  ])('%s gets error and nulls, and the others still run', async (_name, file, message) => {
    const dir = tempDir();
    copyFileSync(join(DEMO, 'labels.json'), join(dir, 'labels.json'));
    mkdirSync(join(dir, 'dir.html'));
    writeFileSync(join(dir, 'empty.txt'), '\n\n');
    writeFileSync(join(dir, 'menu.html'), '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>');
    copyFileSync(join(DEMO, 'wire.html'), join(dir, 'wire.html'));
    const r = await xref(['extract', '--json', file, 'wire.html'], dir);
    expect(r.code).toBe(0);
    const [bad, good] = JSON.parse(r.stdout);
    expect(bad.error).toMatch(message);
    expect(bad).toMatchObject({ title: null, domain: null, url: null, byline: null, publishedTime: null, text: null, claims: [] });
    expect(good).not.toHaveProperty('error');
    expect(good.outlet).toBe('Continental Press');
  });
});

describe('files in other encodings', () => {
  // Regression: a Latin-1 page came out as "Budget approuv\uFFFD"; a binary file must still be refused.
  const body = Array.from({ length: 6 }, (_, i) => `<p>Le conseil municipal a approuvé le budget de l'hôpital pour l'année ${2020 + i}, après un débat de trois heures à Genève.</p>`).join('');
  it.each<[string, string, Buffer, RegExp | null]>([
    ['a Latin-1 page that declares its charset', 'latin1.html', Buffer.from(`<html lang="fr"><head><meta charset="iso-8859-1"><title>Budget approuvé</title></head><body><article><h1>Budget approuvé</h1>${body}</article></body></html>`, 'latin1'), null],
    ['a Latin-1 text file', 'latin1.txt', Buffer.from(`Budget approuvé\n\n${body.replace(/<\/?p>/g, '\n')}`, 'latin1'), null],
    ['a binary file named like a page', 'noise.html', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 256)), /./],
  ])('%s', async (_name, file, bytes, error) => {
    const dir = tempDir();
    writeFileSync(join(dir, file), bytes);
    const item = await extractOne(file, dir);
    if (error) {
      expect(item.error).toMatch(error);
      return;
    }
    expect(item.error).toBeUndefined();
    expect(item.title).toBe('Budget approuvé');
    expect(item.text).toContain('approuvé le budget de l\'hôpital');
    expect(item.text).not.toContain('\uFFFD');
  });
});

describe('outlet is the display name, domain the registrable domain', () => {
  const page = (head: string) => `<!DOCTYPE html><html lang="en"><head><title>Harbour fees rise</title>${head}</head><body><article><h1>Harbour fees rise</h1>${
    Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: the harbour board said mooring fees for leisure boats would rise by ${i + 3} percent next year, citing repairs to the breakwater and the cost of dredging the channel.</p>`).join('')}</article></body></html>`;
  it.each([
    ['site name and URL', '<meta property="og:site_name" content="Bay Courier"><link rel="canonical" href="https://news.baycourier.co.uk/a/1">', 'Bay Courier', 'baycourier.co.uk', 'https://news.baycourier.co.uk/a/1'],
    ['application-name only, with og:url', '<meta name="application-name" content="Quay Times"><meta property="og:url" content="http://www.quaytimes.test/x">', 'Quay Times', 'quaytimes.test', 'http://www.quaytimes.test/x'],
    // The url is the canonical link (the contract's order); the outlet is the site that served the copy.
    ['a syndicated copy whose canonical link points at the original', '<meta property="og:site_name" content="Valley Echo"><meta property="og:url" content="http://www.valleyecho.test/a"><link rel="canonical" href="http://continentalpress.test/b">', 'Valley Echo', 'valleyecho.test', 'http://continentalpress.test/b'],
    // Regression: og:url came before the canonical link.
    ['canonical link and og:url on one site', '<meta property="og:site_name" content="Bay Courier"><meta property="og:url" content="http://m.baycourier.co.uk/a/1"><link rel="canonical" href="https://www.baycourier.co.uk/a/1">', 'Bay Courier', 'baycourier.co.uk', 'https://www.baycourier.co.uk/a/1'],
    ['a relative canonical link, resolved against og:url', '<meta property="og:site_name" content="Bay Courier"><meta property="og:url" content="https://www.baycourier.co.uk/a/1?ref=x"><link rel="canonical" href="/a/1">', 'Bay Courier', 'baycourier.co.uk', 'https://www.baycourier.co.uk/a/1'],
    ['a URL but no site name', '<link rel="canonical" href="https://www.portnews.example.com/story">', 'example.com', 'example.com', 'https://www.portnews.example.com/story'],
    ['neither site name nor URL', '', 'harbour-fees', null, null],
  ])('%s', async (_name, head, outlet, domain, url) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'harbour-fees.html'), page(head));
    const item = await extractOne('harbour-fees.html', dir);
    expect(item.error).toBeUndefined();
    expect(item.outlet).toBe(outlet);
    expect(item.domain).toBe(domain);
    expect(item.url).toBe(url);
  });
});

describe('usage errors and unreadable arguments: stderr and a non-zero exit', () => {
  it.each([
    ['no command', [], 2],
    ['an unknown command', ['summarise', 'a.html'], 2],
    ['an unknown option', ['extract', '--yaml', 'observer.html'], 2],
    ['extract without files', ['extract', '--json'], 2],
    ['compare without --corpus', ['compare', '--json', 'observer.html'], 2],
    ['compare with two pages', ['compare', '--json', '--corpus', '.', 'observer.html', 'wire.html'], 2],
    ['compare with --corpus but no value', ['compare', 'observer.html', '--corpus'], 2],
    ['pairs without a file', ['pairs', '--json'], 2],
    ['--corpus on extract', ['extract', '--corpus', '.', 'observer.html'], 2],
    ['compare with a missing page', ['compare', '--json', '--corpus', '.', 'nope.html'], 1],
    ['compare with a page that is not an article', ['compare', '--json', '--corpus', '.', 'labels.json'], 1],
    ['compare with a missing corpus', ['compare', '--json', '--corpus', 'no-such-dir', 'observer.html'], 1],
    ['compare with a file as corpus', ['compare', '--json', '--corpus', 'wire.html', 'observer.html'], 1],
    ['compare with a directory as page', ['compare', '--json', '--corpus', '.', 'txt'], 1, /txt: cannot read file \(is a directory\)/],
    ['pairs with a missing file', ['pairs', '--json', 'nope.tsv'], 1],
    ['pairs with a line without a tab', ['pairs', '--json', 'README.md'], 1],
  ])('%s', async (_name, argv, code, message?: RegExp) => {
    const r = await xref(argv, DEMO);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^xref: \S/);
    if (message) expect(r.stderr).toMatch(message);
  });

  it.each([[['--help']], [['-h']], [['help']], [['compare', '--help']]])('%j prints help on stdout and exits 0', async (argv) => {
    const r = await xref(argv, DEMO);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Usage: .*xref/);
    for (const cmd of ['extract', 'compare', 'pairs']) expect(r.stdout).toContain(cmd);
  });
});

describe('compare: one entry per claim, in order; PAGE never matched against itself', () => {
  it.each([
    ['an HTML page inside its own corpus', ['--corpus', '.', 'observer.html'], 'The Coastline Observer'],
    ['a text page inside its own corpus', ['--corpus', 'txt', 'txt/observer.txt'], 'observer'],
    ['a page given with ./ and .. in its path', ['--corpus', 'txt', './txt/../observer.html'], 'The Coastline Observer'],
  ])('%s', async (_name, args, self) => {
    const out = await compare(args);
    expect(out.article.outlet).toBe(self);
    expect(out.matches.map((m) => m.claim)).toEqual(out.article.claims.map((c) => c.id));
    expect(out.matches.map((m) => m.text)).toEqual(out.article.claims.map((c) => c.text));
    const others = out.matches.flatMap((m) => m.others);
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((o) => o.outlet === self || (o.url !== null && o.url === out.article.url))).toEqual([]);
  });

  it('a byte-identical copy of PAGE under another name in DIR is the same article, not a match', async () => {
    const dir = tempDir();
    for (const f of ['observer.html', 'wire.html']) copyFileSync(join(DEMO, f), join(dir, f));
    copyFileSync(join(DEMO, 'observer.html'), join(dir, 'observer-saved-copy.html'));
    const r = await xref(['compare', '--json', '--corpus', '.', 'observer.html'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/observer-saved-copy\.html is the same article as observer\.html: not compared with it/);
    const out: Compare = JSON.parse(r.stdout);
    const outlets = new Set(out.matches.flatMap((m) => m.others.map((o) => o.outlet)));
    expect([...outlets]).toEqual(['Continental Press']);
    // ...and the human-readable count leaves it out.
    expect((await xref(['compare', '--corpus', '.', 'observer.html'], dir)).stdout).toMatch(/Library: 1 other article ·/);
  });

  // Regression: the check compared real paths, so a hard link to a DIR file was matched against itself.
  it('a hard link to a DIR file, given as PAGE, is that file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'corpus'));
    for (const f of ['observer.html', 'wire.html']) copyFileSync(join(DEMO, f), join(dir, 'corpus', f));
    linkSync(join(dir, 'corpus', 'observer.html'), join(dir, 'linked.html'));
    const out = await compare(['--corpus', 'corpus', 'linked.html'], dir);
    expect(new Set(out.matches.flatMap((m) => m.others.map((o) => o.outlet)))).toEqual(new Set(['Continental Press']));
  });

  it('two DIR files of the same article (same outlet and URL) are stored once, with a warning', async () => {
    const dir = tempDir();
    for (const f of ['observer.html', 'wire.html']) copyFileSync(join(DEMO, f), join(dir, f));
    copyFileSync(join(DEMO, 'wire.html'), join(dir, 'wire-again.html'));
    const r = await xref(['compare', '--corpus', '.', 'observer.html'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/wire\.html is the same article as wire-again\.html/);
    expect(r.stdout).toMatch(/Library: 1 other article ·/);
  });

  it('others is empty for every claim when nothing in the library matches', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'chess.txt'), [
      'Local chess club celebrates its centenary',
      'The Lindenbrook Chess Club marked one hundred years with a simultaneous exhibition against forty members.',
      'Grandmaster Ilse Varga won thirty-eight games and drew two in just under five hours.',
      'The club was founded in a railway waiting room by three signalmen and a schoolteacher.',
    ].join('\n'));
    const out = await compare(['--corpus', dir, join(DEMO, 'observer.html')], DEMO);
    expect(out.matches.length).toBeGreaterThan(10);
    expect(out.matches.every((m) => Array.isArray(m.others) && m.others.length === 0)).toBe(true);
  });
});

describe('compare: every match keeps the contract', () => {
  it.each([
    ['observer.html'], ['herald.html'], ['gazette.html'],
  ])('%s against the demo story', async (page) => {
    const out = await compare(['--corpus', '.', page]);
    const claimIds = new Set(out.article.claims.map((c) => c.id));
    for (const m of out.matches) {
      expect(claimIds.has(m.claim)).toBe(true);
      for (const o of m.others) {
        const side = (skip: string) => o.diff.filter((d) => d.op !== skip).map((d) => d.text).join('');
        expect(side('insert')).toBe(m.text);
        expect(side('delete')).toBe(o.text);
        expect(o.score).toBeGreaterThanOrEqual(0);
        expect(o.score).toBeLessThanOrEqual(1);
        expect(['verbatim', 'near', 'paraphrase']).toContain(o.kind);
        expect(o.domain === null || /^[a-z0-9.-]+\.[a-z]+$/.test(o.domain)).toBe(true);
        expect(o.outlet).not.toMatch(/\.html?$/);
      }
    }
  });
});
