/**
 * `npm run demo`: serves the bundled demo story on local `*.test` domains, launches
 * Chromium with the built extension (headed when a display exists, else headless),
 * reads four outlets' articles into the library, opens the fifth with its sidebar
 * (`sidepanel.html?tab=<id>`), expands a claim whose number differs, highlights it in
 * the page, saves demo-output/page.png and demo-output/sidebar.png, and prints what
 * the sidebar shows. `--keep-open` leaves a headed browser open until Ctrl+C.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { requireChromium } from './lib/chromium.ts';
import { REPO_ROOT } from './lib/data-dir.ts';
import { launchExtension, numberChangedClaim } from '../tests/e2e/harness.ts';

const OUT = resolve(REPO_ROOT, 'demo-output');
const LIBRARY = ['wire', 'ledger', 'herald', 'gazette'];
const OPENED = 'observer';

/**
 * Reads the sidebar's visible content as plain text lines. Kept as source text, because
 * tsx's name-keeping helpers do not exist inside the page.
 */
const DESCRIBE_SIDEBAR = `(() => {
  const text = (el) => (el?.textContent ?? '').replace(/\\s+/g, ' ').trim();
  const lines = [text(document.querySelector('.article-title')), '  ' + text(document.querySelector('.outlet-line')), ''];
  for (const p of document.querySelectorAll('.summary p')) lines.push(text(p));
  const chips = [...document.querySelectorAll('.summary .chip')].map((c) => text(c.querySelector('.chip-name')) + ' (' + text(c.querySelector('.chip-count')) + ')');
  if (chips.length) lines.push('Outlets: ' + chips.join(', '));
  lines.push('');
  document.querySelectorAll('.claim').forEach((li, i) => {
    lines.push(String(i + 1).padStart(2) + '. ' + text(li.querySelector('.claim-text')));
    const outlets = [...li.querySelectorAll('.claim-outlets .chip')].map((c) => text(c.querySelector('.chip-name')) + ' [' + text(c.querySelector('.kind')) + ']');
    lines.push('    ' + (outlets.length ? 'also: ' + outlets.join(', ') : text(li.querySelector('.only-this'))) + (li.querySelector('.flag-number') ? '  · number differs' : ''));
    for (const label of li.querySelectorAll('.diff-label')) lines.push('      ' + text(label));
  });
  return lines;
})()`;

/** The sidebar's visible content as plain text lines. */
async function describeSidebar(panel: Page): Promise<string[]> {
  return (await panel.evaluate(DESCRIBE_SIDEBAR)) as string[];
}

async function main(): Promise<void> {
  requireChromium();
  const headed = Boolean(process.env.DISPLAY);
  const keepOpen = headed && process.argv.includes('--keep-open');
  mkdirSync(OUT, { recursive: true });
  const ext = await launchExtension({ headed });
  try {
    console.log(`Chromium ${headed ? 'window' : '(headless)'} with Corroborate ${ext.extensionId}`);
    for (const outlet of LIBRARY) {
      const page = await ext.context.newPage();
      await page.goto(ext.baseUrl(outlet));
      const rec = await ext.waitForCapture(page);
      console.log(`  read ${page.url().split('/')[2]}: ${rec.state}${rec.state === 'ready' ? `, ${rec.corroborated} statements already in the library` : ''}`);
      await page.close();
    }
    const article = await ext.context.newPage();
    await article.goto(ext.baseUrl(OPENED));
    await ext.waitForCapture(article);
    const panel = await ext.openPanel(article);
    await panel.setViewportSize({ width: 440, height: 900 });
    const card = await numberChangedClaim(panel);
    if (await card.count()) {
      await card.locator('button.expand').click();
      await card.locator('.claim-text').click();
      await card.scrollIntoViewIfNeeded();
    }
    await article.waitForTimeout(800);
    await article.screenshot({ path: resolve(OUT, 'page.png') });
    await panel.evaluate('window.scrollTo(0, 0)');
    await panel.screenshot({ path: resolve(OUT, 'sidebar.png'), fullPage: true });
    await panel.screenshot({ path: resolve(OUT, 'sidebar-top.png') });
    if (await card.count()) {
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: resolve(OUT, 'sidebar-claim.png') });
    }
    console.log(`\nBadge on ${OPENED}: "${await ext.badgeText(article)}"\n\nThe sidebar shows:\n`);
    console.log((await describeSidebar(panel)).join('\n'));
    console.log(`\nScreenshots: ${resolve(OUT, 'page.png')} and ${resolve(OUT, 'sidebar.png')}`);
    if (keepOpen) {
      console.log('Browser left open (--keep-open); press Ctrl+C to quit.');
      await new Promise(() => undefined);
    }
  } finally {
    if (!keepOpen) await ext.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
