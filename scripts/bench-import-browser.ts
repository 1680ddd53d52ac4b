/**
 * `npx tsx scripts/bench-import-browser.ts --articles 20000 [--extension .output/chrome-mv3] [--time-only]`
 * Export/import at scale in real Chromium, through the built extension's options page, where
 * IndexedDB lives outside the page's JS heap (unlike fake-indexeddb in scripts/bench-import.ts).
 * Writes a generated export file (seeded templated sentences), imports it with the file input,
 * then exports the library with "Download JSON". Every 250 ms it forces a GC in the options page
 * (DevTools protocol) and reads its live JS heap; it prints time and peak live heap above the
 * idle page per phase (the forced GCs slow it down: `--time-only` skips them, for timings).
 * A page holding the file would need at least its size in heap.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { argValue, REPO_ROOT } from './lib/data-dir';
import { requireChromium } from './lib/chromium';
import { mulberry32, pick } from './lib/bench/prng';

const argv = process.argv.slice(2);
const N = Number(argValue(argv, 'articles') ?? 5000);
const EXTENSION = resolve(argValue(argv, 'extension') ?? join(REPO_ROOT, '.output', 'chrome-mv3'));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const OUTLETS = Array.from({ length: 30 }, (_, i) => ({
  id: `outlet-${i}.example`, name: `Outlet ${i}`, domains: [`outlet-${i}.example`], wire: false, groups: [], firstSeen: 1000, lastSeen: 2000,
}));

/** Writes an export of `n` generated articles to `file`, line by line. */
async function writeExport(file: string, n: number): Promise<void> {
  const rng = mulberry32(7);
  const words = ['council', 'harbour', 'budget', 'bridge', 'school', 'rail', 'flood', 'clinic', 'market', 'library'];
  const out = createWriteStream(file);
  const put = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await put(`{"format":"corroborate-library","version":1,"exportedAt":0,"outlets":${JSON.stringify(OUTLETS)},\n"articles":[`);
  for (let i = 0; i < n; i++) {
    const o = OUTLETS[i % OUTLETS.length];
    const paragraphs = Array.from({ length: 6 }, (_, k) =>
      `The ${words[pick(rng, 10)]} plan number ${i}-${k} won ${pick(rng, 90) + 10} votes after ${pick(rng, 9) + 1} hours of debate on the ${words[pick(rng, 10)]}.`);
    const claims = paragraphs.map((p, k) => ({ cid: `c${k}`, index: k, paragraph: k, start: 0, end: p.length, text: p, prefix: '', suffix: '', quote: false }));
    const url = `https://www.${o.id}/news/${i}`;
    const a = { key: `${o.id}|u:${url}`, outletId: o.id, url, canonicalUrl: url, title: `Plan ${i} passes`, byline: null, publishedTime: null, lang: 'en',
      firstSeen: 1000 + i, lastSeen: 1000 + i, paragraphs, claimCount: claims.length, truncated: false, claims };
    await put(`${i ? ',' : ''}\n${JSON.stringify(a)}`);
  }
  await put('\n]}\n');
  out.end();
  await once(out, 'finish');
}

const TIME_ONLY = argv.includes('--time-only');

/** Live JS heap of the page after a full GC (0 with --time-only). */
async function live(cdp: CDPSession): Promise<number> {
  if (TIME_ONLY) return 0;
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Samples until `done()`; returns per phase (named by `phaseOf(message)`) its duration and peak live heap. */
async function watch(page: Page, cdp: CDPSession, phaseOf: (m: string) => string, done: () => boolean | Promise<boolean>) {
  const phases = new Map<string, { start: number; end: number; peak: number }>();
  const message = page.locator('[data-testid="import-export-message"]');
  while (!(await done())) {
    const name = phaseOf(await message.innerText());
    const heap = await live(cdp);
    const now = performance.now();
    const p = phases.get(name) ?? { start: now, end: now, peak: 0 };
    phases.set(name, { start: p.start, end: now, peak: Math.max(p.peak, heap) });
    await page.waitForTimeout(250);
  }
  return phases;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-browser-'));
  const file = join(dir, 'library.json');
  await writeExport(file, N);
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: requireChromium(), headless: true, acceptDownloads: true,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await page.waitForSelector('#outlets h2');
    // A shown page, as the reader's Options tab is (headless Chromium keeps it a background page until then: harness.ts).
    await page.bringToFront();
    const cdp = await context.newCDPSession(page);
    const idle = await live(cdp);
    const t0 = performance.now();
    await page.locator('#import-file').setInputFiles(file);
    const message = page.locator('[data-testid="import-export-message"]');
    const imported = await watch(page, cdp, (m) => (m.startsWith('Checking') ? 'check' : m.startsWith('Importing') ? 'merge' : 'other'),
      async () => /imported/i.test(await message.innerText()));
    const importMs = performance.now() - t0;
    const result = await message.innerText();

    const download = page.waitForEvent('download', { timeout: 600_000 });
    let saved = false;
    void download.then(() => (saved = true));
    const t1 = performance.now();
    await page.getByRole('button', { name: 'Download JSON' }).click();
    const exported = await watch(page, cdp, () => 'export', () => saved);
    const exportMs = performance.now() - t1;
    const exportPath = join(dir, 'export.json');
    await (await download).saveAs(exportPath);

    console.log(`articles ${N}, file ${mb(statSync(file).size)}; idle options page ${mb(idle)} live JS heap`);
    console.log(`result: ${result}`);
    for (const [name, p] of imported) if (name !== 'other') console.log(`import ${name}: ~${((p.end - p.start) / 1000).toFixed(1)} s, peak live heap above idle ${mb(p.peak - idle)}`);
    console.log(`import total: ${(importMs / 1000).toFixed(1)} s`);
    const e = exported.get('export');
    console.log(`export: ${(exportMs / 1000).toFixed(1)} s to ${mb(statSync(exportPath).size)}, peak live heap above idle ${e ? mb(e.peak - idle) : 'n/a (too fast to sample)'}`);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
