/**
 * `npm run demo`: serves the bundled demo story on local `*.test` domains, launches
 * Chromium with the built extension (headed when a display exists, else headless),
 * reads five outlets' articles into the library (four retell the story's statements, the radio
 * station tells it in other words), opens the sixth with its sidebar
 * (`sidepanel.html?tab=<id>`), expands a claim whose number differs, highlights it in
 * the page, saves screenshots of both under demo-output/, and prints what
 * the sidebar shows. `--keep-open` leaves a headed browser open until Ctrl+C;
 * `--timings N` also reloads the article N times and prints p50/p95 timings.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { requireChromium } from './lib/chromium.ts';
import { argValue, REPO_ROOT } from './lib/data-dir.ts';
import { launchExtension, numberChangedClaim } from '../tests/e2e/harness.ts';

const OUT = resolve(REPO_ROOT, 'demo-output');
const LIBRARY = ['wire', 'ledger', 'herald', 'gazette', 'radio'];
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
  const same = [...document.querySelectorAll('.same-story li')].map(text);
  if (same.length) lines.push('', text(document.querySelector('.same-story h2')) + ':', ...same.map((s) => '  ' + s));
  lines.push('');
  document.querySelectorAll('.claim').forEach((li, i) => {
    lines.push(String(i + 1).padStart(2) + '. ' + text(li.querySelector('.claim-text')));
    const outlets = [...li.querySelectorAll('.claim-outlets .chip')].map((c) => text(c.querySelector('.chip-name')) + ' [' + text(c.querySelector('.kind')) + ']');
    const flags = [...li.querySelectorAll('.claim-meta .flag')].map((f) => '  · ' + text(f).toLowerCase()).join('');
    lines.push('    ' + (outlets.length ? 'also: ' + outlets.join(', ') : text(li.querySelector('.only-this'))) + flags);
    for (const sbs of li.querySelectorAll('.sbs')) {
      const labels = [...sbs.querySelectorAll('.diff-label')].map(text);
      if (labels.length) lines.push('      vs ' + text(sbs.querySelector('.sbs-head .chip-name') ?? sbs.querySelector('.sbs-head')) + ': ' + labels.join('; '));
    }
  });
  return lines;
})()`;

/** The sidebar's visible content as plain text lines. */
async function describeSidebar(panel: Page): Promise<string[]> {
  return (await panel.evaluate(DESCRIBE_SIDEBAR)) as string[];
}

/** p50/p95 of page extraction and background save + match over `n` reloads of the opened article. */
async function measure(ext: Awaited<ReturnType<typeof launchExtension>>, page: Page, n: number): Promise<string> {
  const extract: number[] = [];
  const match: number[] = [];
  for (let i = 0; i < n; i++) {
    await page.goto(`${ext.baseUrl(OPENED)}?run=${i}`);
    const rec = await ext.waitForCapture(page);
    extract.push(rec.extractMs);
    match.push(rec.matchMs);
  }
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)].toFixed(1);
  const total = extract.map((e, i) => e + match[i]);
  return `Over ${n} reloads: extraction p50 ${pct(extract, 50)} / p95 ${pct(extract, 95)} ms; save + match p50 ${pct(match, 50)} / p95 ${pct(match, 95)} ms; total p50 ${pct(total, 50)} / p95 ${pct(total, 95)} ms`;
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
    const rec = await ext.waitForCapture(article);
    const panel = await ext.openPanel(article);
    await panel.waitForSelector('.claim');
    // From the panel page's own navigation start (opening a new tab in the harness is not the panel's time).
    const panelMs = Math.round(await panel.evaluate(() => performance.now()));
    await panel.setViewportSize({ width: 440, height: 900 });
    const card = await numberChangedClaim(panel);
    if (await card.count()) {
      await card.locator('button.expand').click();
      await card.locator('.claim-text').click();
      await card.scrollIntoViewIfNeeded();
    }
    // A tab behind another is not painted in headless Chromium: bring each to the front for its screenshot.
    await article.bringToFront();
    await article.waitForTimeout(800);
    await article.screenshot({ path: resolve(OUT, 'page.png') });
    await panel.bringToFront();
    await panel.evaluate('window.scrollTo(0, 0)');
    await panel.screenshot({ path: resolve(OUT, 'sidebar.png'), fullPage: true });
    await panel.screenshot({ path: resolve(OUT, 'sidebar-top.png') });
    if (await card.count()) {
      // A viewport taller than the card keeps the sticky toolbar out of the card's screenshot.
      await panel.setViewportSize({ width: 440, height: 2400 });
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: resolve(OUT, 'sidebar-claim.png') });
    }
    console.log(`\nBadge on ${OPENED}: "${await ext.badgeText(article)}"`);
    console.log(`Timing: extraction ${rec.extractMs} ms in the page, save + match ${Math.round(rec.matchMs)} ms in the background, sidebar populated ${panelMs} ms after its page started loading`);
    const repeat = Number(argValue(process.argv.slice(2), 'timings') ?? 0);
    if (repeat > 0) console.log(await measure(ext, article, repeat));
    console.log('\nThe sidebar shows:\n');
    console.log((await describeSidebar(panel)).join('\n'));
    const shots = ['page.png', 'sidebar.png', 'sidebar-top.png', ...((await card.count()) ? ['sidebar-claim.png'] : [])];
    console.log(`\nScreenshots in ${OUT}: ${shots.join(', ')}`);
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
