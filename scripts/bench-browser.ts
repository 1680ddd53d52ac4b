/**
 * `npm run --silent bench:browser -- [--sizes 1000,10000] [--json] [--data DIR]`
 * The benchmark in real headless Chromium: builds the extension for the custom `bench` target
 * (which adds the unlisted harness page entrypoints/bench; chrome and firefox builds never
 * contain it), loads it, and drives the page through playwright-core. Output as `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from './lib/chromium';
import { REPO_ROOT, resolveDataDir } from './lib/data-dir';
import { parseBenchArgs } from './lib/bench/args';
import { loadRealCorpus } from './lib/bench/corpus-load';
import type { BenchOutput } from './lib/bench/record';
import { runChromium } from './lib/bench/run-chromium';
import { formatTable } from './lib/bench/table';

const argv = process.argv.slice(2);
const args = parseBenchArgs(argv);
const log = (m: string) => process.stderr.write(`${m}\n`);
const executablePath = requireChromium();
const data = resolveDataDir(argv);
const real = data.exists ? loadRealCorpus(data.dir) : { bbc: [], reuters: [], newswcl50: [], allsides: [] };
if (!data.exists) log(`no research data at ${data.dir}: using the built-in seed stories and synthetic variants only`);

const extensionDir = resolve(REPO_ROOT, '.output', 'bench-mv3');
if (!argv.includes('--no-build')) {
  log('building the extension for the bench target (wxt build -b bench)…');
  const built = spawnSync('npx', ['wxt', 'build', '-b', 'bench'], { cwd: REPO_ROOT, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) {
    log('wxt build -b bench failed');
    process.exit(1);
  }
}

const profile = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath, headless: true, ignoreDefaultArgs: ['--disable-extensions'],
  args: [
    `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--enable-precise-memory-info',
  ],
});
const out: BenchOutput = { engine: 'chromium', runs: [] };
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && log(`[page] ${m.text()}`));
  await page.goto(`chrome-extension://${extensionId}/bench.html`);
  await page.waitForFunction(() => 'corroborateBench' in window, undefined, { timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  const heap = {
    mb: async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1e6,
    gc: async () => void (await cdp.send('HeapProfiler.collectGarbage')),
  };
  for (const size of args.sizes) out.runs.push(await runChromium(page, heap, real, size, { ...args, log }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
if (args.json) process.stdout.write(`${JSON.stringify(out)}\n`);
else console.log(formatTable(out));
