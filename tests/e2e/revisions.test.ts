/**
 * Silent edits in real Chromium: a page served by this test's own server changes between two
 * visits to the same URL. An edited article shows "Edited since you first read it" with the
 * changed number in the sidebar; a live blog, or a change outside the article body, shows nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, TEST_OUTPUT_DIR, type ExtensionHarness } from './harness';

/** Invented article body: seven paragraphs, enough to read as an article. */
const BODY = [
  'The Eastmere harbour ferry ran aground on a sandbank early on Thursday morning, the port authority said.',
  'The ferry carried 120 passengers when it struck the bank shortly after leaving the north pier in thick fog.',
  'Coastguard crews reached the vessel within forty minutes and began moving passengers to smaller boats.',
  'Nobody was seriously hurt, although two crew members were treated for minor injuries at the quayside.',
  'The operator said the ferry would stay out of service until divers had inspected its hull and propellers.',
  'Local councillors have long asked for the channel to be dredged, saying that sandbanks shift every winter.',
  'An investigation into the grounding will be led by the national marine accident branch, officials said.',
];

/** Version B: one number changed, one sentence reworded. */
const EDITED = BODY.map((p, i) =>
  i === 1 ? p.replace('120 passengers', '85 passengers') : i === 5 ? 'Councillors have never asked for the channel to be dredged.' : p,
);

/** A news page: `title`, body paragraphs, and a footer line outside the article. */
function page(url: string, title: string, paras: string[], footer = 'Copyright Eastmere Gazette'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="canonical" href="${url}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-12T06:30:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>${title}</h1>
<p class="byline">By Ada Penhale</p>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<footer><p>${footer}</p></footer></body></html>`;
}

/** The HTML served at each path; tests swap it between visits. */
const served = new Map<string, string>();
let server: Server;
let port = 0;
const urlOf = (path: string) => `http://eastmere.test:${port}${path}`;

/** Visits `path` in a new tab, waits for the capture, and returns the open sidebar for it. */
async function visit(ext: ExtensionHarness, path: string): Promise<{ tab: Page; panel: Page }> {
  const tab = await ext.context.newPage();
  await tab.goto(urlOf(path));
  const rec = await ext.waitForCapture(tab);
  expect(rec.state, `capture of ${path}`).toBe('ready');
  return { tab, panel: await ext.openPanel(tab) };
}

/** Serves version A then version B of `path`; returns the sidebar after the second visit. */
async function twoVisits(ext: ExtensionHarness, path: string, a: string, b: string): Promise<Page> {
  served.set(path, a);
  const first = await visit(ext, path);
  expect(await first.panel.locator('[data-testid="revision-notice"]').count()).toBe(0);
  await first.tab.close();
  await first.panel.close();
  served.set(path, b);
  return (await visit(ext, path)).panel;
}

describe('silent-edit revisions', () => {
  let ext: ExtensionHarness;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const html = served.get(new URL(req.url ?? '/', 'http://x').pathname);
      res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html ?? 'not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await new Promise((r) => server?.close(r));
  });

  it('shows an edited article as "Edited since you first read it" with the changed number', async () => {
    const path = '/news/ferry-aground';
    const panel = await twoVisits(ext, path, page(urlOf(path), 'Ferry runs aground in fog', BODY), page(urlOf(path), 'Ferry runs aground in fog', EDITED));
    const notice = panel.locator('[data-testid="revision-notice"]');
    await expect.poll(() => notice.count()).toBe(1);
    // The status role is on the notice's text line only, not around its button and changes.
    expect(await notice.locator('[role="status"]').innerText()).toMatch(/^Edited since you first read it on \S+/);
    const button = notice.locator('button');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await notice.locator('ol').isVisible()).toBe(false);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => notice.locator('.revision-before del[data-mark~="number"]').first().isVisible()).toBe(true);
    expect(await notice.locator('.revision-before del[data-mark~="number"]').first().innerText()).toContain('120');
    expect(await notice.locator('.revision-after ins[data-mark~="number"]').first().innerText()).toContain('85');
    // The visible text: the screen-reader-only change markers ("added: … end") are left out.
    const visible = await notice.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.sr-only').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
    expect(visible).toContain('Councillors have never asked');
    await panel.screenshot({ path: resolve(TEST_OUTPUT_DIR, 'sidebar-revision.png'), fullPage: true });
    // A later visit to the unchanged edited page still says it was edited.
    const again = (await visit(ext, path)).panel;
    await expect.poll(() => again.locator('[data-testid="revision-notice"]').count()).toBe(1);
  });

  it.each([
    ['a live blog that changes', '/news/live-storm', 'Live: storm batters Eastmere harbour', 'Copyright Eastmere Gazette'],
    ['a change outside the article body', '/news/quiet-edit', 'Harbour ferry back in service', 'Copyright 2027 Eastmere Gazette'],
  ])('shows no notice for %s', async (_name, path, title, footerB) => {
    const b = path.includes('live') ? page(urlOf(path), title, EDITED) : page(urlOf(path), title, BODY, footerB);
    const panel = await twoVisits(ext, path, page(urlOf(path), title, BODY), b);
    expect(await panel.locator('main').getAttribute('data-state')).toBe('ready');
    expect(await panel.locator('[data-testid="revision-notice"]').count()).toBe(0);
    expect(await panel.locator('body').innerText()).not.toContain('Edited since you first read it');
  });
});
