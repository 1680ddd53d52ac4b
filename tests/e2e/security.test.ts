/**
 * Injection and network silence in real Chromium. Two outlets whose title, outlet name, body
 * text and URL carry HTML, script, `javascript:` links and bidi controls are captured and matched;
 * the sidebar (all claims expanded), the options page, an evidence export, a library export and
 * its import are exercised. Nothing may execute (a canary global stays unset in every page, no
 * dialog opens), the payloads show as text, only http(s) links are rendered, and the extension's
 * pages and service worker make no request other than for their own chrome-extension:// files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, TEST_OUTPUT_DIR, type ExtensionHarness } from './harness';
import { BIDI_CONTROLS, HOSTILE_PATH, hostileA, hostileB, IMG_PAYLOAD, SCRIPT_PAYLOAD } from '../fixtures/hostile/pages';
import { recordRequests, type RecordedRequest } from '../fixtures/hostile/e2e-helpers';

/** What a page shows and holds that matters here. */
interface PageAudit {
  canary: unknown;
  text: string;
  badHrefs: string[];
  injected: number;
  scripts: string[];
}

/** Audits a page: canary, visible text, non-http(s) links, elements planted by the payloads. */
async function audit(page: Page): Promise<PageAudit> {
  return page.evaluate(() => ({
    canary: (window as unknown as { __canary?: unknown }).__canary,
    text: document.body.innerText,
    badHrefs: [...document.querySelectorAll('a[href], area[href]')]
      .map((a) => (a as HTMLAnchorElement).href)
      .filter((h) => !/^https?:\/\//.test(h) && !h.startsWith(`${location.origin}/`)),
    injected: document.querySelectorAll('img[src="x"], img[onerror], [onerror], [onclick], iframe').length,
    scripts: [...document.scripts].map((s) => s.src || `inline: ${s.textContent?.slice(0, 60)}`),
  }));
}

/**
 * Text nodes whose unterminated bidi embedding/override/isolate reaches UI text after them: the
 * control is neither isolated (`<bdi>`, `unicode-bidi: isolate|plaintext`) nor alone at the end of
 * its block, so it would reorder the labels and text that follow it.
 */
async function leakingBidi(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.textContent ?? '';
      const open = (t.match(/[\u202A-\u202E]/g) ?? []).length - 2 * (t.match(/\u202C/g) ?? []).length;
      const isolates = (t.match(/[\u2066-\u2068]/g) ?? []).length - (t.match(/\u2069/g) ?? []).length;
      if (open <= 0 && isolates <= 0) continue;
      let el: Element | null = n.parentElement;
      let block: Element | null = null;
      while (el && el !== document.body) {
        const style = getComputedStyle(el);
        if (el.tagName === 'BDI' || /isolate|plaintext/.test(style.unicodeBidi)) break;
        if (style.display !== 'inline') {
          block = el;
          break;
        }
        el = el.parentElement;
      }
      if (!block) continue;
      const after = document.createRange();
      after.setStartAfter(n);
      after.setEnd(block, block.childNodes.length);
      if (after.toString().trim()) bad.push(`${block.tagName}.${block.className}: ${JSON.stringify(block.textContent?.slice(0, 80))}`);
    }
    return bad;
  });
}

describe('hostile articles in the sidebar and the options page', () => {
  let ext: ExtensionHarness;
  let requests: ReturnType<typeof recordRequests>;
  const dialogs: string[] = [];
  const pages: Page[] = [];
  let panel: Page;
  let options: Page;

  beforeAll(async () => {
    ext = await launchExtension({ pages: { 'hostile-a.test': hostileA(), 'hostile-b.test': hostileB() } });
    ext.context.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    requests = recordRequests(ext.context);
    // The recorder must see what it is meant to catch: a fetch from the worker and from an extension page.
    const probe = `http://probe.test:${ext.server.port}/`;
    await ext.evalInWorker(() => undefined);
    await ext.serviceWorker.evaluate((u) => fetch(`${u}worker`).then(() => 'ok', () => 'failed'), probe);
    const blank = await ext.context.newPage();
    await blank.goto(ext.extensionUrl('options.html'));
    await blank.evaluate((u) => fetch(`${u}page`).then(() => 'ok', () => 'failed'), probe);
    await blank.close();
    expect(requests.all.map((r) => r.url)).toEqual(expect.arrayContaining([`${probe}worker`, `${probe}page`]));
    requests.clear();

    for (const host of ['hostile-b', 'hostile-a']) {
      const page = await ext.context.newPage();
      pages.push(page);
      await page.goto(new URL(HOSTILE_PATH, ext.baseUrl(host)).href);
      expect((await ext.waitForCapture(page)).state, `capture of ${host}`).toBe('ready');
    }
    panel = await ext.openPanel(pages[1]);
    for (const button of await panel.locator('button.expand').all()) await button.click();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('matches the two hostile outlets', async () => {
    expect(await panel.locator('main').getAttribute('data-state')).toBe('ready');
    expect(await panel.locator('.claim[data-corroborated="true"]').count()).toBeGreaterThan(3);
    expect(await panel.locator('.sbs').count()).toBeGreaterThan(3);
  });

  it('shows the payloads in the sidebar as inert text', async () => {
    const a = await audit(panel);
    expect(a.canary).toBeUndefined();
    expect(a.injected).toBe(0);
    expect(a.badHrefs).toEqual([]);
    expect(a.scripts.every((s) => s.startsWith(`chrome-extension://${ext.extensionId}/`)), a.scripts.join(', ')).toBe(true);
    for (const payload of [IMG_PAYLOAD, SCRIPT_PAYLOAD]) expect(a.text).toContain(payload);
    expect(await panel.locator('.outlet-name').textContent()).toContain(IMG_PAYLOAD);
    expect(await panel.locator('.chip-name').first().textContent()).toContain(SCRIPT_PAYLOAD);
    await panel.screenshot({ path: resolve(TEST_OUTPUT_DIR, 'security-sidebar.png'), fullPage: true });
  });

  it('clicking the page-derived text in the sidebar runs nothing', async () => {
    for (const el of await panel.locator('.claim-text').all()) await el.click();
    await panel.waitForTimeout(500);
    for (const p of [panel, ...pages]) expect((await audit(p)).canary).toBeUndefined();
  });

  it('leaves the hostile pages themselves untouched', async () => {
    for (const page of pages) {
      const a = await audit(page);
      expect(a.canary).toBeUndefined();
      expect(a.injected).toBe(0);
    }
  });

  it('shows the payloads in the options page as inert text and links only http(s)', async () => {
    options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await options.waitForSelector('table.articles tbody tr >> nth=1');
    const a = await audit(options);
    expect(a.canary).toBeUndefined();
    expect(a.injected).toBe(0);
    expect(a.badHrefs).toEqual([]);
    expect(a.text).toContain(IMG_PAYLOAD);
    expect(a.text).toContain(SCRIPT_PAYLOAD);
    const titles = await options.locator('table.articles td.title a').evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).protocol));
    expect(titles.every((p) => p === 'http:' || p === 'https:')).toBe(true);
    await options.screenshot({ path: resolve(TEST_OUTPUT_DIR, 'security-options.png'), fullPage: true });
  });

  it('escapes the payloads in the evidence Markdown', async () => {
    const row = options.locator('table.articles tbody tr').first();
    const [download] = await Promise.all([options.waitForEvent('download'), row.getByRole('button', { name: /Export evidence/ }).click()]);
    const md = readFileSync(await download.path(), 'utf8');
    expect(md, 'no unescaped markup').not.toMatch(/(^|[^\\])<\/?(img|script)/im);
    expect(md).not.toMatch(/\]\(\s*javascript:/i);
    expect(md).not.toMatch(BIDI_CONTROLS);
    expect(md).toContain('Daily \\<img src=x onerror="window\\.\\_\\_canary=1"\\> Herald');
  });

  it('exports and imports the library without a network request or a dialog', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download JSON' }).click()]);
    const file = resolve(TEST_OUTPUT_DIR, 'security-export.json');
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).toContain('corroborate-library');
    await options.locator('#import-file').setInputFiles(file);
    await expect.poll(() => options.locator('[data-testid="import-export-message"]').innerText()).toMatch(/\S/);
    expect((await audit(options)).canary).toBeUndefined();
  });

  it('opened no dialog and made no network request from the extension', async () => {
    expect(dialogs).toEqual([]);
    const open = ext.context.pages();
    expect(open.length).toBeGreaterThanOrEqual(4);
    for (const p of open) expect(await p.evaluate(() => (window as unknown as { __canary?: unknown }).__canary), p.url()).toBeUndefined();
    expect(await ext.evalInWorker(() => (globalThis as unknown as { __canary?: unknown }).__canary)).toBeUndefined();
    const own = (r: RecordedRequest) => r.url.startsWith(`chrome-extension://${ext.extensionId}/`) || /^(blob|data):/.test(r.url);
    const isExtension = (r: RecordedRequest) => r.from.includes('chrome-extension://') || r.url.startsWith('chrome-extension://');
    const fromExtension = requests.all.filter(isExtension);
    expect(fromExtension.length, 'the recorder saw the extension pages load').toBeGreaterThan(0);
    expect(fromExtension.filter((r) => !own(r))).toEqual([]);
    // The article pages made only their own navigations: the content script fetched nothing.
    const fromPages = requests.all.filter((r) => !isExtension(r));
    expect(fromPages.filter((r) => !(r.type === 'document' && /^http:\/\/hostile-[ab]\.test:\d+\//.test(r.url)))).toEqual([]);
    console.log(`[security] ${requests.all.length} requests recorded, ${fromExtension.length} from extension pages/worker, none external`);
  });

  // Regression (bidi leak): an outlet name with an unterminated U+202E reordered the UI text after it
  // (the sidebar's "Only <outlet>" filter, the options page's outlet rows). Extraction now drops bidi
  // controls and the page-text elements are isolated with `unicode-bidi: isolate`.
  it('isolates bidi control characters from the surrounding UI', async () => {
    const bad = [...(await leakingBidi(panel)).map((s) => `sidebar ${s}`), ...(await leakingBidi(options)).map((s) => `options ${s}`)];
    await panel.screenshot({ path: resolve(TEST_OUTPUT_DIR, 'security-bidi.png') });
    expect(bad).toEqual([]);
  });
});
