// @vitest-environment happy-dom
/**
 * Capture's two halves outside the page's main thread: the content script's snapshot (size
 * check + serialised DOM) and the extension's extraction of it, which remembers each tab's
 * previous capture (the Firefox path: a DOM parser in the same context).
 */
import { describe, expect, it } from 'vitest';
import { snapshotPage } from '../../../extension/content/snapshot';
import { extractSnapshot } from '../../../extension/page-extraction';
import type { PageSnapshot } from '../../../utils/messaging/protocol';

const LINES = [
  'The Orlen harbour board voted on Tuesday to close the north quay for repairs until March next year.',
  'Board chair Mira Solvang said the closure would cost the port about 4 million crowns in lost fees.',
  'Ferry operators will move to the south quay, where two new berths opened last year after long delays.',
  'Solvang told reporters that the repairs could not wait any longer because the quay was sinking.',
  'Harbour workers said they had warned the board about cracks in the north quay two winters ago.',
];
const MORE = [
  'The port expects the north quay to reopen in time for the summer ferry timetable, officials said.',
  'Fishing boats will keep their moorings at the old basin, which is not affected by the closure.',
];
const html = (paragraphs: string[], canonical = '') => `<!doctype html><html lang="en"><head><title>Orlen closes north quay</title>${canonical}
<meta property="og:site_name" content="Orlen Ledger"></head><body><article><h1>Orlen closes north quay</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const docOf = (s: string) => new DOMParser().parseFromString(s, 'text/html');

describe('snapshotPage (content script)', () => {
  it.each<[string, string, PageSnapshot['ok'], string | null]>([
    ['an article page', html(LINES), true, null],
    ['a page with more elements than the bound', html([`<span>${'<b>x</b>'.repeat(60_001)}</span>`]), false, 'too-large'],
  ])('%s', (_name, source, ok, reason) => {
    const snap = snapshotPage(docOf(source));
    expect(snap.ok).toBe(ok);
    if (snap.ok) expect(snap.html).toContain(LINES[1]);
    else expect(snap.reason).toBe(reason);
  });
});

describe('extractSnapshot (extension)', () => {
  it('passes a refused snapshot through', async () => {
    const refused: PageSnapshot = { ok: false, reason: 'too-large', message: 'Article too large to analyse' };
    expect(await extractSnapshot(1, 'https://ledger.test/a', refused)).toEqual(refused);
  });

  it('extracts the article and its claims from the serialised page', async () => {
    const res = await extractSnapshot(2, 'https://ledger.test/quay', { ok: true, html: html(LINES) });
    expect(res.ok && res.article.title).toBe('Orlen closes north quay');
    expect(res.ok && res.article.outlet).toEqual({ domain: 'ledger.test', name: 'Orlen Ledger' });
    expect(res.ok && res.claims.map((c) => c.text)).toContain(LINES[1]);
  });

  it('keeps a growing page one article in its own tab only (infinite scroll without a canonical link)', async () => {
    const first = await extractSnapshot(3, 'https://ledger.test/quay', { ok: true, html: html(LINES) });
    const grown = { ok: true as const, html: html([...LINES, ...MORE]) };
    const sameTab = await extractSnapshot(3, 'https://ledger.test/quay?page=2', grown);
    const otherTab = await extractSnapshot(4, 'https://ledger.test/quay?page=2', grown);
    expect(first.ok && first.article.canonicalUrl).toBe('https://ledger.test/quay');
    expect(sameTab.ok && sameTab.article.canonicalUrl).toBe('https://ledger.test/quay');
    expect(otherTab.ok && otherTab.article.canonicalUrl).toBe('https://ledger.test/quay?page=2');
  });
});
