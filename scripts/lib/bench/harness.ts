/**
 * The Chromium side of the browser benchmarks: builds the extension for the custom `bench` target
 * (unless `--no-build`), launches headless Chromium with it loaded, and opens the unlisted harness
 * page (entrypoints/bench), whose `window.corroborateBench` the scripts drive. Node-only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { requireChromium } from '../chromium';
import { argValue, REPO_ROOT } from '../data-dir';

/** An open harness page; `close` ends the browser and removes its profile (unless it was `--keep-library DIR`). */
export interface BenchHarness {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
  /** The `--keep-library` profile folder, or null for a throw-away profile. */
  keptProfile: string | null;
  /** The profile was empty at launch (always for a throw-away one): nothing stored in it but this run's. */
  freshProfile: boolean;
}

/** Where the harness's browser profile lives and whether to build first (defaults: from argv). */
export interface HarnessOptions {
  /** Build the extension first (default: unless `--no-build` is in argv). */
  build?: boolean;
  /** A profile folder to keep (default: `--keep-library DIR`), or null for a throw-away one. */
  keepDir?: string | null;
  /** Activate the harness page's tab once it loads (default true; see below and scripts/bench-contexts.ts). */
  activate?: boolean;
}

/** Builds (unless told not to) and opens the harness page; exits the process if the build fails. */
export async function openBenchHarness(argv: readonly string[], log: (m: string) => void, opts: HarnessOptions = {}): Promise<BenchHarness> {
  const executablePath = requireChromium();
  const extensionDir = resolve(REPO_ROOT, '.output', 'bench-mv3');
  if (opts.build ?? !argv.includes('--no-build')) {
    log('building the extension for the bench target (wxt build -b bench)…');
    // A CPU profile needs function names: `--profile` builds the bench target unminified (wxt.config.ts).
    const env = argv.includes('--profile') ? { ...process.env, CORROBORATE_UNMINIFIED: '1' } : process.env;
    const built = spawnSync('npx', ['wxt', 'build', '-b', 'bench'], { cwd: REPO_ROOT, env, stdio: ['ignore', 2, 2] });
    if (built.status !== 0) {
      log('wxt build -b bench failed');
      process.exit(1);
    }
  }
  // `--keep-library DIR`: a browser profile that outlives the run, so a library loaded once is reused (chromium-library.ts).
  const kept = opts.keepDir !== undefined ? opts.keepDir : argValue([...argv], 'keep-library');
  const profile = kept ? resolve(process.env.INIT_CWD ?? process.cwd(), kept) : mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  const freshProfile = !kept || !existsSync(profile) || readdirSync(profile).length === 0;
  if (kept) mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--enable-precise-memory-info',
    ],
  });
  const close = async () => {
    await context.close();
    if (!kept) rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && log(`[page] ${m.text()}`));
    await page.goto(`chrome-extension://${extensionId}/bench.html`);
    await page.waitForFunction(() => 'corroborateBench' in window, undefined, { timeout: 30_000 });
    // Headless Chromium runs an extension page opened this way as a background page until its tab
    // is activated after the navigation, though the page reports itself visible and focused: the
    // same code ran there about 2× slower than in Node, in an activated page or in the extension's
    // service worker, where the extension matches for a reader (scripts/bench-contexts.ts measures it).
    if (opts.activate !== false) await page.bringToFront();
    return { context, page, cdp: await context.newCDPSession(page), close, keptProfile: kept ? profile : null, freshProfile };
  } catch (err) {
    await close();
    throw err;
  }
}
