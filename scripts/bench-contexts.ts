/**
 * `npx tsx scripts/bench-contexts.ts [--no-build] [--keep-library DIR [--data DIR]]`
 * How fast the engine's JavaScript runs in each context the browser benchmark could use: Node, an
 * ordinary web page, the harness page as Playwright opens it and after its tab is activated, and
 * the extension's service worker (where the extension matches for a reader). Each runs the same
 * workload (lib/bench/context-probe.ts: 3,000 sentences prepared, 600 pairs judged, best of 7).
 * With `--keep-library DIR` (a 10k library kept by `npm run bench:browser -- --sizes 10000
 * --keep-library DIR`), it also matches that bench's 100 queries in the service worker and in the
 * activated harness page, interleaved, one warm-up each, and prints both p50/p95.
 */
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Worker } from 'playwright-core';
import { argValue, resolveDataDir } from './lib/data-dir';
import { openBenchHarness } from './lib/bench/harness';
import { contextProbe } from './lib/bench/context-probe';
import { loadRealCorpus } from './lib/bench/corpus-load';
import { composeLibrary } from './lib/bench/compose';
import { queryInput } from './lib/bench/article-input';
import { keptLibrary } from './lib/bench/chromium-library';
import { summarize } from './lib/bench/stats';

type Probe = typeof contextProbe;
const argv = process.argv.slice(2);
const log = (m: string) => process.stderr.write(`${m}\n`);
const show = (where: string, r: { prepareMs: number; judgeMs: number }) =>
  console.log(`${where.padEnd(36)} prepare 3,000: ${r.prepareMs.toFixed(1).padStart(6)} ms   judge 600: ${r.judgeMs.toFixed(1).padStart(5)} ms`);

const bundled = await build({ entryPoints: [resolve(import.meta.dirname, 'lib/bench/context-probe.ts')], bundle: true, format: 'iife', write: false, logLevel: 'warning' });
const code = bundled.outputFiles[0].text;

/** The workload in a browser context the probe was evaluated in. */
const workloadIn = (target: Pick<Worker, 'evaluate'>) => target.evaluate(() => (globalThis as unknown as { contextProbe: Probe }).contextProbe.workload());

show('Node', contextProbe.workload());
const keep = argValue(argv, 'keep-library');
const keepDir = keep ? join(resolve(process.env.INIT_CWD ?? process.cwd(), keep), '10000') : null;
const { context, page: harness, close } = await openBenchHarness(argv, log, { build: !argv.includes('--no-build'), keepDir, activate: false });
try {
  // First the harness page as opened (Chromium prioritises a renderer process by its most visible
  // page, so this must come before any extension page is activated), then activated.
  await harness.evaluate(code);
  show('harness page, tab not activated', await workloadIn(harness));
  await harness.bringToFront();
  show('harness page, tab activated', await workloadIn(harness));
  const web = await context.newPage();
  await web.goto('data:text/html,<p>probe</p>');
  await web.evaluate(code);
  show('web page', await workloadIn(web));
  await web.close();
  const worker = context.serviceWorkers()[0];
  await worker.evaluate(code);
  show('extension service worker', await workloadIn(worker));
  if (keepDir) {
    await harness.bringToFront();
    const kept = await keptLibrary(harness, keepDir, 10000);
    if (!kept) throw new Error(`no 10k library kept in ${keepDir}: run npm run bench:browser -- --sizes 10000 --keep-library ${keep}`);
    const data = resolveDataDir(argv);
    const comp = composeLibrary(loadRealCorpus(data.dir), 10000, 100);
    const idOf = new Map(comp.articles.map((a, i) => [a.id, kept.ids[i]]));
    const inputs = comp.queries.map((q) => ({ input: queryInput(q), id: idOf.get(q.id)! }));
    const times = { worker: [] as number[], page: [] as number[] };
    for (const [k, { input, id }] of [inputs[0], ...inputs].entries()) {
      const args = [input.article, input.claims, id] as const;
      const w = await worker.evaluate(([a, c, i]) => (globalThis as unknown as { contextProbe: Probe }).contextProbe.match(a, c, i), args);
      const p = await harness.evaluate(([a, c, i]) => (globalThis as unknown as { contextProbe: Probe }).contextProbe.match(a, c, i), args);
      if (k > 0) (times.worker.push(w), times.page.push(p));
    }
    const fmt = (s: { p50: number | null; p95: number | null }) => `p50 ${s.p50} ms, p95 ${s.p95} ms`;
    console.log(`match, ${inputs.length} queries at 10k: service worker ${fmt(summarize(times.worker))}; activated harness page ${fmt(summarize(times.page))}`);
  }
} finally {
  await close();
}
