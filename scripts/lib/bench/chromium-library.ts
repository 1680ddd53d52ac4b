/**
 * The library of a Chromium benchmark run in the harness page (entrypoints/bench): bulk-loaded
 * into the extension's IndexedDB with a settled storage figure, or reused from a
 * `--keep-library` browser profile that already holds this size's library. Also the typed
 * surface of the page's `window.corroborateBench`, which run-chromium.ts drives too.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { MatchRounds } from './rounds';

/** What the harness page exposes as `window.corroborateBench` (scripts/lib/bench/page-harness.tsx), as seen through page.evaluate. */
export type HarnessBench = {
  reset(): Promise<void>;
  open(): Promise<number>;
  load(a: unknown[]): Promise<{ ids: number[]; claims: number }>;
  capture(html: string, url: string): Promise<{ ok: boolean; ms: number }>;
  match(article: unknown, claims: unknown, id: number): Promise<{ ms: number; readMs: number; rounds: MatchRounds; matches: string[] }>;
  sidebar(html: string, url: string, id: number): Promise<{ ms: number; rendered: number }>;
  brute(q: { claims: string[]; excludeArticleId: number; outletId: string }[]): Promise<{ ms: number; matches: string[]; extrapolated: boolean }[]>;
  usage(): Promise<number>;
  heap(): number;
};
declare const corroborateBench: HarnessBench;

const LOAD_BATCH = 500;

/**
 * Origin storage usage once it has stopped changing (IndexedDB compacts in the background after a
 * bulk load; matching meanwhile would time the compaction): polled every second, at most 60 s.
 */
async function settledUsage(page: Page): Promise<number> {
  let last = -1;
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = await page.evaluate(() => corroborateBench.usage());
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** A loaded library: the stored ids in composition order, and how the load went. */
export interface LoadedLibrary {
  size: number;
  ids: number[];
  claims: number;
  loadS: number;
  /** Null when the profile was not empty before the load (see loadLibrary). */
  storedBytes: number | null;
}

/**
 * Resets the benchmark database and bulk-loads `articles` into it. Storage is the settled usage
 * after the load less the settled usage before it (which holds the extension's own service-worker
 * scripts, about 2.9 MB, stored at some moment after launch: read at once, it was sometimes
 * counted in the library's figure); in a kept profile that was not empty the deleted library's
 * files still count until LevelDB compacts, so there is no figure (it was negative once).
 */
export async function loadLibrary(page: Page, articles: unknown[], log: (m: string) => void, size: number, fresh: boolean): Promise<LoadedLibrary> {
  await page.evaluate(() => corroborateBench.reset());
  const usage0 = await settledUsage(page);
  const ids: number[] = [];
  let claims = 0;
  const t = performance.now();
  for (let i = 0; i < articles.length; i += LOAD_BATCH) {
    const got = await page.evaluate((b) => corroborateBench.load(b), articles.slice(i, i + LOAD_BATCH));
    ids.push(...got.ids);
    claims += got.claims;
  }
  const loadS = (performance.now() - t) / 1000;
  log(`[chromium ${size}] bulk-loaded ${claims} claims in ${loadS.toFixed(1)} s`);
  const usage1 = await settledUsage(page);
  log(`[chromium ${size}] storage settled at ${((usage1 - usage0) / 1e6).toFixed(1)} MB (${(usage0 / 1e6).toFixed(2)} MB before loading)`);
  if (!fresh) log(`[chromium ${size}] no storage figure: the kept profile was not empty (use an empty --keep-library folder)`);
  return { size, ids, claims, loadS, storedBytes: fresh ? usage1 - usage0 : null };
}

/** Where a kept profile records the library it holds. */
const keptFile = (dir: string) => join(dir, 'corroborate-bench-library.json');

/** Records in the `--keep-library` profile `dir` the library just loaded into it. */
export function recordKeptLibrary(dir: string, loaded: LoadedLibrary): void {
  writeFileSync(keptFile(dir), JSON.stringify(loaded));
}

/** The library a `--keep-library` profile holds, when it is this size's and still complete; else null. */
export async function keptLibrary(page: Page, dir: string, size: number): Promise<LoadedLibrary | null> {
  if (!existsSync(keptFile(dir))) return null;
  const rec = JSON.parse(readFileSync(keptFile(dir), 'utf8')) as LoadedLibrary;
  if (rec.size !== size) return null;
  const count = await page.evaluate(() => corroborateBench.open());
  // Captures timed by an earlier run may have added a few articles; they do not change the composed library.
  return count >= rec.ids.length ? rec : null;
}
