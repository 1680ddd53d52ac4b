/**
 * Streamed import in real Chromium, through the options page: a file of 1,500 articles goes in
 * page by page inside one transaction while the page shows its progress; a file broken near its
 * end changes nothing; closing the page in the middle of the merge leaves the library as it was,
 * and the next import clears the leftover staging database.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from './harness';
import { libraryRows, openOptions, visit } from './options-helpers';

const OUTLETS = ['north', 'south', 'east'].map((o) => ({
  id: `${o}.example`, name: `The ${o} Post`, domains: [`${o}.example`], wire: false, groups: [], firstSeen: 1000, lastSeen: 2000,
}));

/** An export of `n` generated articles; the article at `brokenAt` has a claim with a negative offset. */
function syntheticExport(n: number, brokenAt?: number): Buffer {
  const articles = Array.from({ length: n }, (_, i) => {
    const o = OUTLETS[i % 3];
    const paragraphs = [
      `${o.name} reports that harbour bridge ${i} reopened after ${(i % 9) + 1} weeks of repairs.`,
      `Officials said traffic would return to normal by day ${(i % 28) + 1}.`,
    ];
    const claims = paragraphs.map((p, k) => ({ cid: `c${k}`, index: k, paragraph: k, start: k === 0 && i === brokenAt ? -1 : 0, end: p.length, text: p, prefix: '', suffix: '', quote: false }));
    const url = `https://www.${o.id}/news/bridge-${i}`;
    return { key: `${o.id}|u:${url}`, outletId: o.id, url, canonicalUrl: url, title: `Bridge ${i} reopens`, byline: null, publishedTime: null, lang: 'en',
      firstSeen: 1000 + i, lastSeen: 1000 + i, paragraphs, claimCount: 2, truncated: false, claims };
  });
  return Buffer.from(JSON.stringify({ format: 'corroborate-library', version: 1, exportedAt: 0, outlets: OUTLETS, articles }));
}

/** Every text the import/export message shows from now on. */
async function recordMessages(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenMessages: string[] }).seenMessages = seen;
    const el = document.querySelector('[data-testid="import-export-message"]')!;
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { seenMessages: string[] }).seenMessages);
}

async function databaseNames(ext: ExtensionHarness): Promise<string[]> {
  return ext.evalInWorker(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
}

describe('options page: streamed import', () => {
  let ext: ExtensionHarness;
  beforeEach(async () => {
    ext = await launchExtension({ extensionDir: process.env.CORROBORATE_EXTENSION_DIR });
  });
  afterEach(async () => {
    await ext?.close();
  });

  it('imports 1,500 articles in batches, showing progress, and deletes its staging database', async () => {
    const page = await openOptions(ext);
    const messages = await recordMessages(page);
    await page.locator('#import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: syntheticExport(1500) });
    const message = page.locator('[data-testid="import-export-message"]');
    await expect.poll(() => message.innerText(), { timeout: 60_000 }).toContain('1500 new articles, 3 outlets');
    const seen = await messages();
    expect(seen.some((m) => /^Checking… \d+ articles$/.test(m))).toBe(true);
    expect(seen.some((m) => /^Importing… (200|400|600) of 1500 articles$/.test(m))).toBe(true);
    expect((await libraryRows(ext)).articles).toBe(1500);
    expect(await databaseNames(ext)).not.toContain('corroborate-import-staging');
  });

  it('refuses a file whose 1,401st article is broken, and changes nothing', async () => {
    await visit(ext, ['wire']);
    const before = await libraryRows(ext);
    const page = await openOptions(ext);
    await page.locator('#import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: syntheticExport(1500, 1400) });
    const message = page.locator('[data-testid="import-export-message"]');
    await expect.poll(() => message.innerText(), { timeout: 60_000 }).toMatch(/broken\.json was not imported.*articles\.1400\.claims\.0\.start/);
    expect(await libraryRows(ext)).toEqual(before);
    expect(await databaseNames(ext)).not.toContain('corroborate-import-staging');
  });

  it('closing the page in the middle of the merge leaves the library as it was', async () => {
    await visit(ext, ['wire']);
    const before = await libraryRows(ext);
    const page = await openOptions(ext);
    await page.locator('#import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: syntheticExport(6000) });
    await page.waitForFunction(() => /^Importing… [1-9]\d* of 6000/.test(document.querySelector('[data-testid="import-export-message"]')?.textContent ?? ''), null, { timeout: 60_000, polling: 10 });
    await page.close();
    expect(await libraryRows(ext)).toEqual(before);

    const again = await openOptions(ext);
    await again.locator('#import-file').setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: syntheticExport(3) });
    await expect.poll(() => again.locator('[data-testid="import-export-message"]').innerText()).toContain('3 new articles');
    expect((await libraryRows(ext)).articles).toBe(before.articles + 3);
    expect(await databaseNames(ext)).not.toContain('corroborate-import-staging');
  });
});
