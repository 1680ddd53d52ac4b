/**
 * `npx tsx scripts/bench-sidebar-cold.ts [--reps 10]` (after `npm run build`): how long the sidebar
 * takes to show an article's coverage in the real extension, with the service worker running
 * ("warm") and after it stopped ("cold"), as Chrome stops it after 30 seconds idle, so a reader
 * who opens the sidebar a minute into an article meets the cold case. Uses the bundled demo story
 * (four outlets stored, the fifth opened), headless Chromium and the end-to-end harness. Each
 * time is the sidebar page's own clock (`performance.now()`, from its navigation start) when it
 * first shows something other than "loading": loading the page and its script included, the
 * browser's work to create the page excluded. Prints p50 / p95 / max per case.
 */
import { launchExtension } from '../tests/e2e/harness.ts';
import { argValue } from './lib/data-dir.ts';
import { summarize } from './lib/bench/stats.ts';

const reps = Number(argValue(process.argv.slice(2), 'reps') ?? 10);
const ext = await launchExtension();
try {
  for (const outlet of ['wire', 'gazette', 'herald', 'ledger']) {
    const page = await ext.context.newPage();
    await page.goto(ext.baseUrl(outlet));
    await ext.waitForCapture(page);
    await page.close();
  }
  const article = await ext.context.newPage();
  await article.goto(ext.baseUrl('observer'));
  await ext.waitForCapture(article);
  const tabId = await ext.tabIdOf(article);

  /** Opens the sidebar for the article's tab; its clock at the first non-loading render, and that state. */
  const open = async (): Promise<[number, string | null]> => {
    const panel = await ext.context.newPage();
    await panel.addInitScript(() => {
      const w = window as unknown as { firstShown?: number };
      new MutationObserver(() => {
        const state = document.querySelector('[data-state]')?.getAttribute('data-state');
        if (state && state !== 'loading') w.firstShown ??= performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await panel.goto(ext.extensionUrl(`sidepanel.html?tab=${tabId}`));
    await panel.waitForSelector('[data-state]:not([data-state="loading"])', { timeout: 30_000 });
    const ms = await panel.evaluate(() => (window as unknown as { firstShown: number }).firstShown);
    const state = await panel.getAttribute('[data-state]', 'data-state');
    await panel.close();
    return [ms, state];
  };

  const cases: Record<string, number[]> = { warm: [], cold: [] };
  for (let i = 0; i < reps; i++) {
    for (const kind of ['warm', 'cold'] as const) {
      if (kind === 'cold') {
        await ext.stopServiceWorker();
        await new Promise((r) => setTimeout(r, 300));
      }
      const [ms, state] = await open();
      if (state !== 'ready') throw new Error(`The ${kind} sidebar showed "${state}", not the article.`);
      cases[kind].push(ms);
    }
  }
  for (const [kind, ms] of Object.entries(cases)) {
    const s = summarize(ms);
    console.log(`${kind.padEnd(5)} sidebar, ${reps} opens: p50 ${s.p50} ms, p95 ${s.p95} ms, max ${Math.round(Math.max(...ms))} ms`);
  }
} finally {
  await ext.close();
}
